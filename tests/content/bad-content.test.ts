/**
 * Bad content is refused with every problem named: file, line, field, reason.
 *
 * `tests/fixtures/bad-content/rejected/` holds one file per case, laid over a copy
 * of the real content; this test adds the cases that cannot live in git (file
 * names that differ only by case, with `?` or accents; a body over the size limit).
 * The content check reads them all at once, so one in-process check covers every
 * case, and one real build proves the build runs the same check, fails on it and
 * writes nothing. `rejected-search-aliases/` holds variants of the one aliases file.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { KeyedCache } from '../../src/lib/cache/keyed-cache';
import { checkContent, MAX_BODY_BYTES, type ArticleCheck, type ContentCheckResult } from '../../src/lib/content/check';
import { formatProblem, type ContentProblem } from '../../src/lib/content/problems';
import { buildContent, scratchContent } from '../support/content-build';

const FIXTURES = 'tests/fixtures/bad-content';

/** A valid article but for its file name; each gets its own URL so that only the name is at fault. */
const article = (slug: string, body = 'Delegations met in Istanbul on Monday.\n') =>
  `---\nheadline: Grain talks resume\nheadlineSource: original\noutlet: unn\nurl: https://example.org/generated/${encodeURIComponent(slug)}\npublished: 2025-12-01\npublishedStatus: stated\nlanguage: en\n---\n\n${body}`;

/** Cases generated here: names git cannot carry portably, and a body too big to commit. */
const GENERATED: Record<string, string> = {
  'articles/grain-deal.md': article('grain-deal'),
  'articles/Grain-Deal.md': article('Grain-Deal'),
  'articles/report#2.md': article('report#2'),
  'articles/two words.md': article('two words'),
  'articles/what?.md': article('what?'),
  'articles/100%.md': article('100%'),
  'articles/café.md': article('café'),
  'articles/huge-body.md': article('huge-body', `${'Delegations met in Istanbul on Monday to resume talks. '.repeat(Math.ceil((MAX_BODY_BYTES * 1.2) / 55))}\n`),
  // Five files with one URL: each is reported, naming three of the others and counting the rest.
  ...Object.fromEntries(
    [1, 2, 3, 4, 5].map((n) => [`articles/same-url-${n}.md`, article(`same-url-${n}`).replace(/^url: .*$/m, 'url: https://example.org/one-url')]),
  ),
};

const NOT_UTF8 = (line: number, byte: string) => new RegExp(`^:${line}: file is not UTF-8: byte ${byte} on line ${line} is not valid UTF-8`);
const NOT_A_SLUG = /^: file name must be a slug of lower-case letters, digits and hyphens/;
const EMPTY_FILE = /^: file is empty/;
const NOT_EMPTY = (line: number, field: string) => new RegExp(`^:${line}: ${field.replace(/[[\]]/g, '\\$&')}: must not be empty \\(invisible characters do not count\\)$`);
const BAD_YEAR = (line: number, field: string, date: string) => new RegExp(`^:${line}: ${field}: ${date} is not between 1900 and \\d{4}: check the year$`);
const BODY_CHARACTER = (line: number, codePoint: string) => new RegExp(`^:${line}: body: ${codePoint} at column \\d+ is `);
const URL_CHARACTERS = /^:5: url: must not contain spaces, control or invisible characters$/;
const NOT_READ = /^: is not read: files here end in \.md/;

/** Every rejected file (relative to content/) and the problems it must be reported for, as `:line: field: message` patterns. */
const REJECTED: Record<string, RegExp[]> = {
  // Fields, values and dates
  'articles/missing-headline.md': [/^: headline: required$/],
  'articles/malformed-date.md': [/^:6: published: "2025-13-45" is not a real date; write it as YYYY-MM-DD/],
  'articles/unknown-outlet.md': [/^:4: outlet: "no-such-outlet" is not an outlet: add content\/outlets\/no-such-outlet\.yaml/],
  'articles/inferred-without-reason.md': [/^: publishedReason: an inferred publication date needs publishedReason/],
  'articles/year-0025.md': [BAD_YEAR(6, 'published', '0025-12-01')],
  'articles/year-1899.md': [BAD_YEAR(6, 'published', '1899-12-31')],
  'articles/year-2999.md': [BAD_YEAR(6, 'published', '2999-01-01')],
  'articles/retells-year-typo.md': [BAD_YEAR(11, 'retells.published', '2205-11-30')],
  'articles/impossible-day.md': [/^:6: published: "2025-02-30" is not a real date/],
  'articles/date-as-number.md': [/^:6: published: "20251201" is not a real date/],
  'articles/latest-before-published.md': [/^:9: publishedLatest: must not be before published$/],
  'articles/wrong-enum.md': [/^:7: publishedStatus: must be one of stated, inferred, not "guessed"$/],
  'articles/headline-as-list.md': [/^:2: headline: must be text, not a list$/],
  'articles/empty-value.md': [/^:9: dateline: is empty: give a value or remove the line$/],
  'articles/unknown-field.md': [/^:9: dateLine: unknown field/],
  'articles/slug-field.md': [/^:9: slug: unknown field/],
  // Text normalized before it is validated
  'articles/invisible-headline.md': [NOT_EMPTY(2, 'headline')],
  'articles/bidi-only-headline.md': [NOT_EMPTY(2, 'headline')],
  'articles/control-only-headline.md': [NOT_EMPTY(2, 'headline')],
  'articles/replacement-character-headline.md': [/^:2: headline: contains � \(U\+FFFD\), which stands for text lost in a bad decoding/],
  'articles/overlong-headline.md': [/^:2: headline: is too long: at most 300 characters$/],
  // Frontmatter and YAML
  'articles/frontmatter-list.md': [/^:2: must be a mapping of fields, not a list$/],
  'articles/no-frontmatter.md': [/^:1: no frontmatter: an article starts with a --- line/],
  'articles/unclosed-frontmatter.md': [/^:1: no frontmatter/],
  'articles/yaml-unterminated-quote.md': [/^:\d+: YAML: Missing closing "quote$/],
  'articles/yaml-duplicate-key.md': [/^:9: YAML: the same key appears twice$/],
  'articles/yaml-tab-indent.md': [/^:10: YAML: Tabs are not allowed as indentation$/, /^:9: YAML: /],
  'articles/yaml-nested-colon.md': [/^:2: YAML: a value containing ": " must be quoted/],
  // Bodies: empty, too big, characters XML cannot carry, text already lost
  'articles/empty-body.md': [/^:9: body: is empty: an article needs its text/],
  'articles/huge-body.md': [/^:9: body: is 0\.6 MB; the limit is 0\.5 MB/],
  'articles/control-u0001-body.md': [BODY_CHARACTER(11, 'U\\+0001')],
  'articles/control-vertical-tab-body.md': [BODY_CHARACTER(13, 'U\\+000B')],
  'articles/control-escape-body.md': [BODY_CHARACTER(11, 'U\\+001B')],
  'articles/control-nul-body.md': [BODY_CHARACTER(11, 'U\\+0000')],
  'articles/control-c1-body.md': [BODY_CHARACTER(11, 'U\\+0092')],
  'articles/noncharacter-body.md': [BODY_CHARACTER(11, 'U\\+FFFE')],
  'articles/replacement-character-body.md': [/^:11: body: U\+FFFD at column 25 is the replacement character/],
  // URLs
  'articles/url-nul.md': [URL_CHARACTERS],
  'articles/url-space.md': [URL_CHARACTERS],
  'articles/url-bidi.md': [URL_CHARACTERS],
  'articles/url-javascript.md': [/^:5: url: must be an http\(s\) address$/],
  'articles/url-protocol-relative.md': [/^:5: url: "\/\/example\.org\/news\/url-protocol-relative" is not a URL/],
  'articles/duplicate-url-a.md': [/^:5: url: is the same article as \S+\/articles\/duplicate-url-b\.md \(HTTP:\/\/WWW\.Example\.ORG\//],
  'articles/duplicate-url-b.md': [/^:5: url: is the same article as \S+\/articles\/duplicate-url-a\.md \(https:\/\/example\.org\//],
  ...Object.fromEntries(
    [1, 2, 3, 4, 5].map((n) => [
      `articles/same-url-${n}.md`,
      [/^:5: url: is the same article as (\S+\/articles\/same-url-\d\.md \(https:\/\/example\.org\/one-url\)( and )?){3} and 1 more file: one article, one file$/],
    ]),
  ),
  // References between files
  'articles/pinned-to-missing-story.md': [/^:9: story: "us-ukraine-talks-near-miam" has no story file/],
  'articles/story-not-a-slug.md': [/^:9: story: must be a slug/],
  // Encodings
  'articles/latin-1.md': [NOT_UTF8(2, '0xE9')],
  'articles/windows-1252.md': [NOT_UTF8(11, '0x93')],
  'articles/latin-1-body-only.md': [NOT_UTF8(14, '0xE9')],
  'articles/cesu-8-surrogate.md': [NOT_UTF8(14, '0xED')],
  'articles/utf-16le-bom.md': [/^: file is not UTF-8: it is UTF-16 LE \(it starts with a byte-order mark\)/],
  'articles/utf-16be-bom.md': [/^: file is not UTF-8: it is UTF-16 BE/],
  'articles/utf-16le-no-bom.md': [/^: file is not UTF-8: it looks like UTF-16 LE \(every other byte is zero\)/],
  'articles/utf-16be-no-bom.md': [/^: file is not UTF-8: it looks like UTF-16 BE/],
  'articles/utf-32le-bom.md': [/^: file is not UTF-8: it is UTF-32 LE/],
  // File names and files the collection would skip or rename
  'articles/Grain-Deal.md': [/^: file name must be a slug .*; it clashes with \S+\/articles\/grain-deal\.md, which has the same name but for case/],
  'articles/grain-deal.md': [/^: has the same name as \S+\/articles\/Grain-Deal\.md: keep one$/],
  'articles/report#2.md': [NOT_A_SLUG],
  'articles/two words.md': [NOT_A_SLUG],
  'articles/what?.md': [NOT_A_SLUG],
  'articles/100%.md': [NOT_A_SLUG],
  'articles/café.md': [NOT_A_SLUG],
  'articles/notes.txt': [NOT_READ],
  'articles/draft.markdown': [NOT_READ],
  'articles/2025': [/^: sub-folders are not allowed/],
  // Outlets
  'outlets/empty-outlet.yaml': [EMPTY_FILE],
  'outlets/comment-only-outlet.yaml': [EMPTY_FILE],
  'outlets/outlet-yaml-error.yaml': [/^:3: YAML: Flow sequence in block collection must be sufficiently indented/],
  'outlets/outlet-as-list.yaml': [/^:1: must be a mapping of fields, not a list$/],
  'outlets/outlet-missing-name.yaml': [/^: name: required$/],
  'outlets/outlet-nul-homepage.yaml': [/^:2: homepage: must not contain spaces, control or invisible characters$/],
  'outlets/outlet-invisible-name.yaml': [NOT_EMPTY(1, 'name')],
  'outlets/outlet-unknown-field.yaml': [/^:5: twitter: unknown field/],
  'outlets/outlet-latin-1.yaml': [NOT_UTF8(1, '0xE9')],
  'outlets/outlet-utf-16.yaml': [/^: file is not UTF-8: it is UTF-16 LE/],
  'outlets/outlet-json-error.json': [/^:4: JSON: /],
  'outlets/twin-outlet.yaml': [/^: has the same name as \S+\/outlets\/twin-outlet\.yml: keep one$/],
  'outlets/twin-outlet.yml': [/^: has the same name as \S+\/outlets\/twin-outlet\.yaml: keep one$/],
  'outlets/Bad Outlet.yaml': [NOT_A_SLUG],
  // Stories
  'stories/unpinned-story.yaml': [/^: no article pins this story: add "story: unpinned-story" to its articles, or delete the file$/],
  'stories/empty-story.yaml': [EMPTY_FILE],
  'stories/story-yaml-error.yaml': [/^:3: YAML: Missing closing "quote$/],
  'stories/story-invisible-headline.yaml': [NOT_EMPTY(1, 'headline')],
  'stories/story-unknown-field.yaml': [/^:2: title: unknown field/],
  // Entities
  'entities/stop-word-aliases.yaml': [
    /^:5: aliases\[0\]: "The" is a common word or title, not a name/,
    /^:6: aliases\[1\]: "said" is a common word or title, not a name/,
    /^:7: aliases\[2\]: "a" is not a name: an alias needs at least two letters$/,
    /^:8: aliases\[3\]: "us" is a common word or title, not a name/,
  ],
  'entities/uncapitalised-alias.yaml': [/^:4: aliases\[0\]: "fixtureville" does not look like a name/],
  'entities/title-alias.yaml': [/^:4: aliases\[0\]: "President" is a common word or title/],
  'entities/common-word-name.yaml': [/^:2: name: "The" is a common word or title/],
  'entities/entity-yaml-error.yaml': [/^:5: YAML: Flow sequence/],
  'entities/entity-empty.yaml': [EMPTY_FILE],
  'entities/entity-wrong-kind.yaml': [/^:1: kind: must be one of person, place, organization, not "politician"$/],
  'entities/entity-country-for-person.yaml': [/^:4: country: is for places only$/],
  'entities/ambiguous-alias-a.yaml': [/^: aliases: "Ivanov" also names \S+\/entities\/ambiguous-alias-b\.yaml: an alias must name one entity$/],
  'entities/ambiguous-alias-b.yaml': [/^: aliases: "Ivanov" also names \S+\/entities\/ambiguous-alias-a\.yaml/],
  'entities/Bad Entity.yaml': [NOT_A_SLUG],
};

/** Variants of content/search-aliases.yaml, each checked on its own. */
const REJECTED_SEARCH_ALIASES: Record<string, RegExp[]> = {
  'yaml-error.yaml': [/^:3: YAML: Flow sequence/],
  'list.yaml': [/^:1: must be a mapping, not a list$/],
  'one-spelling.yaml': [/^:2: kyiv\.spellings: an alias group needs at least two spellings$/],
  'stop-word.yaml': [/^:2: us\.spellings\[0\]: "us" is a common word/],
  'invisible-spelling.yaml': [NOT_EMPTY(2, 'kyiv.spellings[1]')],
  'unknown-field.yaml': [/^:1: kyiv\.spellings: required$/, /^:2: kyiv\.spelling: unknown field/],
  'group-as-list.yaml': [/^:1: kyiv: must be a mapping of fields, not a list$/],
  'empty.yaml': [EMPTY_FILE],
  'latin-1.yaml': [NOT_UTF8(2, '0xE9')],
};

/** Problems grouped by file (relative to the content folder), each as `:line: field: message`. */
function byFile(problems: ContentProblem[], content: string): Map<string, string[]> {
  const grouped = new Map<string, string[]>();
  for (const problem of problems) {
    const file = relative(content, problem.file).split('\\').join('/');
    grouped.set(file, [...(grouped.get(file) ?? []), formatProblem(problem).slice(problem.file.length)]);
  }
  return grouped;
}

/** Each pattern matches one of the problems, and each problem matches one of the patterns. */
function expectExactly(found: string[] | undefined, patterns: RegExp[]) {
  expect(found, 'no problem reported').toBeDefined();
  for (const pattern of patterns) expect(found?.some((problem) => pattern.test(problem)), `${pattern} in\n${found?.join('\n')}`).toBe(true);
  for (const problem of found ?? []) expect(patterns.some((pattern) => pattern.test(problem)), `unexpected problem ${problem}`).toBe(true);
}

let content: string;
let check: ContentCheckResult;
let problems: Map<string, string[]>;

beforeAll(() => {
  content = scratchContent('rejected', { overlays: [join(FIXTURES, 'rejected')], files: GENERATED });
  check = checkContent(content);
  problems = byFile(check.problems, content);
});

describe('the content check', () => {
  it.each(Object.entries(REJECTED))('reports %s with its line and field', (file, patterns) => {
    expectExactly(problems.get(file), patterns);
  });

  it('reports nothing else: not the real content, not the files it skips on purpose (_draft-ignored.md)', () => {
    expect([...problems.keys()].filter((file) => !(file in REJECTED))).toEqual([]);
  });

  it('has an expectation for every fixture', () => {
    const fixtures = readdirSync(join(FIXTURES, 'rejected'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && !entry.name.startsWith('_') && !entry.parentPath.endsWith('2025'))
      .map((entry) => relative(join(FIXTURES, 'rejected'), join(entry.parentPath, entry.name)).split('\\').join('/'));
    expect(fixtures.filter((file) => !(file in REJECTED))).toEqual([]);
    expect(Object.keys(REJECTED_SEARCH_ALIASES).sort()).toEqual(readdirSync(join(FIXTURES, 'rejected-search-aliases')).sort());
  });

  it('reports the same with the build cache of article checks, computed and then reused', () => {
    const cold = new KeyedCache<ArticleCheck>();
    expect(checkContent(content, undefined, { checks: cold, codeVersion: 'v1' })).toEqual(check);
    const articlesRead = cold.stats.misses;
    expect(articlesRead).toBeGreaterThan(Object.keys(REJECTED).length / 2);
    const warm = new KeyedCache(new Map(cold.entriesUsed()), true);
    expect(checkContent(content, undefined, { checks: warm, codeVersion: 'v1' })).toEqual(check);
    expect(warm.stats).toEqual({ hits: articlesRead, misses: 0 });
    // Other code checks every file again.
    const otherCode = new KeyedCache(new Map(cold.entriesUsed()), true);
    checkContent(content, undefined, { checks: otherCode, codeVersion: 'v2' });
    expect(otherCode.stats).toEqual({ hits: 0, misses: articlesRead });
  });

  it.each(Object.entries(REJECTED_SEARCH_ALIASES))('reports search-aliases.yaml written as %s', (fixture, patterns) => {
    const aliases = readFileSync(join(FIXTURES, 'rejected-search-aliases', fixture));
    const alone = scratchContent(`search-aliases-${fixture}`, { real: false, files: { 'search-aliases.yaml': aliases } });
    expectExactly(byFile(checkContent(alone).problems, alone).get('search-aliases.yaml'), patterns);
  });
});

describe('npm run check:content', () => {
  const run = (dir: string) => spawnSync('node', ['scripts/check-content.mjs', '--json', '--dir', dir], { encoding: 'utf8' });

  it('prints only JSON with --json, lists the same problems and exits 1', () => {
    const result = run(content);
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual(JSON.parse(JSON.stringify(check.problems)));
  });

  it('exits 0 on the real content', () => {
    const result = run('content');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: true, problems: [], counts: { articles: 3, outlets: 3 } });
  });
});

describe('a build of the bad content', () => {
  it('fails before writing anything, listing every bad file with its problem and no stack trace', () => {
    const { status, output, dist } = buildContent(content);
    expect(status).not.toBe(0);
    expect(output).toContain(`The content has ${check.problems.length} problems in ${problems.size} files:`);
    for (const problem of check.problems) expect(output).toContain(formatProblem(problem));
    expect(output).not.toMatch(/Stack trace|^\s+at /m);
    expect(existsSync(join(dist, 'index.html'))).toBe(false);
  });
});
