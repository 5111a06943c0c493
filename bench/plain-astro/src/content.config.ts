import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

if (!process.env.CONTENT_DIR) throw new Error('Set CONTENT_DIR to the generated archive (npm run bench does)');

export const collections = {
  articles: defineCollection({ loader: glob({ pattern: '**/*.md', base: `${process.env.CONTENT_DIR}/articles` }) }),
};
