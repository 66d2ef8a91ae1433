/**
 * Word lists for tokenization: stop words, titles (capitalized but not names), number words,
 * name aliases and nationality adjectives. Every analysis reads these through the tokenizer
 * (tokens.ts); there is no other list.
 */

/**
 * Words that say nothing about what a sentence is about, in three parts so each can be checked
 * against its source:
 * - NLTK's English list (nltk_data `corpora/stopwords/english`, as in Bird, Klein & Loper,
 *   "Natural Language Processing with Python"), less the contraction fragments our tokenizer
 *   never produces ("d", "ll", "m", "o", "re", "ve", "y", "ain", "ma", "mightn", "needn": it
 *   drops an apostrophe ending with its word) and less "now", which dates a statement;
 * - what the Snowball English list (snowball.tartarus.org/algorithms/english/stop.txt) adds to
 *   it: "cannot", "could", "let", "ought", "would";
 * - news words: reporting verbs and hedges that nearly every sentence of a news text carries
 *   ("said", "according", "reportedly"), modals, and "us" (as a pronoun; "US" the country is
 *   an acronym and never reaches this list).
 */
export const STOPWORDS = new Set(
  [
    // NLTK English, as the tokenizer sees it.
    'a about above after again against all am an and any are aren as at be because been before being below ' +
      'between both but by can couldn did didn do does doesn doing don down during each few for from further ' +
      'had hadn has hasn have haven having he her here hers herself him himself his how i if in into is isn it ' +
      'its itself just me more most mustn my myself no nor not of off on once only or other our ours ourselves ' +
      'out over own same shan she should shouldn so some such than that the their theirs them themselves then ' +
      'there these they this those through to too under until up very was wasn we were weren what when where ' +
      'which while who whom why will with won wouldn you your yours yourself yourselves s t',
    // Snowball English, beyond NLTK.
    'cannot could let ought would',
    // News.
    'also said says say saying told tell according reportedly may might must shall per via upon us however ' +
      'yet still already even much many',
  ]
    .join(' ')
    .split(' '),
);

/** Capitalized words that are titles or roles, not names: "President", "Secretary". */
export const TITLE_WORDS = new Set(
  (
    'president presidents secretary minister ministers prime general gen chief deputy head special envoy ' +
    'senator sen governor gov mr mrs ms miss dr sir dame lord king queen prince princess pope director ' +
    'chairman chairwoman chair ambassador spokesman spokeswoman spokesperson colonel col lieutenant lt ' +
    'major maj captain capt sergeant sgt admiral adm commander mayor judge justice speaker leader former ' +
    'foreign defense defence interior vice acting national security adviser advisor official officials ' +
    'council representative rep professor prof commissioner chancellor premier sheikh emir crown'
  ).split(' '),
);

// prettier-ignore
export const NUMBER_WORDS: Record<string, string> = {
  zero: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8',
  nine: '9', ten: '10', eleven: '11', twelve: '12', thirteen: '13', fourteen: '14', fifteen: '15',
  sixteen: '16', seventeen: '17', eighteen: '18', nineteen: '19', twenty: '20', thirty: '30', forty: '40',
  fifty: '50', sixty: '60', seventy: '70', eighty: '80', ninety: '90', hundred: '100',
};

/** Name phrases (as name keys) with a common short form. */
export const NAME_ALIASES: Record<string, string> = {
  'united states': 'us',
  'united states of america': 'us',
  'united kingdom': 'uk',
  'european union': 'eu',
  'united nations': 'un',
};

/**
 * Nationality adjectives → country, so that "the American side" matches "the US side" and
 * "Russian control" matches "control by Russia".
 */
// prettier-ignore
export const DEMONYMS: Record<string, string> = {
  american: 'us', ukrainian: 'ukraine', russian: 'russia', british: 'uk', french: 'france',
  german: 'germany', chinese: 'china', japanese: 'japan', korean: 'korea', israeli: 'israel',
  palestinian: 'palestine', iranian: 'iran', iraqi: 'iraq', syrian: 'syria', turkish: 'turkey',
  polish: 'poland', italian: 'italy', spanish: 'spain', european: 'europe', belarusian: 'belarus',
  georgian: 'georgia', indian: 'india', canadian: 'canada', mexican: 'mexico', brazilian: 'brazil',
  egyptian: 'egypt', lebanese: 'lebanon', afghan: 'afghanistan', pakistani: 'pakistan',
  venezuelan: 'venezuela', cuban: 'cuba', moldovan: 'moldova', hungarian: 'hungary', romanian: 'romania',
  lithuanian: 'lithuania', latvian: 'latvia', estonian: 'estonia', finnish: 'finland', swedish: 'sweden',
  norwegian: 'norway', danish: 'denmark', dutch: 'netherlands', belgian: 'belgium', swiss: 'switzerland',
  austrian: 'austria', czech: 'czechia', slovak: 'slovakia', greek: 'greece', serbian: 'serbia',
  croatian: 'croatia', bulgarian: 'bulgaria', armenian: 'armenia', azerbaijani: 'azerbaijan',
  qatari: 'qatar', emirati: 'uae', yemeni: 'yemen', sudanese: 'sudan', nigerian: 'nigeria',
  australian: 'australia', saudi: 'saudi', taiwanese: 'taiwan', vietnamese: 'vietnam', thai: 'thailand',
  indonesian: 'indonesia', filipino: 'philippines', argentine: 'argentina', argentinian: 'argentina',
  chilean: 'chile', colombian: 'colombia', peruvian: 'peru', kazakh: 'kazakhstan', uzbek: 'uzbekistan',
  chechen: 'chechnya', crimean: 'crimea',
};
