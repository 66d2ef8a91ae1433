import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { contentErrorMap, fieldName, formatProblem, zodProblems } from './problems.ts';

const schema = z.strictObject({
  headline: z.string().min(1),
  status: z.enum(['stated', 'inferred']),
  retells: z.strictObject({ outlet: z.string() }).optional(),
  aliases: z.array(z.string()).max(2).optional(),
  note: z.string().optional(),
});

function problems(data: unknown) {
  const result = schema.safeParse(data, { error: contentErrorMap });
  return result.success ? [] : zodProblems('content/x.md', result.error.issues, (path) => (path[0] === 'status' ? 3 : undefined)).map(formatProblem);
}

describe('content problems', () => {
  it('formats file, line, field and message, and nothing else', () => {
    expect(formatProblem({ file: 'content/x.md', line: 3, field: 'headline', message: 'required' })).toBe('content/x.md:3: headline: required');
    expect(formatProblem({ file: 'content/x.md', message: 'file is empty' })).toBe('content/x.md: file is empty');
  });

  it('names nested fields and list items', () => {
    expect(fieldName(['retells', 'url'])).toBe('retells.url');
    expect(fieldName(['aliases', 2])).toBe('aliases[2]');
  });

  it('words zod issues for the person editing the file', () => {
    expect(problems({ status: 'guessed', retells: { outlet: ['Axios'] }, aliases: ['a', 'b', 'c'], note: null, headlin: 'x' })).toEqual([
      'content/x.md: headline: required',
      'content/x.md:3: status: must be one of stated, inferred, not "guessed"',
      'content/x.md: retells.outlet: must be text, not a list',
      'content/x.md: aliases: has too many items: at most 2',
      'content/x.md: note: is empty: give a value or remove the line',
      'content/x.md: headlin: unknown field: fix its name or remove it (the README lists the fields)',
    ]);
    expect(problems({ headline: '', status: 'stated' })).toEqual(['content/x.md: headline: must not be empty (invisible characters do not count)']);
    expect(problems([1, 2])).toEqual(['content/x.md: must be a mapping of fields, not a list']);
  });

  it('never prints zod’s own wording', () => {
    const all = problems({ status: 1, retells: 'x', aliases: 'y', headline: 2 }).join('\n');
    expect(all).not.toMatch(/Invalid input|received|Did not match|Required|\*\*/);
  });
});
