/** `npm run new` in another edition: the real script on a copy of a tree with a Russian edition. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const root = mkdtempSync(join(tmpdir(), 'broadsheet-new-'));
cpSync('tests/fixtures/basic', root, { recursive: true });
cpSync('content/ru/sections.yaml', join(root, 'ru', 'sections.yaml'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const newStory = (...args: string[]) =>
  spawnSync(process.execPath, ['scripts/new.ts', ...args], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: root } });

it('writes a Russian story into its edition, with a Latin id by GOST 7.79-2000 System B', () => {
  const result = newStory('Россия выйдет из МКС после 2024 года', '--edition', 'ru', '--section', 'news');
  expect(result.status, result.stderr).toBe(0);
  const folder = join(root, 'ru', 'articles');
  const [written] = readdirSync(folder, { recursive: true }).map(String).filter((file) => file.endsWith('.md'));
  expect(written).toMatch(/^\d{4}\/\d{2}\/rossiya-vyjdet-iz-mks-posle-2024-goda\.md$/);
  expect(readFileSync(join(folder, written!), 'utf8')).toContain('title: "Россия выйдет из МКС после 2024 года"');
});

it('offers the edition’s own sections, and refuses an unknown edition', () => {
  const wrongSection = newStory('Заголовок', '--edition', 'ru', '--section', 'sport');
  expect(wrongSection.status).toBe(1);
  expect(wrongSection.stderr).toContain('unknown section "sport"; use one of: news, business, science, culture');
  const wrongEdition = newStory('Заголовок', '--edition', 'xx', '--section', 'news');
  expect(wrongEdition.status).toBe(1);
  expect(wrongEdition.stderr).toContain('unknown edition "xx"; use one of: en, ru');
});
