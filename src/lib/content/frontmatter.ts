import { extractFrontmatter } from '@astrojs/markdown-remark';
import { parseDocument } from 'yaml';

/** A Markdown file cut where Astro cuts it: the YAML between the `---` lines, and the body after. */
export interface MarkdownParts {
  /** The frontmatter text (without the `---` lines). */
  yaml: string;
  /** File line the frontmatter text starts on: the line of the opening `---`. */
  yamlLine: number;
  /** The body exactly as Astro renders it. */
  body: string;
  /** File line the body starts on. */
  bodyLine: number;
}

const linesBefore = (text: string, index: number) => text.slice(0, index).split('\n').length;

/**
 * Split a Markdown file with Astro's own frontmatter extractor, so that the
 * check reads the same frontmatter and body the build does. `undefined` when
 * the file has no YAML frontmatter (TOML `+++` frontmatter counts as none).
 */
export function splitFrontmatter(source: string): MarkdownParts | undefined {
  const yaml = extractFrontmatter(source);
  if (yaml === undefined || source.trimStart().startsWith('+++')) return undefined;
  const block = `---${yaml}---`;
  const start = source.indexOf(block);
  const end = start + block.length;
  return { yaml, yamlLine: linesBefore(source, start), body: source.slice(end), bodyLine: linesBefore(source, end) };
}

/** A Markdown file read into its frontmatter data and its body. */
export interface MarkdownFile {
  /** The frontmatter as data (YAML 1.2 core schema: dates stay strings); `{}` when there is none. */
  data: unknown;
  /** The Markdown after the frontmatter's closing `---` line. */
  body: string;
}

/**
 * Reads a Markdown file's frontmatter with `yaml` (never with a regular expression), cut where
 * Astro cuts it (`splitFrontmatter`). A file without YAML frontmatter has `{}`.
 * @throws the YAML parser's error (with line and column) when the frontmatter is not valid YAML.
 */
export function readMarkdownFile(source: string): MarkdownFile {
  const parts = splitFrontmatter(source);
  if (parts === undefined) return { data: {}, body: source };
  const yaml = parseDocument(parts.yaml, { schema: 'core', prettyErrors: true });
  if (yaml.errors.length > 0) throw yaml.errors[0]!;
  return { data: yaml.toJS() ?? {}, body: parts.body.replace(/^\r?\n/, '') };
}
