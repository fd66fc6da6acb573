/**
 * A reported attribution's source as written (`speakerName` when no person or
 * organization stands behind it) must read as a noun phrase. Some readers cut
 * their subject from the words before a cue and can leave a fragment: a phrase
 * opening on a preposition ("of his Mexican heritage"), on a relative or
 * question word ("whose attorneys", "whether they"), or cut mid-phrase ("a
 * series of photos from his most recent", "some of the"). This gives the
 * phrase as a noun phrase, or null when it is none: a leading "or"/"and"
 * before a noun phrase is dropped ("or DFA" → "DFA"), so is a list item's marker ("- The mayor"), an opening adverbial
 * ending on a comma is dropped ("In separate interviews, three employees"),
 * and anything else of those shapes is no source text.
 */

/** Prepositions a noun phrase never opens on (approximate quantities, "about half", are kept below). */
const PREPOSITION = 'of|to|in|on|for|from|with|by|at|into|onto|over|under|after|before|than|during|since|until|through|toward|towards|upon|among|against|without|within|amid|via|per|like|as|about|around';
/** "about half", "at least 4 in 10", "as many as 40 percent", "over two-thirds": a quantity, a noun phrase. */
const QUANTITY_RE = /^(?:about|around|at\s+least|at\s+most|as\s+(?:many|few|much)\s+as|up\s+to|over|under|nearly|almost|roughly|more\s+than|fewer\s+than|less\s+than)\s+(?:\d|a\s+(?:third|quarter|fifth|half|majority|dozen|few)\b|(?:half|some|most|many|several|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b)/i;
const OPENS_ON_PREPOSITION_RE = new RegExp(`^(?:${PREPOSITION})(?![\\p{L}-])`, 'iu');
/** An opening adverbial ended by a comma ("In a statement, ", "At the same time, "). */
const OPENING_ADVERBIAL_RE = new RegExp(`^(?:${PREPOSITION})(?![\\p{L}-])[^,]{0,80},\\s+`, 'iu');
/** A list item's marker before the phrase ("- The mayor said …", "• Officials say …"). */
const LIST_MARKER_RE = /^[-–—•·▪*]\s+/u;
/** A coordinator left before the phrase. */
const CONJUNCTION_RE = /^(?:or|and|but|nor)\b\s*/i;
/** Relative and question words opening a clause whose subject follows ("whom many progressives", "what economists", "that's how many experts"): the subject is kept. */
const OBJECT_OPENER_RE = /^(?:whom|what|which|how|why|that['’]s\s+(?:how|why|what))\s+/i;
/** Words opening a clause, not a noun phrase ("whose attorneys", "who in two opinions", "whether they"). */
const CLAUSE_OPENER_RE = /^(?:whose|who|whom|which|what|whether|where|when|while|why|how|because|if|though|although)(?![\p{L}-])|^that['’]s$/iu;
/** A preposition the phrase was cut after, with its article or possessive ("attorneys for the", "a member of the"): dropped, the noun before it heads the phrase. */
const CUT_PREPOSITION_RE = new RegExp(`\\s+(?:${PREPOSITION})(?:\\s+(?:the|a|an|his|her|their|its|our|my|your|this|these|those))?$`, 'i');
/** Words a noun phrase does not end on: a preposition, an article, a coordinator or "whose" left by a cut. */
const DANGLING_END_RE = new RegExp(`\\s(?:${PREPOSITION}|the|a|an|and|or|but|whose|every|each|some|any|no)$`, 'i');
/** A possessive or prenominal adjective with its noun cut off ("some of his", "his most recent", "her new"). */
const CUT_MODIFIER_RE = /(?:^|\s)(?:my|your|his|its|our|their|recent|new|latest|former|current|possible|potential|last)$/i;
/** Possessive pronouns that stand alone as the source of a nominal cue ("his claims", "its decision"). */
const LONE_POSSESSIVE_RE = /^(?:my|your|his|its|our|their)$/i;

/** The source text as a noun phrase, or null when it is a fragment. */
export function nounPhraseSource(sourceText: string | null): string | null {
  if (sourceText === null) return null;
  let s = sourceText.trim().replace(LIST_MARKER_RE, '');
  const conjunction = CONJUNCTION_RE.exec(s);
  if (conjunction) s = s.slice(conjunction[0].length);
  if (OPENS_ON_PREPOSITION_RE.test(s) && !QUANTITY_RE.test(s)) {
    // "In a statement, officials" keeps "officials"; "of GOP primary voters" (cut after "supporters") keeps its noun phrase.
    const adverbial = OPENING_ADVERBIAL_RE.exec(s);
    s = adverbial ? s.slice(adverbial[0].length) : s.replace(OPENS_ON_PREPOSITION_RE, '').trimStart();
    if (OPENS_ON_PREPOSITION_RE.test(s) && !QUANTITY_RE.test(s)) return null;
  }
  const object = OBJECT_OPENER_RE.exec(s);
  if (object) s = s.slice(object[0].length);
  s = s.replace(CUT_PREPOSITION_RE, '');
  // A bare article left once a preposition went ("from the"); a lone "A" as written is an interview label and stays.
  if (s !== sourceText.trim() && /^(?:the|a|an)$/i.test(s)) return null;
  if (s === '' || CLAUSE_OPENER_RE.test(s) || DANGLING_END_RE.test(s)) return null;
  if (CUT_MODIFIER_RE.test(s) && !LONE_POSSESSIVE_RE.test(s)) return null;
  return s === sourceText ? sourceText : s;
}
