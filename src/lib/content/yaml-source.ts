import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/** A YAML text parsed for validation: its data, its syntax problems, and where each value sits. */
export interface YamlSource {
  /** The data as plain values; `undefined` when the text has errors or holds nothing. */
  data: unknown;
  /** Syntax errors and warnings, with the 1-based line in the file. */
  problems: { line?: number; message: string }[];
  /** The file line of the value at `path` (of its key, for a mapping entry), when it is there. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/** Clearer words than the parser's for the mistakes people make most. */
const MESSAGES: Record<string, string> = {
  MULTIPLE_DOCS: 'more than one YAML document (a second --- line); a file holds one',
  DUPLICATE_KEY: 'the same key appears twice',
  BLOCK_AS_IMPLICIT_KEY: 'a value containing ": " must be quoted, e.g. headline: "Talks: day two"',
};

/**
 * Parse YAML with the 1.2 core schema (so `2025-13-45` stays the text it is
 * instead of becoming a date in 2026, and `no` stays a word), refusing
 * duplicate keys. `firstLine` is the file line the text starts on (frontmatter
 * starts below its `---`), so every reported line is a line of the file.
 * Never throws: unresolvable aliases and alias bombs are problems too.
 */
export function parseYamlSource(text: string, firstLine = 1): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, schema: 'core', uniqueKeys: true });
  const fileLine = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset).line + firstLine - 1);
  const problems = [...doc.errors, ...doc.warnings].map((error) => ({
    line: fileLine(error.pos[0]),
    message: `YAML: ${MESSAGES[error.code] ?? error.message}`,
  }));
  let data: unknown;
  if (doc.errors.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: 100 }) ?? undefined;
    } catch (error) {
      problems.push({ line: firstLine, message: `YAML: ${error instanceof Error ? error.message : String(error)}` });
    }
  }

  function lineOf(path: readonly PropertyKey[]): number | undefined {
    let node: unknown = doc.contents;
    let offset = (node as Node | null)?.range?.[0];
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => (isScalar(item.key) ? item.key.value : item.key) === key);
        if (pair === undefined) return undefined;
        offset = (pair.key as Node | null)?.range?.[0];
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        node = node.items[key];
        offset = (node as Node | undefined)?.range?.[0];
      } else {
        return undefined;
      }
    }
    return fileLine(offset);
  }

  return { data, problems, lineOf };
}

/**
 * Parse a JSON data file (outlets may be JSON, which Astro reads with
 * JSON.parse), in the YamlSource shape. JSON gives no positions for values,
 * so only syntax errors have a line.
 */
export function parseJsonSource(text: string): YamlSource {
  const lineOf = () => undefined;
  if (text.trim() === '') return { data: undefined, problems: [], lineOf };
  try {
    return { data: JSON.parse(text) as unknown, problems: [], lineOf };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/.exec(message)?.[1];
    const line = position === undefined ? undefined : text.slice(0, Number(position)).split('\n').length;
    return { data: undefined, problems: [{ ...(line === undefined ? {} : { line }), message: `JSON: ${message}` }], lineOf };
  }
}
