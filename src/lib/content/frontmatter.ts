import { parseDocument, Parser } from 'yaml';

/** A Markdown file split into its YAML frontmatter and its body. */
export interface MarkdownFile {
  /** The frontmatter as data (YAML 1.2 core schema: dates stay strings). */
  data: unknown;
  /** The Markdown after the frontmatter's closing `---` line. */
  body: string;
}

/**
 * Splits a Markdown file at its frontmatter, reading the frontmatter with `yaml` (never with a
 * regular expression): the YAML parser itself finds where the frontmatter document ends, at the
 * `---` that starts the next document. Only as much of the file as the frontmatter is parsed.
 * A file that does not start with `---`, or whose frontmatter is never closed, has none.
 * @throws the YAML parser's error (with line and column) when the frontmatter is not valid YAML.
 */
export function readMarkdownFile(source: string): MarkdownFile {
  const documents = new Parser().parse(source);
  const first = documents.next().value;
  const startsWithMarker = first?.type === 'document' && first.start.some((token) => token.type === 'doc-start');
  const next = startsWithMarker ? documents.next().value : undefined;
  if (next?.type !== 'document') return { data: {}, body: source };
  const yaml = parseDocument(source.slice(0, next.offset), { schema: 'core', prettyErrors: true });
  if (yaml.errors.length > 0) throw yaml.errors[0]!;
  const lineEnd = source.indexOf('\n', next.offset);
  return { data: yaml.toJS() ?? {}, body: lineEnd < 0 ? '' : source.slice(lineEnd + 1) };
}
