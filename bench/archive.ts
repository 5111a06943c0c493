/**
 * Writes a complete, valid Broadsheet content tree for benchmarks: the
 * synthetic archive's stories (bench/synthetic-archive.ts) filed the way a
 * newsroom files them.
 *
 *   sections.yaml                       every section the stories use
 *   authors/<id>.md                     every author the stories name
 *   articles/<yyyy>/<mm>/<id>.md         yyyy/mm of publication in the newsroom's time zone
 *   articles/<yyyy>/<mm>/hero-<k>.jpg    a few small generated JPEGs, reused by many stories
 *
 * About a third of the stories have a hero image; about half link to an
 * earlier story of their storyline (a "Related article:" callout or a link in
 * the text), always with the target's real URL in Europe/Moscow dates; a few
 * pin a related story. Deterministic: the same count gives the same bytes.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { zonedDate } from '../src/lib/dates.ts';
import { articlePath } from '../src/lib/urls.ts';
import { site } from '../src/site.config.ts';
import { generateSyntheticArchive, seededRandom, type SyntheticStory } from './synthetic-archive.ts';

export interface ArchiveStory {
  id: string;
  /** Absolute path of the story's Markdown file. */
  file: string;
  /** Site path of its page. */
  path: string;
}

const HERO_IMAGES = 4;
const HERO_WIDTH = 1200;
const HERO_HEIGHT = 800;

/** Replaces `dir` with a fresh content tree of `count` stories; returns them oldest first. */
export async function writeArchive(dir: string, count: number): Promise<ArchiveStory[]> {
  rmSync(dir, { recursive: true, force: true });
  const stories = generateSyntheticArchive(count);
  const random = seededRandom(count);
  const heroes = await heroJpegs();

  const sections = [...new Set(stories.map((story) => story.section))].sort();
  mkdirSync(join(dir, 'authors'), { recursive: true });
  writeFileSync(
    join(dir, 'sections.yaml'),
    sections.map((id) => `- id: ${id}\n  title: ${capitalise(id)}\n  description: ${capitalise(id)} news and analysis.\n`).join(''),
  );
  for (const author of new Set(stories.flatMap((story) => story.authors))) {
    const n = Number(author.replace(/\D/g, ''));
    writeFileSync(join(dir, 'authors', `${author}.md`), `---\nname: Reporter ${n}\nrole: Correspondent\n---\nReporter ${n} has covered the beat for years.\n`);
  }

  const written: ArchiveStory[] = [];
  const lastOfTopic = new Map<string, SyntheticStory>();
  const foldersWithHeroes = new Set<string>();
  for (const story of stories) {
    const { year, month } = zonedDate(story.publishedAt, site.timeZone);
    const folder = join(dir, 'articles', year, month);
    mkdirSync(folder, { recursive: true });
    const frontMatter = [
      `title: ${JSON.stringify(story.title)}`,
      `description: ${JSON.stringify(story.description)}`,
      `publishedAt: ${moscowIso(story.publishedAt)}`,
      `section: ${story.section}`,
      `tags: ${JSON.stringify(story.tags)}`,
      `authors: ${JSON.stringify(story.authors)}`,
    ];
    if (random() < 0.33) {
      const hero = `hero-${Math.floor(random() * HERO_IMAGES)}.jpg`;
      if (!foldersWithHeroes.has(folder)) {
        heroes.forEach((bytes, k) => writeFileSync(join(folder, `hero-${k}.jpg`), bytes));
        foldersWithHeroes.add(folder);
      }
      frontMatter.push(`image:\n  src: ./${hero}\n  alt: ${JSON.stringify(`Scene from the story: ${story.title}`)}\n  credit: "Staff photographer"`);
    }
    let body = story.body;
    const earlier = lastOfTopic.get(story.topic);
    if (earlier) {
      const url = articlePath(earlier.id, earlier.publishedAt, site.timeZone);
      const roll = random();
      if (roll < 0.3) body += `\n**Related article:** [${markdownText(earlier.title)}](${url})\n`;
      else if (roll < 0.5) body += `\nThe story began [earlier this season](${url}).\n`;
      else if (roll < 0.55) frontMatter.push(`related: [${earlier.id}]`);
    }
    lastOfTopic.set(story.topic, story);
    const file = join(folder, `${story.id}.md`);
    writeFileSync(file, `---\n${frontMatter.join('\n')}\n---\n${body}`);
    written.push({ id: story.id, file, path: articlePath(story.id, story.publishedAt, site.timeZone) });
  }
  return written;
}

/** A few distinct 1200×800 gradient JPEGs, small but real work to resize. */
async function heroJpegs(): Promise<Buffer[]> {
  return Promise.all(
    Array.from({ length: HERO_IMAGES }, (_, k) => {
      const pixels = Buffer.alloc(HERO_WIDTH * HERO_HEIGHT * 3);
      for (let y = 0; y < HERO_HEIGHT; y++)
        for (let x = 0; x < HERO_WIDTH; x++) {
          const i = (y * HERO_WIDTH + x) * 3;
          pixels[i] = (x * (k + 1)) & 255;
          pixels[i + 1] = (y * (4 - k)) & 255;
          pixels[i + 2] = ((x + y) * 3) & 255;
        }
      return sharp(pixels, { raw: { width: HERO_WIDTH, height: HERO_HEIGHT, channels: 3 } }).jpeg({ quality: 80 }).toBuffer();
    }),
  );
}

/** The instant as the newsroom writes it: local time in its zone with that zone's offset. */
function moscowIso(date: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: site.timeZone,
      year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
      hourCycle: 'h23', timeZoneName: 'longOffset',
    }).formatToParts(date).map((part) => [part.type, part.value]),
  );
  const offset = parts.timeZoneName === 'GMT' ? '+00:00' : parts.timeZoneName!.replace('GMT', '');
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${offset}`;
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const markdownText = (text: string) => text.replace(/[[\]\\*_`]/g, '\\$&');
