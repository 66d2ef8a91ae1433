import type { z } from 'zod';

/** One thing wrong with the content, located as precisely as we can. */
export interface ContentProblem {
  /** The file, relative to the working directory: `content/articles/x.md`. */
  file: string;
  /** 1-based line in the file, when the problem has one. */
  line?: number;
  /** The field at fault, as a path: `headline`, `retells.url`, `aliases[2]`. */
  field?: string;
  /** What is wrong and, where it helps, how to fix it. */
  message: string;
}

/** `content/articles/x.md:3: headline: must not be empty`. The one way a problem is printed. */
export function formatProblem({ file, line, field, message }: ContentProblem): string {
  return `${file}${line === undefined ? '' : `:${line}`}: ${field === undefined ? '' : `${field}: `}${message}`;
}

/** A zod path as a field name: `retells.url`, `aliases[2]`. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
}

const KINDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of fields',
  record: 'a mapping',
  date: 'a date',
};

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (typeof value === 'object' && value !== null) return 'a mapping';
  if (typeof value === 'string') return `"${value}"`;
  return String(value);
}

/**
 * Messages for the issues our schemas do not word themselves, written for the
 * person editing the file: "required", not "Invalid input: expected string,
 * received undefined". Pass it to `safeParse` as `{ error: contentErrorMap }`.
 */
export const contentErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'required';
      if (issue.input === null) return 'is empty: give a value or remove the line';
      return `must be ${KINDS[issue.expected] ?? issue.expected}, not ${describeValue(issue.input)}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((value) => String(value)).join(', ')}, not ${describeValue(issue.input)}`;
    case 'too_small':
      if (issue.origin === 'string') return 'must not be empty (invisible characters do not count)';
      return `needs at least ${String(issue.minimum)} ${issue.origin === 'array' ? 'items' : ''}`.trim();
    case 'too_big':
      if (issue.origin === 'string') return `is too long: at most ${String(issue.maximum)} characters`;
      return `has too many items: at most ${String(issue.maximum)}`;
    case 'unrecognized_keys':
      return 'unknown field: fix its name or remove it (the README lists the fields)';
    case 'invalid_union':
      return 'does not have any of the accepted forms';
    default:
      return undefined;
  }
};

/**
 * Zod issues as content problems, one per field (an unknown-fields issue
 * becomes one problem per unknown field). `lineOf` places a field in the file.
 */
export function zodProblems(file: string, issues: readonly z.core.$ZodIssue[], lineOf: (path: readonly PropertyKey[]) => number | undefined): ContentProblem[] {
  return issues.flatMap((issue) => {
    const paths = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
    return paths.map((path) => {
      const line = lineOf(path) ?? (path.length > 1 ? lineOf(path.slice(0, -1)) : undefined);
      return {
        file,
        ...(line === undefined ? {} : { line }),
        ...(path.length === 0 ? {} : { field: fieldName(path) }),
        message: issue.message,
      };
    });
  });
}
