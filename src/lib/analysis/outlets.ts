/**
 * Names of news outlets, for recognizing attributions such as "Axios reports".
 *
 * The directory holds widely cited outlets (below) plus every outlet of the corpus. Names are
 * matched case-sensitively as written (with single spaces: article text is whitespace-collapsed), so "Time" or "The Hill" inside ordinary prose does not
 * count unless capitalized, and only inside an attribution frame (see attribution.ts).
 */

/** Canonical name → other spellings. */
const WELL_KNOWN_OUTLETS: Record<string, string[]> = {
  Axios: [],
  Reuters: [],
  'Associated Press': ['AP', 'The Associated Press'],
  AFP: ['Agence France-Presse', 'France-Presse'],
  Bloomberg: ['Bloomberg News'],
  Politico: ['POLITICO'],
  CNN: [],
  BBC: ['BBC News'],
  'NBC News': ['NBC'],
  'CBS News': ['CBS'],
  'ABC News': ['ABC'],
  'Fox News': [],
  NPR: [],
  CNBC: [],
  'The New York Times': ['New York Times', 'NYT'],
  'The Washington Post': ['Washington Post'],
  'The Wall Street Journal': ['Wall Street Journal', 'WSJ'],
  'Financial Times': ['FT', 'The Financial Times'],
  'The Guardian': ['Guardian'],
  'The Economist': ['Economist'],
  'The Telegraph': ['Telegraph', 'The Daily Telegraph'],
  'The Times': [],
  'Sky News': [],
  'Al Jazeera': [],
  'Deutsche Welle': ['DW'],
  'Der Spiegel': ['Spiegel'],
  Bild: [],
  'Le Monde': [],
  'Kyiv Independent': ['The Kyiv Independent'],
  'Kyiv Post': ['The Kyiv Post'],
  'Ukrainska Pravda': [],
  Ukrinform: [],
  'Interfax-Ukraine': [],
  Interfax: [],
  TASS: [],
  'RIA Novosti': [],
  Kommersant: [],
  Meduza: [],
  'RBC-Ukraine': [],
  Suspilne: [],
  UNN: ['Ukrainian National News'],
  Semafor: [],
  'The Atlantic': [],
  Newsweek: [],
  'The Hill': [],
  'Radio Free Europe': ['RFE/RL', 'Radio Liberty', 'Radio Svoboda'],
  Euronews: [],
  Xinhua: [],
  Yonhap: [],
  Kyodo: [],
  Haaretz: [],
  'The Times of Israel': ['Times of Israel'],
  Anadolu: ['Anadolu Agency'],
  'El País': ['El Pais'],
  ANSA: [],
  'Corriere della Sera': [],
  'Die Zeit': [],
  'Frankfurter Allgemeine Zeitung': ['FAZ'],
  'Le Figaro': [],
  'The Independent': [],
  'Daily Mail': [],
  'The Sun': [],
  'Voice of America': ['VOA'],
  Wired: [],
  'The Information': [],
  'The Insider': [],
  'Business Insider': [],
  Fortune: [],
  Forbes: [],
  Vox: [],
  ProPublica: [],
};

/** Lower-case letters and digits only, without a leading "the": the comparison key of a name. */
export function outletKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** Known outlet names: recognizes mentions and maps every spelling to one display name. */
export class OutletDirectory {
  private readonly canonicalByKey = new Map<string, string>();
  /** Known spellings by their first word, longest first. */
  private readonly spellingsByFirstWord = new Map<string, string[]>();

  /** `corpusOutlets`: [outlet id, display name] pairs of the corpus, which take precedence. */
  constructor(corpusOutlets: ReadonlyArray<readonly [string, string]> = []) {
    const spellings = new Set<string>();
    for (const [id, name] of corpusOutlets) {
      this.register(name, name);
      this.register(id, name);
      spellings.add(name);
    }
    for (const [canonical, aliases] of Object.entries(WELL_KNOWN_OUTLETS)) {
      for (const spelling of [canonical, ...aliases]) {
        this.register(spelling, canonical);
        spellings.add(spelling);
      }
    }
    const sorted = [...spellings].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
    for (const spelling of sorted) {
      const firstWord = /^[\p{L}\p{N}]+/u.exec(spelling)?.[0];
      if (firstWord === undefined) continue;
      const list = this.spellingsByFirstWord.get(firstWord);
      if (list === undefined) this.spellingsByFirstWord.set(firstWord, [spelling]);
      else list.push(spelling);
    }
  }

  /**
   * The longest known spelling that starts at `start` in `text` (case-sensitive, whole
   * words, whitespace collapsed), if any.
   */
  spellingAt(text: string, start: number): string | undefined {
    const firstWord = /^[\p{L}\p{N}]+/u.exec(text.slice(start, start + 40))?.[0];
    if (firstWord === undefined) return undefined;
    for (const spelling of this.spellingsByFirstWord.get(firstWord) ?? []) {
      if (!text.startsWith(spelling, start)) continue;
      const after = text[start + spelling.length];
      if (after === undefined || !/[\p{L}\p{N}]/u.test(after)) return spelling;
    }
    return undefined;
  }

  /** The display name for a spelling: a known one, else the spelling itself, trimmed. */
  canonical(name: string): string {
    return this.canonicalByKey.get(outletKey(name)) ?? name.trim().replace(/\s+/g, ' ');
  }

  private register(spelling: string, canonical: string): void {
    const key = outletKey(spelling);
    if (key !== '' && !this.canonicalByKey.has(key)) this.canonicalByKey.set(key, canonical);
  }
}
