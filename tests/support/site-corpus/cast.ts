/**
 * Who and where the generated news is about: outlets, and a registry of people, places and
 * organizations with the spellings outlets use. Names are pseudo-words made of syllables, so
 * they never collide with English words or with each other.
 */
import { SYLLABLES } from '../synthetic.ts';
import type { Random } from './random.ts';

/** A generated outlet (a file in `outlets/`). */
export interface GeneratedOutlet {
  id: string;
  name: string;
  homepage: string;
  country?: string;
  description: string;
}

/** A generated person, place or organization (a file in `entities/`). */
export interface GeneratedEntity {
  id: string;
  kind: 'person' | 'place' | 'organization';
  name: string;
  /** How articles write it on later mentions: a family name, a short form. */
  short: string;
  /** Another spelling some outlets use (a transliteration), if any. */
  variant?: string;
  description: string;
  country?: string;
}

const OUTLET_WORDS = [
  'Herald',
  'Courier',
  'Bulletin',
  'Ledger',
  'Dispatch',
  'Times',
  'News',
  'Post',
  'Gazette',
  'Observer',
  'Tribune',
  'Daily',
];
/** Real ISO 3166 codes, so pages can name the country. */
const COUNTRIES = ['US', 'GB', 'UA', 'PL', 'DE', 'FR', 'IT', 'ES', 'CA', 'AU', 'IN', 'JP', 'BR', 'ZA', 'NG', 'KE', 'SE', 'NL', 'TR', 'MX'];
const ROLES = [
  'Minister of Energy',
  'Foreign Minister',
  'Prime Minister',
  'Mayor',
  'Defence Minister',
  'Central bank governor',
  'Opposition leader',
  'Trade envoy',
  'Chief negotiator',
  'Health Minister',
  'Spokesperson of the government',
  'Union leader',
];
const ORGANIZATION_FORMS = ['{} Council', 'Ministry of {}', '{} Commission', '{} Party', '{} Workers Union', '{} Authority'];

/** Unique capitalised pseudo-words. */
export class NameMaker {
  private readonly used = new Set<string>();
  private readonly random: Random;

  constructor(random: Random) {
    this.random = random;
  }

  /** A new name of 2–3 syllables, e.g. "Vikmaro". */
  word(): string {
    for (;;) {
      const word = Array.from({ length: this.random.int(2, 3) }, () => this.random.pick(SYLLABLES)).join('');
      const name = word[0]!.toUpperCase() + word.slice(1);
      if (name.length >= 4 && !this.used.has(name)) {
        this.used.add(name);
        return name;
      }
    }
  }
}

/** A lower-case URL slug of a name. */
export function slugOf(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** A transliteration-like respelling: "Vikmar" → "Vikmarr", "Sulya" → "Sulia". */
function respell(name: string): string {
  if (/y/.test(name)) return name.replace(/y/, 'i');
  if (/k/.test(name)) return name.replace(/k/, 'kh');
  return `${name}${name.at(-1)}`;
}

/** `count` outlets; a few publish much more than the rest (see `pickCommon`). */
export function makeOutlets(random: Random, names: NameMaker, count: number): GeneratedOutlet[] {
  return Array.from({ length: count }, () => {
    const name = `${names.word()} ${random.pick(OUTLET_WORDS)}`;
    const id = slugOf(name);
    const outlet: GeneratedOutlet = {
      id,
      name,
      homepage: `https://www.${id}.example/`,
      description: `A generated ${random.pick(['daily', 'news site', 'weekly', 'news agency', 'broadcaster'])} for benchmarks and tests.`,
    };
    if (random.chance(0.8)) outlet.country = random.pick(COUNTRIES);
    return outlet;
  });
}

/** The entity registry: people, places and organizations, in that order. */
export function makeEntities(
  random: Random,
  names: NameMaker,
  counts: { people: number; places: number; organizations: number },
): GeneratedEntity[] {
  const people = Array.from({ length: counts.people }, (): GeneratedEntity => {
    const family = names.word();
    const name = `${names.word()} ${family}`;
    const person: GeneratedEntity = {
      id: slugOf(name),
      kind: 'person',
      name,
      short: family,
      description: `${random.pick(ROLES)} (generated).`,
    };
    if (random.chance(0.2)) person.variant = respell(family);
    return person;
  });
  const places = Array.from({ length: counts.places }, (): GeneratedEntity => {
    const name = names.word();
    return { id: slugOf(name), kind: 'place', name, short: name, description: 'A city (generated).', country: random.pick(COUNTRIES) };
  });
  const organizations = Array.from({ length: counts.organizations }, (): GeneratedEntity => {
    const core = names.word();
    const name = random.pick(ORGANIZATION_FORMS).replace('{}', core);
    return { id: slugOf(name), kind: 'organization', name, short: name, description: 'An organization (generated).' };
  });
  return [...people, ...places, ...organizations];
}

/** The aliases an entity file lists: every spelling an article may use. */
export function aliasesOf(entity: GeneratedEntity): string[] {
  const aliases = [entity.name];
  if (entity.short !== entity.name) aliases.push(entity.short);
  if (entity.variant !== undefined) aliases.push(entity.name.replace(entity.short, entity.variant), entity.variant);
  return aliases;
}
