/**
 * The content check: every file under content/ read, decoded, parsed and
 * validated the way the build will use it, and the files checked against each
 * other (references, pins, duplicates). It collects every problem instead of
 * stopping at the first, so one run (or one failed build) lists them all.
 * Used by the build (src/integrations/content-check.ts) before Astro loads a
 * single collection, and by `npm run check:content`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import type { KeyedCache } from '../cache/keyed-cache.ts';
import { AmbiguousAliasError } from '../entities/matcher.ts';
import { createEntityRegistry, type EntityRecord } from '../entities/registry.ts';
import { articleUrlKey } from '../urls/normalize.ts';
import { decodeUtf8 } from './decode.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { listCollection, type CollectionFile } from './files.ts';
import { contentErrorMap, formatProblem, zodProblems, type ContentProblem } from './problems.ts';
import { articleSchema, entitySchema, outletSchema, searchAliasesFileSchema, SLUG, storySchema } from './schemas.ts';
import { findForbiddenCharacters } from './text.ts';
import { parseJsonSource, parseYamlSource } from './yaml-source.ts';

/**
 * Largest article body, in bytes of UTF-8: about 80,000 words of English, four
 * times the longest news features. Anything bigger is a capture gone wrong (a
 * whole site saved as one page), and its pages would run to megabytes: a story
 * page lists every claim, about nine bytes of page per byte of body.
 */
export const MAX_BODY_BYTES = 500_000;
/** Largest YAML or JSON data file (an outlet, a story, an entity, the search aliases). */
export const MAX_DATA_FILE_BYTES = 1_000_000;

/** How many other files with the same URL an error names before it counts the rest. */
const DUPLICATES_NAMED = 3;

/** What the check found. */
export interface ContentCheckResult {
  /** Every problem, sorted by file and line; empty when the content is good. */
  problems: ContentProblem[];
  /** How many files of each kind were read. */
  counts: { articles: number; outlets: number; stories: number; entities: number };
  /** The entity records that passed, for the Markdown pipeline's mention matcher. */
  entities: EntityRecord[];
}

/** The article fields the cross-file checks read. */
const CROSS_CHECKED = ['outlet', 'story', 'url'] as const;
type CrossChecked = (typeof CROSS_CHECKED)[number];

/** An article's fields the cross-file checks need, as written. */
interface ArticleFacts extends Partial<Record<CrossChecked, string>> {
  file: string;
  line: (field: CrossChecked) => number | undefined;
}

/**
 * What checking one article file alone found: the same for the same name and bytes (and
 * code), so a build keeps it in its cache (`ArticleCheckCache`) and checks only new or
 * changed files again. Parsing 10,000 articles' frontmatter took ~1 s of every build.
 */
export interface ArticleCheck {
  problems: ContentProblem[];
  /** What the cross-file checks need; absent when the file has no frontmatter or is not UTF-8. */
  facts?: Partial<Record<CrossChecked, string>> & { lines: Partial<Record<CrossChecked, number>> };
}

/** The build's cache of `ArticleCheck`s, with the version of the code that checks (part of every key). */
export interface ArticleCheckCache {
  checks: KeyedCache<ArticleCheck>;
  codeVersion: string;
}

/** Whether a cached value has the shape of an `ArticleCheck`. */
export function isArticleCheck(value: unknown): value is ArticleCheck {
  if (!isRecord(value) || !Array.isArray(value.problems)) return false;
  if (!value.problems.every((problem) => isRecord(problem) && typeof problem.file === 'string' && typeof problem.message === 'string')) return false;
  return value.facts === undefined || (isRecord(value.facts) && isRecord(value.facts.lines));
}

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Read a file, or say why not: a file over `maxBytes` is not even read. */
function readBytes(file: CollectionFile, maxBytes: number, problems: ContentProblem[]): Buffer | undefined {
  const size = statSync(file.path).size;
  if (size > maxBytes) {
    problems.push({ file: file.display, message: `file is ${megabytes(size)}; the limit is ${megabytes(maxBytes)}` });
    return undefined;
  }
  return readFileSync(file.path);
}

/** A file's bytes as text, or why they are not UTF-8. */
function decodeText(display: string, bytes: Buffer, problems: ContentProblem[]): string | undefined {
  const decoded = decodeUtf8(bytes);
  if (decoded.ok) return decoded.text;
  problems.push({ file: display, ...(decoded.line === undefined ? {} : { line: decoded.line }), message: decoded.reason });
  return undefined;
}

/** Read and decode a file, or say why it cannot be read (a file over `maxBytes` is not even read). */
function readText(file: CollectionFile, maxBytes: number, problems: ContentProblem[]): string | undefined {
  const bytes = readBytes(file, maxBytes, problems);
  return bytes && decodeText(file.display, bytes, problems);
}

/** Parse and validate one YAML/JSON data file against its schema. */
function checkDataFile<T>(file: CollectionFile, schema: z.ZodType<T>, problems: ContentProblem[]): T | undefined {
  const text = readText(file, MAX_DATA_FILE_BYTES, problems);
  if (text === undefined) return undefined;
  const yaml = file.path.endsWith('.json') ? parseJsonSource(text) : parseYamlSource(text);
  problems.push(...yaml.problems.map((problem) => ({ file: file.display, ...problem })));
  if (yaml.problems.length > 0) return undefined;
  if (yaml.data === undefined) {
    problems.push({ file: file.display, message: 'file is empty: it needs its fields (see the README)' });
    return undefined;
  }
  const result = schema.safeParse(yaml.data, { error: contentErrorMap });
  if (!result.success) {
    problems.push(...zodProblems(file.display, result.error.issues, yaml.lineOf));
    return undefined;
  }
  return result.data;
}

/** Check one article file (from the cache when it has the file); returns what the cross-file checks need. */
function checkArticle(file: CollectionFile, problems: ContentProblem[], cache?: ArticleCheckCache): ArticleFacts | undefined {
  // The body limit is checked below, precisely; this only keeps a runaway file from being read.
  const bytes = readBytes(file, MAX_BODY_BYTES + MAX_DATA_FILE_BYTES, problems);
  if (bytes === undefined) return undefined;
  const check = cache
    ? cache.checks.get(articleCheckKey(cache.codeVersion, file.display, bytes), () => checkArticleBytes(file.display, bytes))
    : checkArticleBytes(file.display, bytes);
  problems.push(...check.problems);
  if (check.facts === undefined) return undefined;
  const { lines, ...fields } = check.facts;
  return { file: file.display, line: (field) => lines[field], ...fields };
}

/** The cache key of an article file's check: the code's version, the file's name and its bytes. */
function articleCheckKey(codeVersion: string, display: string, bytes: Buffer): string {
  return createHash('sha256').update(`${codeVersion}\0${display}\0`).update(bytes).digest('hex');
}

/** Check one article file alone, from its bytes. */
function checkArticleBytes(display: string, bytes: Buffer): ArticleCheck {
  const problems: ContentProblem[] = [];
  const text = decodeText(display, bytes, problems);
  if (text === undefined) return { problems };
  const parts = splitFrontmatter(text);
  if (parts === undefined) {
    problems.push({ file: display, line: 1, message: 'no frontmatter: an article starts with a --- line, its fields, and another --- line' });
    return { problems };
  }
  const yaml = parseYamlSource(parts.yaml, parts.yamlLine);
  problems.push(...yaml.problems.map((problem) => ({ file: display, ...problem })));
  if (yaml.problems.length === 0) {
    const result = articleSchema.safeParse(yaml.data ?? {}, { error: contentErrorMap });
    if (!result.success) problems.push(...zodProblems(display, result.error.issues, yaml.lineOf));
  }

  const bodyBytes = Buffer.byteLength(parts.body, 'utf8');
  if (bodyBytes > MAX_BODY_BYTES) {
    problems.push({
      file: display,
      line: parts.bodyLine,
      field: 'body',
      message: `is ${megabytes(bodyBytes)}; the limit is ${megabytes(MAX_BODY_BYTES)} (split the text, or check the capture holds one article)`,
    });
  } else if (parts.body.trim() === '') {
    problems.push({ file: display, line: parts.bodyLine, field: 'body', message: 'is empty: an article needs its text below the frontmatter' });
  } else {
    for (const found of findForbiddenCharacters(parts.body)) {
      problems.push({
        file: display,
        line: parts.bodyLine + found.line - 1,
        field: 'body',
        message: `${found.codePoint} at column ${found.column} is ${found.reason}; remove it`,
      });
    }
  }

  const data = isRecord(yaml.data) ? yaml.data : {};
  const facts: NonNullable<ArticleCheck['facts']> = { lines: {} };
  for (const field of CROSS_CHECKED) {
    const value = data[field];
    if (typeof value === 'string') facts[field] = value;
    const line = yaml.lineOf([field]);
    if (line !== undefined) facts.lines[field] = line;
  }
  return { problems, facts };
}

/** Articles pointing at outlets and stories that do not exist, valid story files nobody pins, and one article under two files. */
function crossCheck(articles: ArticleFacts[], outletIds: Set<string>, stories: CollectionFile[], validStories: Set<string>, problems: ContentProblem[]): void {
  const at = (article: ArticleFacts, field: CrossChecked) => {
    const line = article.line(field);
    return { file: article.file, ...(line === undefined ? {} : { line }), field };
  };
  const pinned = new Set<string>();
  const storyIds = new Set(stories.map((story) => story.id));
  const byUrl = new Map<string, ArticleFacts[]>();
  for (const article of articles) {
    if (article.outlet !== undefined && !outletIds.has(article.outlet)) {
      problems.push({ ...at(article, 'outlet'), message: `"${article.outlet}" is not an outlet: add content/outlets/${article.outlet}.yaml or fix the id` });
    }
    if (article.story !== undefined) {
      pinned.add(article.story);
      // A story value that is not a slug is already reported by the schema.
      if (!storyIds.has(article.story) && SLUG.test(article.story)) {
        problems.push({ ...at(article, 'story'), message: `"${article.story}" has no story file: add content/stories/${article.story}.yaml or fix the slug` });
      }
    }
    const key = article.url === undefined ? undefined : articleUrlKey(article.url);
    if (key !== undefined) byUrl.set(key, [...(byUrl.get(key) ?? []), article]);
  }
  for (const same of byUrl.values()) {
    for (const article of same.length > 1 ? same : []) {
      const others = same.filter((other) => other !== article).map((other) => `${other.file} (${other.url})`);
      // Each file of a large group names a few of the others, so the report grows linearly with the group.
      const named = others.slice(0, DUPLICATES_NAMED).join(' and ');
      const rest = others.length - DUPLICATES_NAMED;
      const more = rest > 0 ? ` and ${rest} more file${rest === 1 ? '' : 's'}` : '';
      problems.push({ ...at(article, 'url'), message: `is the same article as ${named}${more}: one article, one file` });
    }
  }
  for (const story of stories) {
    if (validStories.has(story.id) && !pinned.has(story.id)) {
      problems.push({ file: story.display, message: `no article pins this story: add "story: ${story.id}" to its articles, or delete the file` });
    }
  }
}

/** Build the mention registry from the valid entities, as the build will; an alias naming two entities is a problem in both files. */
function checkRegistry(records: (EntityRecord & { display: string })[], problems: ContentProblem[]): EntityRecord[] {
  try {
    createEntityRegistry(records);
    return records.map(({ id, data }) => ({ id, data }));
  } catch (error) {
    if (!(error instanceof AmbiguousAliasError)) throw error;
    const fileOf = (id: string) => records.find((record) => record.id === id)?.display ?? id;
    for (const [own, other] of [
      [error.first, error.second],
      [error.second, error.first],
    ] as const) {
      problems.push({ file: fileOf(own), field: 'aliases', message: `"${error.alias}" also names ${fileOf(other)}: an alias must name one entity` });
    }
    return [];
  }
}

/**
 * Check everything under `contentDir`. Never throws for bad content: every
 * problem is in the result. Paths in problems are relative to `cwd`. With a `cache`, an
 * article file checked before (same name, bytes and code) is not parsed again; the checks
 * across files always run.
 */
export function checkContent(contentDir: string, cwd = process.cwd(), cache?: ArticleCheckCache): ContentCheckResult {
  const problems: ContentProblem[] = [];
  const display = (path: string) => relative(cwd, path).split('\\').join('/');
  const list = (folder: string, extensions: string[], example: string) => listCollection(join(contentDir, folder), extensions, example, display, problems);

  const articleFiles = list('articles', ['.md'], 'grain-deal.md');
  const outletFiles = list('outlets', ['.yaml', '.yml', '.json'], 'unn.yaml');
  const storyFiles = list('stories', ['.yaml', '.yml'], 'us-ukraine-talks.yaml');
  const entityFiles = list('entities', ['.yaml', '.yml'], 'rustem-umerov.yaml');

  const articles = articleFiles.flatMap((file) => checkArticle(file, problems, cache) ?? []);
  for (const file of outletFiles) checkDataFile(file, outletSchema, problems);
  const validStories = new Set(storyFiles.filter((file) => checkDataFile(file, storySchema, problems) !== undefined).map((file) => file.id));
  const validEntities = entityFiles.flatMap((file) => {
    const data = checkDataFile(file, entitySchema, problems);
    return data === undefined || !file.named ? [] : [{ id: file.id, data, display: file.display }];
  });
  const aliasesPath = join(contentDir, 'search-aliases.yaml');
  if (existsSync(aliasesPath)) {
    checkDataFile({ id: 'search-aliases', path: aliasesPath, display: display(aliasesPath), named: true }, searchAliasesFileSchema, problems);
  }

  crossCheck(articles, new Set(outletFiles.map((file) => file.id)), storyFiles, validStories, problems);
  const entities = checkRegistry(validEntities, problems);

  const unique = [...new Map(problems.map((problem) => [formatProblem(problem), problem])).values()];
  unique.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)));
  return {
    problems: unique,
    counts: { articles: articleFiles.length, outlets: outletFiles.length, stories: storyFiles.length, entities: entityFiles.length },
    entities,
  };
}
