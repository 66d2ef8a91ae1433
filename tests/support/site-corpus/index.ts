/**
 * A whole generated content folder for benchmarks and large-corpus tests: N articles as
 * Markdown with valid frontmatter, a few hundred outlets, an entity registry, story files
 * with pins, and search-aliases.yaml. Seeded and deterministic.
 *
 * Story sizes are heavy-tailed as in real news: most stories are one article, some have
 * 2–20, and a few have 100–300 (pinned by an editor, with a story file). Bodies run from a
 * single headline-length line (a feed item) to 1,500 words; retellings quote and credit
 * each other; quotations have speakers from the registry; dates are written relative to
 * publication ("on Monday", "December 2"). Never write into `content/`: point a build at
 * the folder with CROSSCHECK_CONTENT_DIR.
 *
 *   const corpus = generateSiteCorpus({ articles: 3000 });
 *   writeSiteCorpus('.tmp/corpus/content', corpus);
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { SYLLABLES } from '../synthetic.ts';
import { aliasesOf, makeEntities, makeOutlets, NameMaker, slugOf, type GeneratedEntity, type GeneratedOutlet } from './cast.ts';
import { ArticleWriter, isoDay, makeEvent, type ArticleLength, type StoryEvent, type WrittenArticle } from './prose.ts';
import { Random } from './random.ts';

/** What to generate. */
export interface SiteCorpusOptions {
  /** Number of articles (the benchmark's default is 10,000). */
  articles: number;
  seed?: number;
}

/** One file of the content folder. */
export interface ContentFile {
  /** Path inside the content folder, e.g. `articles/x.md`. */
  path: string;
  text: string;
}

/** A generated story: the articles the generator wrote about one event. */
export interface GeneratedStory {
  articleIds: string[];
  /** The editor's slug, when the story is pinned and has a story file. */
  pin?: string;
}

/** A generated content folder and what the generator knows about it. */
export interface SiteCorpus {
  files: ContentFile[];
  /** One more article (in the newest large story), held back for a rebuild after adding it. */
  extraArticle: ContentFile;
  articleIds: string[];
  outlets: GeneratedOutlet[];
  entities: GeneratedEntity[];
  stories: GeneratedStory[];
  /** Search queries: a common word, a person's name, and a rare topic word. */
  queries: { common: string; person: string; rare: string };
}

/** The first day articles may carry: 2024-10-01 (days since 1970-01-01). */
const FIRST_DAY = Date.UTC(2024, 9, 1) / 86_400_000;
/** Days covered: up to 2025-12-31, so the archive spans two years. */
const DAYS = 457;
const OFFSETS = ['+00:00', '+01:00', '+02:00', '-05:00', '+05:30'];

/** Heavy-tailed story sizes adding up to `total`: a few of 100–300 first, then mostly singles. */
export function storySizes(random: Random, total: number): number[] {
  const large = total >= 1000 ? Math.max(1, Math.floor(total / 3000)) : 0;
  const sizes = Array.from({ length: large }, (_, i) => (i === 0 ? 300 : random.int(100, 300)));
  let left = total - sizes.reduce((sum, size) => sum + size, 0);
  while (left > 0) {
    const roll = random.next();
    const size = roll < 0.68 ? 1 : roll < 0.93 ? random.int(2, 5) : random.int(6, 20);
    sizes.push(Math.min(size, left));
    left -= Math.min(size, left);
  }
  return sizes;
}

function lengthOf(random: Random): ArticleLength {
  const roll = random.next();
  return roll < 0.15 ? 'feed' : roll < 0.45 ? 'brief' : roll < 0.9 ? 'standard' : 'long';
}

/** `published` as outlets give it: a day, or a time with an offset. */
function publishedValue(random: Random, day: number): string {
  if (random.chance(0.6)) return isoDay(day);
  const hour = String(random.int(6, 22)).padStart(2, '0');
  const minute = String(random.int(0, 59)).padStart(2, '0');
  return `${isoDay(day)}T${hour}:${minute}:00${random.pick(OFFSETS)}`;
}

interface ArticleFile {
  id: string;
  outlet: GeneratedOutlet;
  day: number;
  written: WrittenArticle;
  /** Where the story happens, for a dateline. */
  place: string;
  pin?: string;
}

function articleFile(random: Random, article: ArticleFile): ContentFile {
  const { written, outlet, day } = article;
  const source = random.next();
  const frontmatter: Record<string, unknown> = {
    headline: written.headline,
    headlineSource: source < 0.9 ? 'original' : source < 0.97 ? 'derived-from-url' : 'editorial',
    outlet: outlet.id,
    url: `${outlet.homepage}news/${article.id}`,
    published: publishedValue(random, day),
    publishedStatus: 'stated',
    language: 'en',
  };
  if (random.chance(0.03)) {
    Object.assign(frontmatter, {
      published: isoDay(day),
      publishedStatus: 'inferred',
      publishedLatest: isoDay(day + 1),
      publishedReason: 'The page gives no date; the feed listed it on these days.',
    });
  }
  if (written.retellsOutside !== undefined && random.chance(0.5)) frontmatter.retells = { outlet: written.retellsOutside };
  if (random.chance(0.1)) frontmatter.dateline = article.place;
  if (random.chance(0.05)) frontmatter.photoCredit = `${outlet.name} / Generated`;
  if (article.pin !== undefined) frontmatter.story = article.pin;
  return { path: `articles/${article.id}.md`, text: `---\n${stringify(frontmatter)}---\n\n${written.paragraphs.join('\n\n')}\n` };
}

/** Generates the whole content folder in memory. */
export function generateSiteCorpus({ articles: total, seed = 1 }: SiteCorpusOptions): SiteCorpus {
  const random = new Random(seed);
  const names = new NameMaker(random);
  const outlets = makeOutlets(random, names, Math.min(400, Math.max(12, Math.round(total / 30))));
  const entities = makeEntities(random, names, { people: 400, places: 150, organizations: 50 });
  const registry = {
    people: entities.filter((entity) => entity.kind === 'person'),
    places: entities.filter((entity) => entity.kind === 'place'),
    organizations: entities.filter((entity) => entity.kind === 'organization'),
  };
  const terms = Array.from(
    { length: 4000 },
    () => Array.from({ length: random.int(2, 3) }, () => random.pick(SYLLABLES)).join('') + random.pick(['ing', 'tion', 'er', 'al', 'ity']),
  );

  const files: ContentFile[] = [];
  const stories: GeneratedStory[] = [];
  const articleIds: string[] = [];
  let lastSingle: { event: StoryEvent; text: string } | undefined;
  let newestLarge: { event: StoryEvent; writer: ArticleWriter; last: ArticleFile; pin?: string } | undefined;
  const sizes = storySizes(random, total);
  const largeCount = sizes.filter((size) => size >= 100).length;
  let pinnedMidSized = 0;
  sizes.forEach((size, s) => {
    const large = size >= 100;
    // Large stories run for up to two weeks and end in the corpus's last month, so they are recent.
    const day = large ? FIRST_DAY + DAYS - random.int(14, 40) : FIRST_DAY + random.int(0, DAYS - 3);
    const event = makeEvent(random, day, registry, terms);
    const writer = new ArticleWriter(random, event);
    // Editors pin every article of the large stories (but leave the last of several to
    // similarity), and the first article of a few mid-sized ones, which similarity completes.
    const pinAll = large && (s === 0 || s < largeCount - 1);
    const pinFirst = !large && size >= 6 && pinnedMidSized++ < 3;
    const pin = pinAll || pinFirst ? `story-${slugOf(event.topic[3]!)}-${s}` : undefined;
    if (pin !== undefined) {
      const editorial: Record<string, string> = { headline: `${event.people[0]!.name} and the ${event.topic[3]} ${event.topic[0]}` };
      if (s === 0)
        editorial.summary = `${event.people[0]!.name} and ${event.people[1]!.name} are at the centre of the ${event.topic[3]} ${event.topic[0]}, reported from ${event.places[0]!.name}.`;
      files.push({ path: `stories/${pin}.yaml`, text: stringify(editorial) });
    }
    const written: ArticleFile[] = [];
    for (let k = 0; k < size; k++) {
      const outlet = random.pickCommon(outlets, 1.8);
      const articleDay = day + (k === 0 ? 0 : random.int(0, pinAll ? 13 : large ? 4 : 2));
      const original = written.length > 0 && random.chance(0.25) ? random.pick(written) : undefined;
      const text =
        original !== undefined && original.outlet !== outlet
          ? writer.retell(original.written, original.outlet.name)
          : writer.write(articleDay, lengthOf(random));
      const id = `${slugOf(text.headline).split('-').slice(0, 6).join('-')}-${String(articleIds.length).padStart(5, '0')}`;
      const article: ArticleFile = { id, outlet, day: articleDay, written: text, place: event.places[0]!.name };
      if (pinAll || (pinFirst && k === 0)) article.pin = pin;
      files.push(articleFile(random, article));
      written.push(article);
      articleIds.push(id);
    }
    stories.push(pin === undefined ? { articleIds: written.map((a) => a.id) } : { articleIds: written.map((a) => a.id), pin });
    if (size === 1) lastSingle = { event, text: written[0]!.written.paragraphs.join(' ') };
    if (large) newestLarge = { event, writer, last: written.at(-1)!, ...(pin === undefined ? {} : { pin }) };
  });

  // The held-back article: a brief in the last large story (or the last story), on its last day.
  const fallback = makeEvent(random, FIRST_DAY + DAYS - 1, registry, terms);
  const target = newestLarge ?? { event: fallback, writer: new ArticleWriter(random, fallback), last: undefined };
  const extra: ArticleFile = {
    place: target.event.places[0]!.name,
    id: `added-article-${String(total).padStart(5, '0')}`,
    outlet: outlets[0]!,
    day: target.last?.day ?? FIRST_DAY + DAYS - 1,
    written: target.writer.write(target.last?.day ?? FIRST_DAY + DAYS - 1, 'brief'),
  };
  if (newestLarge?.pin !== undefined) extra.pin = newestLarge.pin;
  const extraArticle = articleFile(random, extra);

  for (const outlet of outlets) {
    const { id, ...data } = outlet;
    files.push({ path: `outlets/${id}.yaml`, text: stringify({ ...data, language: 'en' }) });
  }
  for (const entity of entities) {
    const data: Record<string, unknown> = {
      kind: entity.kind,
      name: entity.name,
      description: entity.description,
      aliases: aliasesOf(entity),
    };
    if (entity.country !== undefined) data.country = entity.country;
    files.push({ path: `entities/${entity.id}.yaml`, text: stringify(data) });
  }
  const aliasGroups: Record<string, { spellings: string[] }> = {};
  for (const person of registry.people)
    if (person.variant !== undefined) aliasGroups[person.id] = { spellings: [person.short, person.variant] };
  files.push({ path: 'search-aliases.yaml', text: stringify(aliasGroups) });

  // A topic word of the last single-article story that its text really uses: a rare word.
  const single = lastSingle;
  const rare = single?.event.topic.slice(3).find((term) => single.text.includes(term)) ?? terms[0]!;
  const queries = { common: 'minister', person: registry.people[0]!.short, rare };
  return { files, extraArticle, articleIds, outlets, entities, stories, queries };
}

/** Writes the corpus as a content folder at `dir` (emptied first). */
export function writeSiteCorpus(dir: string, corpus: SiteCorpus): void {
  rmSync(dir, { recursive: true, force: true });
  for (const file of corpus.files) {
    const path = join(dir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
  }
}

/** Adds the held-back article to a written corpus, as an operator adding one article would. */
export function addExtraArticle(dir: string, corpus: SiteCorpus): void {
  writeFileSync(join(dir, corpus.extraArticle.path), corpus.extraArticle.text);
}
