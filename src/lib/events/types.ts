/** An inclusive range of calendar days, as `YYYY-MM-DD`; start = end for a single day. */
export interface DateRange {
  start: string;
  end: string;
}

/** How precise the text was: a day, an ISO week, a calendar month or a year. */
export type DatePrecision = 'day' | 'week' | 'month' | 'year';

/** Tense of the clause around a date expression, which decides how a weekday resolves. */
export type Tense = 'past' | 'future';

/** A dated event as one article tells it: one date expression in one sentence. */
export interface ArticleEvent {
  articleId: string;
  date: DateRange;
  precision: DatePrecision;
  /** The date expression as written: "on Monday", "December 2", "next week". */
  expression: string;
  /** The sentence that tells the event. */
  text: string;
  /**
   * The part of the sentence nearest this date: the whole sentence when it has
   * one date, else cut halfway between dates. Merging compares these.
   */
  context: string;
  /** Offsets of the expression in the text layer's `plainText`. */
  start: number;
  end: number;
  /** The tense the expression was read in. */
  tense: Tense;
  /**
   * True when the date was worked out from the publication date (weekday,
   * "next week", a date without a year) and that publication date is itself
   * inferred: the event's date is then inferred too.
   */
  inferred: boolean;
  /**
   * Entities named in the event's line (the clause about this date, attribution
   * dropped), sorted, when a registry was given. Countries are left out: nearly
   * every sentence of a story names them, so they say nothing about which event it is.
   */
  entityIds: string[];
  /**
   * The event as a short line from the sentence (see event-line.ts): the clause with the
   * date, without attribution, "…" where it was cut, a pronoun subject named ("[Rubio]").
   */
  line: string;
  /** People and organisations the line names, by entity id, in order of mention. */
  who: string[];
  /** Places the line names (countries only when it names no narrower place), by entity id. */
  where: string[];
}

/** One event as reported by one or more articles. */
export interface EventGroup {
  /** Stable id: the date (or range) and a counter among groups on that date. */
  id: string;
  date: DateRange;
  precision: DatePrecision;
  /** True only when every report's date is inferred. */
  inferred: boolean;
  /** The reports, in input order. */
  reports: ArticleEvent[];
  /** Articles citing the event, in order of first appearance. */
  articleIds: string[];
  /** Union of the reports' entities, sorted. */
  entityIds: string[];
}
