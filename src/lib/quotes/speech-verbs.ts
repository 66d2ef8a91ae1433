/*
 * Verbs that attribute a quotation. Lower case only: a capitalised "State" is
 * part of a title ("Secretary of State"), not a verb. Base forms that double as
 * common nouns ("report", "note", "call", "post") are left out on purpose.
 */
const SPEECH_VERBS = [
  'say', 'says', 'said', 'saying',
  'tell', 'tells', 'told', 'telling',
  'add', 'adds', 'added', 'adding',
  'write', 'writes', 'wrote', 'writing',
  'states', 'stated', 'notes', 'noted', 'noting',
  'stress', 'stresses', 'stressed', 'stressing',
  'emphasize', 'emphasizes', 'emphasized', 'emphasizing', 'emphasise', 'emphasises', 'emphasised', 'emphasising',
  'highlights', 'highlighted', 'highlighting',
  'describe', 'describes', 'described', 'describing',
  'calls', 'called', 'calling',
  'explain', 'explains', 'explained', 'declares', 'declared', 'announces', 'announced',
  'insist', 'insists', 'insisted', 'warn', 'warns', 'warned', 'argue', 'argues', 'argued',
  'claims', 'claimed', 'confirms', 'confirmed', 'comments', 'commented', 'remarks', 'remarked',
  'replies', 'replied', 'responds', 'responded', 'asks', 'asked', 'posts', 'posted', 'tweets', 'tweeted',
  'reports', 'reported', 'continues', 'continued', 'acknowledges', 'acknowledged', 'admits', 'admitted',
  'recalls', 'recalled', 'promises', 'promised', 'vowed', 'urges', 'urged', 'asserts', 'asserted',
  'observes', 'observed', 'concludes', 'concluded', 'quipped', 'joked',
];

/** Verbs with which a quotation is an outlet's prose, not someone's statement. */
const REPORTING_VERBS = new Set(['reports', 'reported', 'writes', 'wrote', 'writing']);

/** Global regex over every speech verb as a whole word. */
export function speechVerbPattern(): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${SPEECH_VERBS.join('|')})(?![\\p{L}\\p{N}'’-])`, 'gu');
}

/** True for verbs an outlet uses to cite another outlet ("Axios reports"). */
export function isReportingVerb(verb: string): boolean {
  return REPORTING_VERBS.has(verb);
}
