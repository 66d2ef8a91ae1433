/**
 * Who said a quotation: a registry entity, or an unnamed source kept exactly
 * as the article describes it ("one Ukrainian official").
 */
export type Speaker = { kind: 'entity'; entityId: string } | { kind: 'anonymous'; description: string };

/** A direct quotation found in one article. */
export interface Quote {
  articleId: string;
  /**
   * The words quoted, without quotation marks. A quotation split by its
   * attribution (“A,” Rubio said. “B.”) is one quote: its parts are joined with
   * " … " and the comma that introduced the attribution is dropped.
   */
  text: string;
  /** The quoted parts exactly as written (without quotation marks). */
  parts: string[];
  speaker: Speaker;
  /** The attribution as written, e.g. "Umerov wrote on Telegram after the meetings". */
  attribution: string;
  /** Offsets in the text layer's `plainText`: first opening mark to last closing mark. */
  start: number;
  end: number;
}

/** One wording of a statement, and every article that printed exactly that wording. */
export interface QuoteVariant {
  text: string;
  articleIds: string[];
}

/** One statement as reported by one or more articles, possibly in different words. */
export interface QuoteGroup {
  /** Stable slug: speaker and opening words of the first variant. */
  id: string;
  /** The speaker as the first article to report the statement names them. */
  speaker: Speaker;
  /** Wordings in order of first appearance. */
  variants: QuoteVariant[];
  /** Every article reporting the statement, in order of first appearance. */
  articleIds: string[];
}
