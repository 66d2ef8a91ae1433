import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { jsonReport, readArticle, runIngest, scratchContent, snapshot, type IngestRun } from '../support/ingest-cli';

const FIXTURES = 'tests/fixtures/ingest';
let content: string;
let first: IngestRun;

beforeAll(async () => {
  content = scratchContent('folder');
  first = await runIngest(['--content', content, '--json', FIXTURES]);
});

const written = () => jsonReport(first).results.filter((result) => result.status === 'written');
const articleFor = (item: string) => {
  const result = jsonReport(first).results.find((entry) => entry.item === item || entry.input.endsWith(item));
  if (!result?.file) throw new Error(`no article for ${item}`);
  return readArticle(result.file);
};

describe('ingesting a folder of saved pages and feeds (--json)', () => {
  it('prints only JSON on stdout, one result per page and per feed item, and exits 1 because one input failed', () => {
    expect(first.status).toBe(1);
    const report = jsonReport(first);
    expect(report.results.map((result) => [result.input.replace(`${FIXTURES}/`, ''), result.status])).toEqual([
      ['feeds/coastline-daily.json', 'written'],
      ['feeds/coastline-daily.json', 'written'],
      ['feeds/courrier-du-port-latin1.xml', 'written'],
      ['feeds/lakeside-herald-atom.xml', 'written'],
      ['feeds/lakeside-herald-atom.xml', 'written'],
      ['feeds/northern-courier-rss2.xml', 'written'],
      ['feeds/northern-courier-rss2.xml', 'written'],
      ['feeds/northern-courier-rss2.xml', 'written'],
      ['feeds/valley-post-rss1.rdf', 'written'],
      ['pages/harbour-gazette-ferry-strike.html', 'written'],
      ['pages/kestrel-weekly-dated-url.html', 'written'],
      ['pages/kestrel-weekly-undated.html', 'failed'],
      ['pages/river-times-bridge-closure.html', 'written'],
      ['pages/variants/harbour-gazette-ferry-strike.amp.html', 'duplicate'],
    ]);
    expect(report.results[0]?.item).toBe('https://coastlinedaily.example/news/surf-club-rescue?utm_source=jsonfeed');
    expect(report.results[9]?.item).toBeNull();
  });

  it('fails an input without any date, saying so and naming --published, and leaves none of its files', () => {
    const failed = jsonReport(first).results.find((result) => result.status === 'failed');
    expect(failed?.reason).toMatch(/^no publication date: the input states none and its address carries none\. Give it with --published/);
    expect(readdirSync(join(content, 'captures')).some((file) => file.includes('lifeboat'))).toBe(false);
  });

  it('keeps the article text of a page and drops its chrome', () => {
    const { data, body } = articleFor('pages/harbour-gazette-ferry-strike.html');
    expect(body).toContain('Ferry crews on the island routes walked out at dawn on Sunday');
    expect(body).toContain('## What the operator says');
    expect(body).toContain('- move to a later sailing free of charge;');
    expect(body).toContain('> We are an island of 300 people and one boat.');
    expect(body).toContain('[operator’s website](https://www.westernislesferries.example/timetables?utm_campaign=strike)');
    for (const chrome of [
      'cookies',
      'Subscribe',
      'Share on',
      'Read more',
      'Related articles',
      'Comments',
      'islander42',
      'Advertisement',
      'Photo: Ewan Mackie',
      '©',
    ]) {
      expect(body).not.toContain(chrome);
    }
    expect(data).toMatchObject({
      headline: 'Ferry crews walk out as pay talks collapse',
      headlineSource: 'original',
      outlet: 'harbour-gazette',
      url: 'https://www.harbourgazette.example/news/2025/11/30/ferry-crews-walk-out-pay-talks-collapse',
      published: '2025-11-30T07:42:00+00:00',
      publishedStatus: 'stated',
      language: 'en-GB',
    });
    const other = articleFor('pages/river-times-bridge-closure.html').body;
    for (const chrome of ['cookies', 'Facebook', 'You might also like', 'discussion', 'crumbling', 'Most read', 'ADVERTISEMENT'])
      expect(other).not.toContain(chrome);
  });

  it('states where each date comes from: stated by the page or feed, or inferred from the address', () => {
    expect(articleFor('pages/river-times-bridge-closure.html').data).toMatchObject({
      published: '2025-11-30T14:10:00+00:00',
      publishedStatus: 'stated',
      language: 'en',
    });
    expect(articleFor('pages/kestrel-weekly-dated-url.html').data).toMatchObject({
      published: '2016-02-01',
      publishedStatus: 'inferred',
      publishedReason: 'Read from the article’s address (2016/02/01); the page states no date.',
    });
    expect(articleFor('https://lakesideherald.example/2025/11/30/ferry-winter-timetable').data).toMatchObject({
      published: '2025-11-30',
      publishedStatus: 'inferred',
    });
    expect(articleFor('https://www.northerncourier.example/news/bus-fares-frozen-until-2027?fbclid=IwAR0abc').data).toMatchObject({
      url: 'https://www.northerncourier.example/news/bus-fares-frozen-until-2027',
      published: '2025-12-01T07:30:00+00:00',
      publishedStatus: 'stated',
    });
  });

  it('marks feed items that carry only a summary, and only those', () => {
    const excerpts = written()
      .filter((result) => readArticle(result.file ?? '').data['excerptOnly'] === true)
      .map((result) => result.item);
    expect(excerpts).toEqual([
      'https://coastlinedaily.example/news/jetty-repairs',
      'https://lakesideherald.example/2025/11/30/ferry-winter-timetable',
      'https://www.northerncourier.example/news/library-opening-hours-cut',
      'https://valleypost.example/stories/hospital-ward-to-close',
    ]);
  });

  it('reads a Latin-1 feed without declaration as Latin-1', () => {
    const { data, body } = articleFor('https://www.courrierduport.example/actualite/greve-des-dockers-port-a-l-arret');
    expect(data).toMatchObject({ headline: "Grève des dockers\u00a0: le port de commerce à l'arrêt", language: 'fr' });
    expect(body).toContain("Aucun navire n'a été déchargé dimanche");
    expect(body).not.toMatch(/Ã|\uFFFD/);
  });

  it('keeps each raw input in captures/ with its SHA-256 in the frontmatter (a feed once for its items)', () => {
    for (const result of written()) {
      const { data } = readArticle(result.file ?? '');
      const capture = data['capture'] as { file: string; sha256: string };
      const bytes = readFileSync(join(content, 'captures', capture.file));
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(capture.sha256);
      expect(bytes.equals(readFileSync(result.input))).toBe(true);
    }
    expect(readdirSync(join(content, 'captures'))).toHaveLength(8);
  });

  it('writes new outlets for new sites and reports them', () => {
    const outlets = jsonReport(first).newOutlets.map((outlet) => outlet.id);
    expect(outlets).toEqual([
      'coastline-daily',
      'le-courrier-du-port',
      'lakeside-herald',
      'northern-courier',
      'the-valley-post',
      'harbour-gazette',
      'kestrel-weekly',
      'the-river-times',
    ]);
    expect(readFileSync(join(content, 'outlets', 'harbour-gazette.yaml'), 'utf8')).toBe(
      'name: Harbour Gazette\nhomepage: https://www.harbourgazette.example/\nlanguage: en\ndescription: Added by ingest from harbourgazette.example; not yet reviewed by an editor.\n',
    );
  });

  it('writes nothing on a second run of the same inputs', async () => {
    const before = snapshot(content);
    const again = await runIngest(['--content', content, '--json', FIXTURES]);
    const statuses = jsonReport(again).results.map((result) => result.status);
    expect(statuses.filter((status) => status === 'written')).toEqual([]);
    expect(statuses.filter((status) => status === 'duplicate')).toHaveLength(13);
    expect(jsonReport(again).newOutlets).toEqual([]);
    expect(snapshot(content)).toEqual(before);
  });
});

describe('the command', () => {
  it('--dry-run reports what would be written and writes nothing', async () => {
    const fresh = scratchContent('dry-run');
    const before = snapshot(fresh);
    const run = await runIngest(['--content', fresh, '--dry-run', `${FIXTURES}/pages/river-times-bridge-closure.html`]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      `would write ${join(fresh, 'articles', 'the-river-times-old-bridge-shut-to-traffic-after-inspectors-find.md')}`,
    );
    expect(run.stdout).toContain('1 to write, 0 duplicate, 0 failed, 1 new outlet (dry run: nothing was written)');
    expect(snapshot(fresh)).toEqual(before);
  });

  it('never overwrites: a taken name gets a suffix; near-identical text from the same outlet is a duplicate', async () => {
    const fresh = scratchContent('names');
    const taken = join(fresh, 'articles', 'the-river-times-old-bridge-shut-to-traffic-after-inspectors-find.md');
    writeFileSync(taken, readFileSync('content/articles/unn-post-war-borders-dominated-talks.md'));
    const page = `${FIXTURES}/pages/river-times-bridge-closure.html`;
    const run = await runIngest(['--content', fresh, '--json', page]);
    expect(jsonReport(run).results[0]?.file).toBe(taken.replace(/\.md$/, '-2.md'));
    expect(readFileSync(taken, 'utf8')).toBe(readFileSync('content/articles/unn-post-war-borders-dominated-talks.md', 'utf8'));
    // The same article moved to another address, one word corrected.
    const moved = join('.tmp', 'ingest', 'names', 'moved.html');
    writeFileSync(
      moved,
      readFileSync(page, 'utf8').replace('old-bridge-shut-cracks', 'bridge-closed').replace('about 9,000', 'some 9,000'),
    );
    const second = jsonReport(await runIngest(['--content', fresh, '--json', moved])).results[0];
    expect(second).toMatchObject({ status: 'duplicate', file: taken.replace(/\.md$/, '-2.md') });
    expect(second?.reason).toMatch(/^text \d+% the same as .*, from the same outlet$/);
  });

  it('exits 2 for usage errors, with a message and no stack trace', async () => {
    for (const [args, message] of [
      [['--bogus', 'x'], /Unknown option '--bogus'/],
      [[], /no input/],
      [['--published', '2025-13-45', 'x'], /--published: "2025-13-45" is not a date/],
      [['--outlet', 'nope', 'x'], /--outlet: no outlet "nope"/],
      [['--published-reason', 'why', 'x'], /need --published/],
      [['--content', 'no/such/folder', 'x'], /--content: no such folder/],
    ] as const) {
      const run = await runIngest([...args]);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(run.stdout).toBe('');
    }
  });

  it('exits 0 when nothing failed, 1 for a missing input, naming it', async () => {
    const fresh = scratchContent('exit-codes');
    expect((await runIngest(['--content', fresh, `${FIXTURES}/pages/kestrel-weekly-dated-url.html`])).status).toBe(0);
    const missing = await runIngest(['--content', fresh, 'no/such/page.html']);
    expect(missing.status).toBe(1);
    expect(missing.stdout).toContain('failed      no/such/page.html: no such file or folder');
  });

  it('--help documents every option', async () => {
    const help = await runIngest(['--help']);
    expect(help.status).toBe(0);
    for (const option of [
      '--content',
      '--dry-run',
      '--json',
      '--outlet',
      '--url',
      '--headline',
      '--published',
      '--published-reason',
      '--language',
    ]) {
      expect(help.stdout).toContain(option);
    }
  });
});

describe('re-ingesting the seed captures', () => {
  const seeds = [
    {
      capture: '000_bb73fba5fbd089b4.txt',
      article: 'axy-media-miami-post-war-borders.md',
      args: [
        '--outlet',
        'axy-media',
        '--url',
        'https://www.axy.media/politics/at-tense-miami-meeting-us-and-ukraine-discussed-post-war-borders-axios',
        '--headline',
        'At tense Miami meeting, US and Ukraine discussed post-war borders — Axios',
        '--published',
        '2025-11-30',
        '--published-latest',
        '2025-12-01',
        '--published-reason',
        'Not in the capture.',
      ],
    },
    {
      capture: '001_cac850ea4b2be244.txt',
      article: 'unn-post-war-borders-dominated-talks.md',
      args: [
        '--outlet',
        'unn',
        '--url',
        'https://unn.ua/en/news/post-war-borders-dominated-us-ukraine-talks-zelensky-wanted-to-discuss-territories-with-trump-axios',
        '--headline',
        'Post-war borders dominated US-Ukraine talks: Zelensky wanted to discuss territories with Trump - Axios',
        '--headline-source',
        'derived-from-url',
        '--published',
        '2025-12-01',
      ],
    },
    {
      capture: '003_3fb0c84f68194678.txt',
      article: 'imaya-news-rubio-talks-productive.md',
      args: [
        '--outlet',
        'imaya-news',
        '--url',
        'https://imayanews.com/?p=10599',
        '--headline',
        'Rubio calls the Florida talks with Ukraine productive, with “more work to be done”',
        '--headline-source',
        'editorial',
        '--published',
        '2025-11-30',
        '--published-latest',
        '2025-12-01',
        '--published-reason',
        'Not in the capture.',
        '--language',
        'en',
      ],
    },
  ];

  it.each(seeds)('$capture gives the body of $article, word for word', async ({ capture, article, args }) => {
    const fresh = scratchContent(`seed-${capture}`, { withoutArticles: true });
    const run = await runIngest(['--content', fresh, '--json', ...args, `tests/fixtures/captures/${capture}`]);
    expect(run.status).toBe(0);
    const [result] = jsonReport(run).results;
    expect(result?.notes?.at(-1)).toMatch(/cannot show chrome inside the text/);
    const ingested = readArticle(result?.file ?? '');
    const published = readArticle(join('content/articles', article));
    expect(ingested.body).toBe(published.body);
    for (const field of ['headline', 'headlineSource', 'outlet', 'url', 'publishedStatus', 'language', 'photoCredit']) {
      expect(ingested.data[field], field).toEqual(published.data[field]);
    }
    expect(existsSync(join(fresh, 'captures', `${ingested.data['capture'] && (ingested.data['capture'] as { file: string }).file}`))).toBe(
      true,
    );
  });

  it('a capture ingested into the real content folder is a duplicate of its article', async () => {
    const fresh = scratchContent('seed-duplicate');
    mkdirSync(join(fresh, 'captures'), { recursive: true });
    const run = await runIngest([
      ...[
        '--content',
        fresh,
        '--json',
        '--url',
        'https://imayanews.com/?p=10599&utm_source=x',
        '--headline',
        'Rubio: talks productive',
        '--published',
        '2025-11-30',
      ],
      'tests/fixtures/captures/003_3fb0c84f68194678.txt',
    ]);
    expect(jsonReport(run).results[0]).toMatchObject({
      status: 'duplicate',
      file: join(fresh, 'articles', 'imaya-news-rubio-talks-productive.md'),
    });
  });
});
