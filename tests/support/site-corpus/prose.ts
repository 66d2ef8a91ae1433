/**
 * News prose for one story: the facts, statements and plans of an event, and articles that
 * report them. Articles of a story share facts (claims), quote the same statements in
 * slightly different wordings (as translations do), date things relative to their own
 * publication day ("on Monday", "December 2", "next week"), and sometimes retell another
 * article, quoting it and crediting its outlet ("…, the Vikmar Herald reports").
 */
import { ADJECTIVES, NOUNS, OUTSIDE_OUTLETS, PHRASES, VERBS } from '../synthetic.ts';
import type { GeneratedEntity } from './cast.ts';
import type { Random } from './random.ts';

const DAY_MS = 86_400_000;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Words a second outlet may swap in a quotation, as a different translation of it would. */
const REWORDINGS: Record<string, string> = {
  significant: 'important',
  progress: 'headway',
  serious: 'real',
  believe: 'think',
  must: 'should',
  difficult: 'hard',
  together: 'jointly',
  quickly: 'soon',
};
const STATEMENT_OPENERS = [
  'We made significant progress on',
  'We must do everything possible to protect',
  'I believe the',
  'We will not accept any',
  'Our position on the',
  'It was difficult but we agreed on',
];
const STATEMENT_ENDINGS = [
  'and we will continue working together',
  'and that is a serious step',
  'because people deserve answers quickly',
  'and we must keep the pressure on',
  'as we believe it is the right thing',
];
const ANONYMOUS = ['one official', 'a senior diplomat', 'two people familiar with the talks', 'a government source'];

/** A fact of the event: one claim that articles restate. */
interface Fact {
  who: GeneratedEntity;
  verb: string;
  words: [string, string, string, string];
  place?: GeneratedEntity;
  number?: number;
}

/** Something a person said, quoted by several articles. */
interface Statement {
  speaker: GeneratedEntity | string;
  text: string;
}

/** What a story is about. */
export interface StoryEvent {
  /** Day of the event, in days since 1970-01-01 (UTC). */
  day: number;
  people: GeneratedEntity[];
  places: GeneratedEntity[];
  organization?: GeneratedEntity;
  topic: string[];
  facts: Fact[];
  statements: Statement[];
}

/** An article's text before it becomes a file. */
export interface WrittenArticle {
  headline: string;
  paragraphs: string[];
  /** An outside outlet the article credits for its account, when it does. */
  retellsOutside?: string;
}

/** How long an article is: a feed item (one line) up to a long read of 1,500 words. */
export type ArticleLength = 'feed' | 'brief' | 'standard' | 'long';

const WORD_TARGETS: Record<ArticleLength, [number, number]> = { feed: [0, 0], brief: [60, 200], standard: [250, 700], long: [800, 1500] };

/** The event behind a story: a cast from the registry, a topic, facts and statements. */
export function makeEvent(
  random: Random,
  day: number,
  registry: { people: GeneratedEntity[]; places: GeneratedEntity[]; organizations: GeneratedEntity[] },
  terms: readonly string[],
): StoryEvent {
  const people = [random.pickCommon(registry.people), ...random.sample(registry.people, random.int(1, 3))];
  const places = [random.pickCommon(registry.places), ...random.sample(registry.places, random.int(0, 1))];
  const topic = [...Array.from({ length: 3 }, () => random.pickCommon(NOUNS)), ...random.sample(terms, 3)];
  const facts = Array.from({ length: random.int(10, 18) }, (): Fact => {
    const fact: Fact = {
      who: random.pick(people),
      verb: random.pick(VERBS),
      words: [random.pick(topic), random.pickCommon(ADJECTIVES), random.pick(NOUNS), random.pick(topic)],
    };
    if (random.chance(0.5)) fact.place = random.pick(places);
    if (random.chance(0.35)) fact.number = random.int(2, 500);
    return fact;
  });
  const statements = Array.from({ length: random.int(2, 5) }, (): Statement => {
    const words = Array.from({ length: random.int(5, 10) }, () => (random.chance(0.3) ? random.pick(topic) : random.pickCommon(NOUNS)));
    const text = `${random.pick(STATEMENT_OPENERS)} ${words.join(' ')} ${random.pick(STATEMENT_ENDINGS)}`;
    return { speaker: random.chance(0.8) ? random.pick(people) : random.pick(ANONYMOUS), text };
  });
  const event: StoryEvent = { day, people, places, topic, facts, statements };
  if (random.chance(0.5)) event.organization = random.pick(registry.organizations);
  return event;
}

/** `YYYY-MM-DD` of a day number. */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function sentenceCase(text: string): string {
  return `${text[0]!.toUpperCase()}${text.slice(1)}`;
}

/** Writes articles about one event; `mentioned` tracks names already given in full. */
export class ArticleWriter {
  private mentioned = new Set<string>();
  private readonly random: Random;
  private readonly event: StoryEvent;

  constructor(random: Random, event: StoryEvent) {
    this.random = random;
    this.event = event;
  }

  /** A name as an article writes it: in full the first time, then the short form (or its variant spelling). */
  private name(entity: GeneratedEntity, variant: boolean): string {
    const first = !this.mentioned.has(entity.id);
    this.mentioned.add(entity.id);
    const short = variant && entity.variant !== undefined ? entity.variant : entity.short;
    return first ? entity.name.replace(entity.short, short) : short;
  }

  private fact(fact: Fact, variant: boolean): string {
    const [a, b, c, d] = fact.words;
    const who = this.name(fact.who, variant);
    const parts = this.random.chance(0.5)
      ? [who, fact.verb, 'the', b, a, 'and', c, 'of the', d]
      : ['The', b, a, 'was', fact.verb, 'by', who, 'with the', d, 'and', c];
    if (fact.number !== undefined) parts.push('worth', String(fact.number), this.random.pick(['million', 'tons', 'people', 'units']));
    if (fact.place !== undefined) parts.push('in', this.name(fact.place, variant));
    if (this.random.chance(0.3)) parts.push(this.random.pick(PHRASES));
    return `${sentenceCase(parts.join(' '))}.`;
  }

  private quote(statement: Statement, variant: boolean, reword: boolean): string {
    const text = reword ? statement.text.replace(/\b\w+\b/g, (word) => REWORDINGS[word] ?? word) : statement.text;
    const speaker = typeof statement.speaker === 'string' ? statement.speaker : this.name(statement.speaker, variant);
    if (typeof statement.speaker === 'string') return `"${text}," ${speaker} told ${this.random.pick(OUTSIDE_OUTLETS)}.`;
    return this.random.chance(0.6) ? `"${text}," ${speaker} said.` : `${speaker} said: "${text}."`;
  }

  /** A dated plan or a past day, worded relative to the publication day. */
  private dated(published: number, variant: boolean): string {
    const who = this.name(this.random.pick(this.event.people), variant);
    const where = this.name(this.random.pick(this.event.places), variant);
    const ahead = published + this.random.int(1, 5);
    const date = new Date(ahead * DAY_MS);
    const when = this.random.pick([
      `on ${WEEKDAYS[date.getUTCDay()]}`,
      `on ${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}`,
      'next week',
    ]);
    if (this.random.chance(0.5) && published - this.event.day <= 5 && published > this.event.day) {
      return `The ${this.random.pick(this.event.topic)} talks took place on ${WEEKDAYS[new Date(this.event.day * DAY_MS).getUTCDay()]} in ${where}.`;
    }
    return `${who} is expected to travel to ${where} ${when} to discuss the ${this.random.pick(this.event.topic)} ${this.random.pick(NOUNS)}.`;
  }

  private filler(): string {
    const words = Array.from({ length: this.random.int(8, 16) }, () =>
      this.random.chance(0.15) ? this.random.pick(this.event.topic) : this.random.pickCommon(this.random.chance(0.6) ? NOUNS : ADJECTIVES),
    );
    return `${this.event.people[0]!.short} ${this.random.pick(VERBS)} that ${words.join(' ')} ${this.random.pick(PHRASES)}.`;
  }

  /** A headline-length line: the headline of a feed item, or its whole body. */
  headline(): string {
    const who = this.random.pick(this.event.people).short;
    const where = this.random.chance(0.5) ? ` in ${this.random.pick(this.event.places).short}` : '';
    return sentenceCase(
      `${who} ${this.random.pick(VERBS)} ${this.random.pickCommon(ADJECTIVES)} ${this.random.pick(this.event.topic)} ${this.random.pick(NOUNS)}${where}`,
    );
  }

  /** An original report. */
  write(published: number, length: ArticleLength): WrittenArticle {
    this.mentioned = new Set();
    const variant = this.random.chance(0.3);
    const headline = this.headline();
    if (length === 'feed') return { headline, paragraphs: [`${this.headline()}.`] };
    const [low, high] = WORD_TARGETS[length];
    const target = this.random.int(low, high);
    const facts = this.random.sample(this.event.facts, this.random.int(4, this.event.facts.length));
    const sentences: string[] = [this.fact(facts[0]!, variant)];
    let words = sentences[0]!.split(' ').length;
    let next = 1;
    const reword = this.random.chance(0.5);
    const statements = this.random.sample(this.event.statements, this.random.int(1, this.event.statements.length));
    let dated = this.random.int(1, 4);
    while (words < target) {
      const roll = this.random.next();
      let sentence: string;
      if (roll < 0.45 && next < facts.length) sentence = this.fact(facts[next++]!, variant);
      else if (roll >= 0.45 && roll < 0.6 && statements.length > 0) sentence = this.quote(statements.pop()!, variant, reword);
      else if (roll >= 0.6 && roll < 0.7 && dated-- > 0) sentence = this.dated(published, variant);
      else sentence = this.filler();
      sentences.push(sentence);
      words += sentence.split(' ').length;
    }
    const written: WrittenArticle = { headline, paragraphs: this.paragraphs(sentences) };
    if (this.random.chance(0.15)) {
      const outside = this.random.pick(OUTSIDE_OUTLETS);
      written.paragraphs[0] = written.paragraphs[0]!.replace(/\.$/, `, ${outside} reports, citing two officials.`);
      written.retellsOutside = outside;
    }
    return written;
  }

  /** A retelling of `original` (an article of another outlet): quotes most of it and credits the outlet. */
  retell(original: WrittenArticle, outletName: string): WrittenArticle {
    const [first, ...rest] = original.paragraphs;
    const paragraphs = [`${first!.replace(/\.$/, '')}, ${outletName} reports.`];
    for (const paragraph of rest) {
      if (paragraph.startsWith('## ') || paragraph.includes('"') || !this.random.chance(0.75)) continue;
      paragraphs.push(this.random.chance(0.5) ? `"${paragraph.replace(/\.$/, '')}," the publication writes.` : paragraph);
    }
    paragraphs.push(this.filler());
    return { headline: `${original.headline} — ${outletName}`, paragraphs };
  }

  private paragraphs(sentences: readonly string[]): string[] {
    const out: string[] = [];
    for (let i = 0; i < sentences.length;) {
      const size = this.random.int(1, 3);
      let paragraph = sentences.slice(i, i + size).join(' ');
      if (this.random.chance(0.05)) paragraph = paragraph.replace(/ (\w{5,}) /, ' **$1** ');
      if (out.length > 0 && out.length % 8 === 0 && this.random.chance(0.6))
        out.push(`## ${sentenceCase(this.random.pick(this.event.topic))} ${this.random.pick(NOUNS)}`);
      out.push(paragraph);
      i += size;
    }
    return out;
  }
}
