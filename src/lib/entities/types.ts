/** What an entity is; decides where it can appear (only people and organisations speak). */
export type EntityKind = 'person' | 'place' | 'organization';

/**
 * One named thing the site tracks across articles: a person, a place or an
 * organisation. Loaded from `content/entities/<id>.yaml`; the file name is the id.
 */
export interface Entity {
  /** The file slug, e.g. `volodymyr-zelensky`; also the URL slug of its page. */
  id: string;
  kind: EntityKind;
  /** Canonical display name, e.g. "Volodymyr Zelenskyy". */
  name: string;
  /** One line, true at the time of the stories it appears in (role, country). */
  description: string;
  /**
   * Every spelling outlets use: transliterations and short forms. Matched
   * case-sensitively as whole words; `name` is always matched too.
   */
  aliases: readonly string[];
  /** Wikidata item id (`Q…`), only where certain. */
  wikidata?: string;
  /**
   * Places only: ISO 3166-1 alpha-2 code of the country the place lies in.
   * Countries themselves have none, which is how code tells a country from a city.
   */
  country?: string;
}

/** One occurrence of an entity in a plain text. */
export interface Mention {
  entityId: string;
  /** UTF-16 offset of the first character of the name. */
  start: number;
  /** UTF-16 offset just past the name (a possessive ’s is not included). */
  end: number;
  /** The name exactly as written in the text. */
  text: string;
  /** True when the name is followed by a possessive (’s, 's, or a bare ’ after s). */
  possessive: boolean;
}
