/**
 * A synthetic news corpus for the benchmark (scripts/bench-analysis.mjs) and for smoke tests
 * of candidate generation. Deterministic for a given seed.
 *
 * It imitates news: events with a cast of names, places, numbers and event-specific terms;
 * 1–8 articles per event (most events have 1–3), published within three days of it; each
 * article restates some of the event's facts, adds sentences of its own, and sometimes
 * retells an outside outlet ("Reuters reports, citing…", "the publication writes") or copies
 * most of another article of the event.
 */
import type { ArticleInput } from '../../src/lib/article-input.ts';

/** A generated article: its metadata and its body as Markdown (the text model is built from it). */
export type SyntheticArticle = Omit<ArticleInput, 'text'> & { body: string };

/** A synthetic corpus and the event behind each article. */
export interface SyntheticCorpus {
  articles: SyntheticArticle[];
  /** Event number of each article id. */
  eventOf: Map<string, number>;
  events: number;
}

/** Seeded PRNG (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Common news nouns. */
export const NOUNS = (
  'talks meeting agreement deal plan border territory ceasefire sanctions budget vote election court ruling ' +
  'strike attack drone missile grid power station bank rate inflation market price oil gas pipeline port ' +
  'ship harbor factory plant workers union protest police investigation report inquiry scandal minister ' +
  'parliament law bill reform tax tariff trade export import deficit debt loan fund aid package troops ' +
  'army soldiers front line offensive defense shelter hospital school water heat winter storm flood fire ' +
  'wildfire drought harvest grain wheat corn farmers prices shortage supply chain company shares profit ' +
  'loss merger contract lawsuit verdict judge jury prison sentence appeal negotiations delegation ' +
  'summit leaders allies partners security guarantees peace sovereignty aggression victims casualties ' +
  'evacuation refugees crossing visa embassy consulate diplomat envoy spokesman statement interview ' +
  'campaign candidate poll turnout ballot fraud recount coalition cabinet resignation successor mayor city ' +
  'region village bridge road railway airport flight airline crash engine safety regulator license permit ' +
  'satellite launch rocket mission research study scientists vaccine virus outbreak patients doctors'
).split(' ');
/** Reporting and action verbs in the past tense. */
export const VERBS = (
  'announced confirmed denied rejected approved signed discussed proposed demanded warned promised ' +
  'criticized praised condemned accused insisted argued suggested reported revealed estimated expected ' +
  'planned launched halted resumed delayed postponed extended cut raised lowered blocked seized captured ' +
  'destroyed damaged repaired restored opened closed visited met called urged asked offered agreed'
).split(' ');
/** Adjectives of news prose. */
export const ADJECTIVES = (
  'new major key final initial tense difficult productive positive serious significant critical heavy ' +
  'large small early late fresh further possible temporary permanent joint direct secret public private ' +
  'military civilian economic political financial regional national local foreign domestic northern ' +
  'southern eastern western central strong weak rapid slow sharp modest historic unprecedented'
).split(' ');
/** Adverbial phrases, several of them dates ("on Monday"). */
export const PHRASES = [
  'on Monday',
  'on Tuesday',
  'late on Sunday',
  'earlier this week',
  'after the meeting',
  'in a statement',
  'according to officials',
  'for the first time',
  'at the same time',
  'in recent days',
  'as expected',
  'despite the pressure',
  'amid growing concern',
  'without further details',
  'by the end of the month',
];
/** Syllables that pseudo-names are made of. */
export const SYLLABLES = 'ka ro mi ten sul var no li dro pe sha vik tor an el mar zin bo ru sta lev gor da nik ol ser ya'.split(' ');
/** Widely cited outlets that are not in the corpus. */
export const OUTSIDE_OUTLETS = ['Reuters', 'Axios', 'Bloomberg', 'Politico', 'The Wall Street Journal', 'Financial Times', 'CNN', 'BBC'];

interface Fact {
  who: string;
  verb: string;
  words: [string, string, string, string];
  place?: string;
  number?: number;
}

interface Event {
  day: number;
  people: string[];
  places: string[];
  topic: string[];
  facts: Fact[];
}

/** Generates `count` articles from seed `seed`. */
export function syntheticCorpus(count: number, seed = 1): SyntheticCorpus {
  const random = seededRandom(seed);
  const int = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  // Zipf-like: early entries are much more frequent (some people are always in the news).
  const pickCommon = <T>(list: readonly T[]): T => list[Math.floor(list.length * random() ** 2.5)]!;
  const sample = <T>(list: readonly T[], size: number): T[] => {
    const taken = new Set<number>();
    while (taken.size < Math.min(size, list.length)) taken.add(Math.floor(random() * list.length));
    return [...taken].map((i) => list[i]!);
  };
  const properName = (): string => {
    const word = Array.from({ length: int(2, 3) }, () => pick(SYLLABLES)).join('');
    return word[0]!.toUpperCase() + word.slice(1);
  };

  const people = Array.from({ length: 6000 }, () => `${properName()} ${properName()}`);
  const places = Array.from({ length: 1500 }, properName);
  // Event-specific vocabulary (a bridge's name, a bill's subject…): lower-case pseudo-words.
  const terms = Array.from(
    { length: 20000 },
    () => Array.from({ length: int(2, 3) }, () => pick(SYLLABLES)).join('') + pick(['ing', 'tion', 'er', 'al', 'ity', 's']),
  );
  const outlets = Array.from({ length: 40 }, (_, i) => ({
    id: `outlet-${i}`,
    name: `${properName()} ${pick(['Herald', 'Courier', 'Bulletin', 'Ledger', 'Dispatch'])}`,
  }));

  const makeEvent = (): Event => {
    const cast = [pickCommon(people), ...sample(people, int(1, 3))];
    const where = [pickCommon(places), ...sample(places, int(0, 1))];
    const topic = [...Array.from({ length: 3 }, () => pickCommon(NOUNS)), ...sample(terms, 3)];
    const facts = Array.from({ length: int(10, 18) }, (): Fact => {
      const fact: Fact = {
        who: pick(cast),
        verb: pick(VERBS),
        words: [pick(topic), pickCommon(ADJECTIVES), pick(NOUNS), pick(topic)],
      };
      if (random() < 0.5) fact.place = pick(where);
      if (random() < 0.35) fact.number = int(2, 500);
      return fact;
    });
    return { day: int(0, 364), people: cast, places: where, topic, facts };
  };

  const renderFact = (fact: Fact): string => {
    const [a, b, c, d] = fact.words;
    const parts =
      random() < 0.5
        ? [fact.who, fact.verb, 'the', b, a, 'and', c, 'of the', d]
        : ['The', b, a, 'was', fact.verb, 'by', fact.who, 'with the', d, 'and', c];
    if (fact.number !== undefined) parts.push('worth', String(fact.number), pick(['million', 'tons', 'people', 'units']));
    if (fact.place !== undefined) parts.push('in', fact.place);
    if (random() < 0.4) parts.push(pick(PHRASES));
    const text = parts.join(' ');
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };

  const fillerSentence = (event: Event): string => {
    const words = Array.from({ length: int(8, 16) }, () =>
      random() < 0.15 ? pick(event.topic) : pickCommon(random() < 0.6 ? NOUNS : ADJECTIVES),
    );
    return `${pick(event.people)} ${pick(VERBS)} that ${words.join(' ')} ${pick(PHRASES)}.`;
  };

  const paragraphs = (sentences: readonly string[]): string[] => {
    const out: string[] = [];
    for (let i = 0; i < sentences.length;) {
      const size = int(1, 3);
      out.push(sentences.slice(i, i + size).join(' '));
      i += size;
    }
    return out;
  };

  const articles: SyntheticArticle[] = [];
  const eventOf = new Map<string, number>();
  let events = 0;
  while (articles.length < count) {
    const event = makeEvent();
    const size = Math.min(count - articles.length, random() < 0.45 ? 1 : random() < 0.6 ? int(2, 3) : int(4, 8));
    const outside = random() < 0.4 ? pick(OUTSIDE_OUTLETS) : undefined;
    const written: string[][] = [];
    for (let k = 0; k < size; k++) {
      const outlet = pick(outlets);
      const date = new Date(Date.UTC(2025, 0, 1 + event.day + int(0, 2))).toISOString().slice(0, 10);
      const copyFrom = written.length > 0 && random() < 0.1 ? pick(written) : undefined;
      let sentences: string[];
      if (copyFrom !== undefined) {
        sentences = copyFrom.filter(() => random() < 0.8).concat([fillerSentence(event)]);
      } else {
        sentences = sample(event.facts, int(6, event.facts.length)).map(renderFact);
        for (let f = int(4, 10); f > 0; f--) sentences.splice(int(0, sentences.length), 0, fillerSentence(event));
        if (outside !== undefined && random() < 0.7) {
          sentences[0] = sentences[0]!.replace(/\.$/, `, ${outside} reports, citing two officials.`);
          sentences.push(`${renderFact(pick(event.facts)).replace(/\.$/, '')}, the publication writes.`);
        }
      }
      const body = paragraphs(sentences)
        .map((p, i) => (i === 3 && random() < 0.3 ? `## ${pick(event.topic)} ${pick(NOUNS)}\n\n${p}` : p))
        .map((p) => (random() < 0.1 ? p.replace(/ (\w+) /, ' **$1** ') : p))
        .join('\n\n');
      const id = `a${String(articles.length).padStart(6, '0')}`;
      articles.push({
        id,
        headline: `${pick(event.people)} ${pick(VERBS)} ${pick(event.topic)} ${pick(NOUNS)}`,
        outlet: outlet.id,
        outletName: outlet.name,
        published: date,
        publishedInferred: false,
        body,
        url: `https://example.org/${id}`,
      });
      written.push(sentences);
      eventOf.set(id, events);
    }
    events++;
  }
  return { articles, eventOf, events };
}
