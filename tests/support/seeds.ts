/**
 * The one seed loader: the articles, outlets and entities in content/, read the way the site
 * reads them (frontmatter with `yaml`, bodies through the article pipeline), for unit tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { ArticleInput } from '../../src/lib/article-input.ts';
import { readMarkdownFile } from '../../src/lib/content/frontmatter.ts';
import { readEntityFiles as readEntityDirectory } from '../../src/lib/entities/load-files.ts';
import type { EntityRecord } from '../../src/lib/entities/registry.ts';
import { articleText } from './text.ts';

const CONTENT = new URL('../../content/', import.meta.url);

/** A seed article as the analyses take it, with the Markdown body it came from. */
export interface SeedArticle extends ArticleInput {
  body: string;
}

interface SeedFrontmatter {
  headline: string;
  outlet: string;
  url: string;
  published: string;
  publishedStatus: 'stated' | 'inferred';
  retells?: { outlet: string; url?: string };
  story?: string;
}

function outletName(id: string): string {
  const outlet = parse(readFileSync(new URL(`outlets/${id}.yaml`, CONTENT), 'utf8')) as { name: string };
  return outlet.name;
}

let seeds: SeedArticle[] | undefined;

/** The seed articles in content/articles, sorted by id (read once per test file). */
export function readSeedArticles(): SeedArticle[] {
  seeds ??= readdirSync(new URL('articles/', CONTENT))
    .filter((file) => file.endsWith('.md') && !file.startsWith('_'))
    .sort()
    .map((file): SeedArticle => {
      const { data, body } = readMarkdownFile(readFileSync(new URL(`articles/${file}`, CONTENT), 'utf8'));
      const fields = data as SeedFrontmatter;
      return {
        id: file.replace(/\.md$/u, ''),
        headline: fields.headline,
        outlet: fields.outlet,
        outletName: outletName(fields.outlet),
        published: fields.published,
        publishedInferred: fields.publishedStatus === 'inferred',
        url: fields.url,
        ...(fields.retells
          ? { retells: { outlet: fields.retells.outlet, ...(fields.retells.url ? { url: fields.retells.url } : {}) } }
          : {}),
        ...(fields.story ? { story: fields.story } : {}),
        body,
        text: articleText(body),
      };
    });
  return seeds;
}

/** The seed article with this id; throws if absent, so tests fail loudly. */
export function seedArticle(id: string): SeedArticle {
  const article = readSeedArticles().find((candidate) => candidate.id === id);
  if (article === undefined) throw new Error(`no seed article ${id}`);
  return article;
}

/** Every entity file in content/entities, as records for createEntityRegistry. */
export function readEntityFiles(): EntityRecord[] {
  return readEntityDirectory(fileURLToPath(new URL('entities/', CONTENT)));
}
