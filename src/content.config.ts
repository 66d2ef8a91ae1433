import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentDir } from './config/content-dir';
import { articleSchema, entitySchema, outletSchema, searchAliasGroupSchema, storySchema } from './lib/content/schemas';

// The schemas live in src/lib/content/schemas.ts (fields documented there and in the README), shared
// with the content check that runs before these collections load and reports every problem at once.

const articles = defineCollection({
  // No page reads the raw Markdown (pages render `rendered`, analyses read the text model), and
  // leaving it out of the data store makes the store a quarter smaller: less to bundle and load.
  loader: glob({ pattern: ['**/*.md', '!**/_*'], base: `${contentDir}/articles`, retainBody: false }),
  schema: articleSchema,
});

const outlets = defineCollection({
  loader: glob({ pattern: ['**/*.{yaml,yml,json}', '!**/_*'], base: `${contentDir}/outlets` }),
  schema: outletSchema,
});

const stories = defineCollection({
  loader: glob({ pattern: ['**/*.{yaml,yml}', '!**/_*'], base: `${contentDir}/stories` }),
  schema: storySchema,
});

const entities = defineCollection({
  loader: glob({ pattern: ['**/*.{yaml,yml}', '!**/_*'], base: `${contentDir}/entities` }),
  schema: entitySchema,
});

const searchAliases = defineCollection({
  loader: file(`${contentDir}/search-aliases.yaml`),
  schema: searchAliasGroupSchema,
});

export const collections = { articles, outlets, stories, entities, searchAliases };
