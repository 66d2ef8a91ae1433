/**
 * Public types of the analysis.
 */
import type { EventGroup } from '../events/types.ts';
import type { QuoteGroup } from '../quotes/types.ts';

/** Editorial data for a story, keyed by story slug. */
export interface StoryEditorial {
  slug: string;
  headline: string;
  summary?: string;
}

/** Where a sentence is: article, paragraph (headings not counted), sentence in paragraph. */
export interface SentenceRef {
  articleId: string;
  /** 0-based index among the article's body paragraphs, in document order. */
  paragraph: number;
  /** 0-based index of the sentence within its paragraph. */
  sentence: number;
  text: string;
}

/** Sentences from different articles that state the same thing. */
export interface Claim {
  /** Stable within a story: `<articleId>#<paragraph>.<sentence>` of the representative. */
  id: string;
  /**
   * The claim as a reader reads it on its own: the sentences of the earliest article carrying
   * it, a quotation whole with balanced marks, a pronoun subject named where the text makes
   * it clear ("[Rubio] stressed that…").
   */
  text: string;
  /** The sentence before the claim, when the claim opens with a pronoun the text does not name. */
  context?: string;
  /**
   * The sentences carrying the claim, in the story's article order, then reading order: one
   * per article, or several when one quotation, statement or event spans them.
   */
  sentences: SentenceRef[];
  /** Articles carrying the claim (each once), in the story's article order. */
  articleIds: string[];
  /** How many independent reports carry the claim. */
  reports: number;
}

/** Why articles were grouped into one report. */
export type ReportBasis = 'attribution' | 'metadata' | 'overlap';

/**
 * One independent report: an article of its own, or articles that retell the same original
 * (by attribution to the same outlet, or by heavy text overlap).
 */
export interface Report {
  /** Outlet the report comes from: the credited outlet ("Axios"), else the article's own. */
  origin: string;
  /** Articles in the report, in the story's article order. */
  articleIds: string[];
  /** Plain-language reason a reader can check against the texts. */
  reason: string;
  /** Evidence used; empty for an article that is its own report. */
  basis: ReportBasis[];
}

/** An article as listed in a story. */
export interface StoryArticle {
  id: string;
  /** Outlet id. */
  outlet: string;
  outletName: string;
  published: string;
  /** Index of the article's report in `Story.reports`. */
  report: number;
}

/** Articles about the same event. */
export interface Story {
  /** Stable id: the editor pin if any, else the id of the lead article. */
  id: string;
  /** URL slug; equal to `id`. */
  slug: string;
  /** Editorial headline if provided, else the lead article's headline. */
  headline: string;
  headlineIsEditorial: boolean;
  summary?: string;
  /** Article ids in publication order (ties by id). */
  articleIds: string[];
  /** The earliest article (ties by id). */
  leadArticleId: string;
  /** `published` of the first and the last article. */
  start: string;
  end: string;
  /** Distinct outlet ids in order of first appearance. */
  outlets: string[];
  /** Articles with outlet and report, in publication order. */
  articles: StoryArticle[];
  /** Independent reports, ordered by their earliest article. */
  reports: Report[];
  /** Claims, ordered by where their representative sentence appears (article order, then text order). */
  claims: Claim[];
  /** Statements quoted in the story, aligned with the claims; empty when the analysis had no facts. */
  quotes: QuoteGroup[];
  /** Dated events of the story, aligned with the claims, sorted by date; empty without facts. */
  events: EventGroup[];
}

/** The analysis of a whole corpus. */
export interface CorpusAnalysis {
  /** Stories, newest activity (last publication) first; ties by id. */
  stories: Story[];
  /** Story id of every article. */
  storyOfArticle: Record<string, string>;
}
