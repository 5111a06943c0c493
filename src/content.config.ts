/**
 * The content model: the editor's contract, and the single source of truth for it.
 *
 * The schemas are exported as well as registered so that the content check
 * (src/lib/content-check/, run before every build and by `npm run check`)
 * validates the very same rules, file by file, and reports every problem at once.
 * The types of the data they give (ArticleData, AuthorData, SectionData) are
 * exported too: src/lib imports them as types only, so a field is written here once.
 * `defineCollection` comes from `astro/content/config` rather than the virtual
 * `astro:content` module so this file also loads outside Astro.
 */
import { defineCollection, type SchemaContext } from 'astro/content/config';
import { file, glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { aliasPath, aliasPathProblem } from './lib/alias-path.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentRoot } from './lib/content-root.ts';
import { editionFolders } from './lib/edition-folders.ts';
import { dateTimeProblem, isoDateTime } from './lib/dates.ts';
import { idFromFileName } from './lib/id-from-file-name.ts';
import { idPattern } from './lib/id-pattern.ts';
import { articlesLoader, liveUpdatesLoader } from './loaders/articles.ts';
import { bodiesOnDisk } from './loaders/bodies-on-disk.ts';
import { updateFolders } from './lib/live/update-folders.ts';

const id = z.string().regex(idPattern, 'must be lower-case letters, digits and hyphens, e.g. "moscow-metro-extension"');

/** YAML dates arrive as strings from the check and as Date objects from Astro's js-yaml; both become Date. */
const dateTime = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString() : value),
  z.string().superRefine((value, context) => {
    const problem = dateTimeProblem(value);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  }),
).transform((value) => isoDateTime(value)!);

const text = z.string().trim().min(1, 'must not be empty');

const languageTag = z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'must be a language tag such as "ru"');

const heroImage = (image: SchemaContext['image']) =>
  z
    .object({
      src: image(),
      alt: text,
      credit: text.optional(),
      caption: text.optional(),
    })
    .strict();

/** An old path of a story (src/lib/alias-path.ts): validated, then normalised to where its redirect page is written. */
const alias = z
  .string()
  .superRefine((value, context) => {
    const problem = aliasPathProblem(value);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  })
  .transform(aliasPath);

export const articleSchema = ({ image }: SchemaContext) =>
  z
    .object({
      title: text,
      description: text,
      publishedAt: dateTime,
      updatedAt: dateTime.optional(),
      section: id,
      tags: z.array(text).default([]),
      authors: z.array(id).default([]),
      credit: text.optional(),
      image: heroImage(image).optional(),
      related: z.array(id).default([]),
      /** The share card messengers show for the story, instead of the one the build draws. */
      socialImage: image().optional(),
      draft: z.boolean().default(false),
      sourceUrl: z.url({ protocol: /^https?$/ }).optional(),
      location: text.optional(),
      /** Corrections and update notes, printed with their times at the foot of the story. */
      corrections: z.array(z.object({ at: dateTime, text }).strict()).default([]),
      /** Old URLs (site paths) the story was published under; each redirects to it. */
      aliases: z.array(alias).default([]),
      /** A live story: its updates are the Markdown files in the folder named after it, beside it. */
      live: z.boolean().optional(),
      /** When live coverage ended; until it is set, the story is live. */
      liveEndedAt: dateTime.optional(),
      /** In an edition other than the default: the id of the default edition's story this one translates. */
      translationOf: id.optional(),
    })
    .strict();

/** One timestamped update of a live story; its body goes through the same Markdown plugins as a story's. */
export const updateSchema = ({ image }: SchemaContext) =>
  z
    .object({
      at: dateTime,
      title: text.optional(),
      authors: z.array(id).default([]),
      /** A key event, listed in the "Key updates" box at the top of the page. */
      key: z.boolean().default(false),
      image: heroImage(image).optional(),
    })
    .strict();

export const authorSchema = ({ image }: SchemaContext) =>
  z
    .object({
      name: text,
      /** The name as each edition's language writes it, by language: `{ ru: "Анна Волкова" }`. */
      names: z.record(languageTag, text).optional(),
      role: text.optional(),
      /** The role in each other edition's language, by language; an edition without one shows none. */
      roles: z.record(languageTag, text).optional(),
      avatar: image().optional(),
    })
    .strict();

export const sectionSchema = z
  .object({
    id,
    title: text,
    description: text,
  })
  .strict();

/** What `image()` gives a schema in the build: the image's metadata. */
type SchemaImage = z.output<ReturnType<SchemaContext['image']>>;

/** `T` with `Image` wherever the schema reads an image: the build has metadata there, the content check the path as written. */
type WithImage<T, Image> = T extends SchemaImage
  ? Image
  : T extends Date
    ? T
    : T extends readonly (infer Item)[]
      ? WithImage<Item, Image>[]
      : T extends object
        ? { [Key in keyof T]: WithImage<T[Key], Image> }
        : T;

/** A story's front matter as the schema gives it: defaults filled in, dates as Dates. */
export type ArticleData<Image = SchemaImage> = WithImage<z.output<ReturnType<typeof articleSchema>>, Image>;
export type AuthorData<Image = SchemaImage> = WithImage<z.output<ReturnType<typeof authorSchema>>, Image>;
export type SectionData = z.output<typeof sectionSchema>;
/** A live update's front matter as the schema gives it. */
export type UpdateData<Image = SchemaImage> = WithImage<z.output<ReturnType<typeof updateSchema>>, Image>;

const editions = editionFolders(contentRoot);

/** Each edition's sections, from `content/<edition>/sections.yaml`, with the edition's folder and their menu order. */
const editionSectionsLoader: Loader = {
  name: 'broadsheet-edition-sections',
  load: async ({ store, parseData, generateDigest }) => {
    store.clear();
    for (const edition of editions) {
      let text;
      try {
        text = readFileSync(join(contentRoot, edition, 'sections.yaml'), 'utf8');
      } catch {
        continue;
      }
      const sections = (parseYaml(text) as Record<string, unknown>[] | null) ?? [];
      for (const [menuOrder, section] of sections.entries()) {
        const id = `${edition}/${String(section.id)}`;
        const data = await parseData({ id, data: { ...section, edition, menuOrder } });
        store.set({ id, data, digest: generateDigest(data) });
      }
    }
  },
};

/** The stories of the editions beside the default one: `content/<edition>/articles/**` (src/lib/editions.ts); a tree without an edition reads nothing. */
const editionArticlesLoader: Loader = {
  name: 'broadsheet-edition-articles',
  load: async (context) => {
    if (editions.length === 0) return;
    const liveFolders = editions.flatMap((edition) => updateFolders(join(contentRoot, edition, 'articles')).map((folder) => `!${edition}/articles/${folder}/**`));
    await bodiesOnDisk(glob({ pattern: [...editions.map((edition) => `${edition}/articles/**/*.md`), ...liveFolders], base: contentRoot, generateId: ({ entry }) => idFromFileName(entry) })).load(context);
  },
};

export const collections = {
  articles: defineCollection({
    loader: articlesLoader(`${contentRoot}/articles`),
    schema: articleSchema,
  }),
  updates: defineCollection({ loader: liveUpdatesLoader(`${contentRoot}/articles`), schema: updateSchema }),
  authors: defineCollection({
    loader: glob({ pattern: '*.md', base: `${contentRoot}/authors`, generateId: ({ entry }) => idFromFileName(entry) }),
    schema: authorSchema,
  }),
  sections: defineCollection({
    // Collections come back in no fixed order; the menu follows the file's order.
    loader: file(`${contentRoot}/sections.yaml`, {
      parser: (text) => (parseYaml(text) as Record<string, unknown>[]).map((section, menuOrder) => ({ ...section, menuOrder })),
    }),
    schema: sectionSchema.extend({ menuOrder: z.number() }),
  }),
  /** The stories of the editions beside the default one: `content/<edition>/articles/**` (src/lib/editions.ts). */
  editionArticles: defineCollection({ loader: editionArticlesLoader, schema: articleSchema }),
  editionSections: defineCollection({ loader: editionSectionsLoader, schema: sectionSchema.extend({ menuOrder: z.number(), edition: z.string() }) }),
};
