/**
 * What reported speech reports: the content after a cue (past its object, a
 * time phrase and "that"), and the small range helpers the reported-speech
 * stage shares. Pure; no I/O; every scan is bounded by its sentence.
 */
import { CONJOINED_ADDRESSEES_RE } from './reported-addressees';
import { notOnlyButAt } from './reported-not-only';
import type { CueInfo } from '../lexicon';
import type { Range } from '../text';
import { COORDINATED_SPEECH_VERBS, NAMING_VERBS, SPEECH_VERBS } from '../lexicon';
import { TIME_PHRASE } from './patterns';
import infinitiveCues from '../lexicon/infinitive-clause-cues.json';
import nominalNouns from '../lexicon/nominal-cues.json';
import { words } from '../text';
import { NOT_MODIFIERS } from './reported-sources';
import { MAX_SUBJECT_COMMAS, leavesSubjectOnly } from './reported-extent';
import { closesWithTitle } from './reported-title-tails';

export interface Cue {
  at: number;
  end: number;
  word: string;
  /** The cue as written, auxiliaries included ("has said", "according to"). */
  phrase: string;
  phraseStart: number;
}

/** "told reporters", "told The Associated Press", "told CNN's Jake Tapper", "told him". */
const OBJECT_RE =
  /^\s+(?:him|her|them|us|me|you|reporters|journalists|pollsters|interviewers|investigators|supporters|the crowd|an audience|the audience|lawmakers|members|voters|colleagues|(?:the\s+)?[\p{Lu}][\p{L}.&’'-]*(?:\s+(?:of\s+|the\s+|and\s+)?[\p{Lu}][\p{L}.&’'-]*){0,5}(?:['’]s\s+[\p{Lu}][\p{L}.’'-]*(?:\s+[\p{Lu}][\p{L}.’'-]*){0,2})?|(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}(?:reporter|crowd|audience|rally|meeting|gathering|group|interviewer|newspaper|station|network|committee|panel))\b/u;
/**
 * After a clause cue without "that": no reported clause follows ("wrote when …", "responded by …", "said of …").
 * "about" before a number or share opens the clause's subject ("said about half of them left"), not a topic; so does
 * "at least"/"at most" ("reported at least six planes flew over").
 */
const NO_CLAUSE_RE =
  /^\s*(?:when|while|after|before|because|as|since|during|by|of|about(?!\s+(?:half|a\s+(?:third|quarter|fifth|dozen)|one|two|three|four|five|six|seven|eight|nine|ten|\d))|for|with|in|on|at(?!\s+(?:least|most)\b)|from|so|and|but|or|until|than)\b/i;
/**
 * After an object cue: an adverbial, not its complement ("spoke at a rally", "criticized in 2014"). Its complement
 * may start with "to", "for", "about", "of", "on", "against", "that", "if" or a noun phrase (one opening with "at least"
 * or "at most" too); a reflexive
 * ("found itself") or "pledged delegates" is no complement either.
 */
const NO_COMPLEMENT_RE = /^\s*(?:when|while|after|before|because|as|since|during|by|with|in|at(?!\s+(?:least|most)\b)|from|among|so|and|but|or|until|than|here|there|back|out|up|down|off|over|later|afterward|himself|herself|itself|themselves|delegates)\b/i;
/**
 * A reflexive that opens a self-description all the same: "described herself as a centrist" after any object cue,
 * "calls himself a socialist" after a naming verb (a word, not a preposition or a stop, after the reflexive).
 */
const REFLEXIVE_AS_RE = /^\s*(?:himself|herself|themselves|itself|myself|ourselves)\s+as\s+\S/i;
const REFLEXIVE_NAMED_RE =
  /^\s*(?:himself|herself|themselves|itself|myself|ourselves)\s+(?!(?:in|on|at|to|for|with|from|by|into|out|up|down|off|over|back|after|before|when|while|and|but|or|so|that|because|during|since|until)\b)[\p{L}\p{N}"“'‘-]/iu;

/** Whether what follows an object cue is a self-description the reflexive opens ("described herself as …"). */
function selfDescription(rest: string, cue: Cue): boolean {
  return REFLEXIVE_AS_RE.test(rest) || (NAMING_VERBS.has(cue.word.toLowerCase()) && REFLEXIVE_NAMED_RE.test(rest));
}

/**
 * "told the council they …": a short noun phrase object, then what opens a clause (a pronoun, a determiner, a name).
 * The word opening the clause is a whole word ("told his closest aides …" is not cut after "closest" before the "a" of
 * "aides"), and a subordinator is no last word of the object: "…, Holt told his aides as he left" reports the clause
 * before it.
 */
const PLAIN_OBJECT_RE =
  /^\s+(?:the|a|an|his|her|their|its|our|my|your)\s+(?:[\p{L}-]+\s+){0,4}?(?!(?:as|while|when|because|after|before|since|until|if|though|although|once|whenever|and|but|or)\s)[\p{L}-]+(?=\s+(?:(?:he|she|they|it|we|I|you|there|the|a|an|his|her|their|its|this|these|those|no|every)\s|\p{Lu}[\p{L}’'-]*\s+(?:is|was|are|were|has|had|have|will|would|could|should|can|may|might|must|did|does)\b))/u;

/** "told residents how …", "tells everyone why …": a short object no other pattern reads, then a question word opening the clause. */
const OBJECT_BEFORE_QUESTION_RE =
  /^\s+(?:(?:the|his|her|their|its|our|my|your|some|many|all)\s+)?(?:[\p{L}-]+\s+){0,2}?(?!(?:how|why|what|where|when|whether|that|and|but|or)\b)[\p{L}-]+(?=\s+(?:how|why|what|where|when|whether)\s)/u;

/** "told residents to stay home": a short object no other pattern reads, then an infinitive (an order or advice reported). */
const OBJECT_BEFORE_INFINITIVE_RE =
  /^\s+(?:(?:the|his|her|their|its|our|my|your|some|many|all|those|these)\s+)?(?:[\p{L}-]+\s+){0,2}?(?!(?:to|that|and|but|or|not)\b)[\p{L}-]+(?=\s+to\s+\p{Ll})/u;

/** "in Denver", "at the Hale Institute" right before what opens a clause (a pronoun, a determiner, "that"). */
const PLACE_BEFORE_CLAUSE_RE =
  /^\s+(?:in|at|on|from)\s+(?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.’'-]*){0,3}(?=,?\s+(?:he|she|they|it|we|I|you|there|the|a|an|his|her|their|its|this|these|that)\s)/u;

/** "so", "yes", "no", "the same" standing for a clause, then the end of the sentence or of its clause. */
const SO_RE = /^\s*(?:so|yes|no|the\s+same|the\s+opposite)(?=\s*(?:[.,;!?)]|$|\s(?:in|on|at|before|after|during|last|this|again|too|earlier|then)\b))/iu;

/**
 * A pro-form standing for a clause put before: "that" or "this" closing the sentence or its clause ("he said that.",
 * "she has said this before"), "as much" and "otherwise" anywhere a clause may end ("acknowledged as much in May",
 * "thinks otherwise, too"). "that" goes on to no clause of its own: "said that, if elected, …" is a complementizer.
 */
const PRO_FORM_RE = /^\s*(?:(?:that|this)(?=(?:\s+(?:too|again|before|either|repeatedly|publicly|often|earlier|then|now|himself|herself|themselves))?\s*(?:[.;!?)]|$))|(?:as\s+much|otherwise)(?=\s*(?:[.,;!?)—–]|$|\s(?:in|on|at|to|before|after|during|last|this|again|too|earlier|then|when|about|and|but)\b)))/iu;

/**
 * Up to a "that" a few plain words on (commas between them, no quotation or clause word): the words before it are no
 * content. A word may hold an opening apostrophe ("said in ‘08 that …").
 */
const UNTIL_THAT_RE = /^\s+(?:(?!(?:that|said|says|and|but|which|who)\b)[\p{L}\p{N}.‘’'-]+,?\s+){1,14}?(?=that\b)/iu;

/**
 * A short aside between commas, then "that" or a question word: no quotation or clause mark in it, and no verb group
 * ("said, could easily be undone by events, whether …" goes on with the clause the cue was set off inside).
 */
const ASIDE_BEFORE_CLAUSE_RE =
  /^\s*,\s*(?:(?!(?:is|was|are|were|be|been|has|have|had|will|would|could|can|may|might|should|must|did|does)\s)[^\s,;:"“”()]+\s+){0,6}[^\s,;:"“”()]+\s*,\s*(?=(?:that|whether|why|how)\s)/iu;
/**
 * "to" and the one spoken to (a pronoun, a determiner's phrase, a name; at most six words), then "that" opening a clause
 * with its subject ("respond to the law that bars …" has a relative "that" and is no address).
 */
const TO_ADDRESSEE_RE =
  /^\s+to\s+(?!the\s+(?:effect|point|extent|degree)\b)(?:me|him|her|us|them|you|reporters|supporters|members|friends|aides|donors|voters|lawmakers|(?:the|a|an|his|her|their|its|our|my|your)\s+[\p{L}’'-]+|\p{Lu}[\p{L}’'.-]*|\d+)(?:\s+(?!(?:that|which|who|and|but|to)\s)[^\s,;:"“”()]+){0,5}?\s+(?=that\s+(?:he|she|they|it|we|I|you|there|the|a|an|his|her|their|its|this|these|those|\p{Lu}))/u;
/** A relative clause set off by commas about where, when or to whom the cue spoke, then "that". */
const RELATIVE_ASIDE_RE = /^\s*,\s*(?:where|when|who)\s+[^,;:"“”()[\]—–]{2,80}?,\s*(?=that\s)/u;
/**
 * An aside set off by commas right after a cue, before a clause: no conjunction, relative word, participle or "according
 * to" opens it. The clause's first word may be contracted ("says, win or lose, he’s staying").
 */
const CUE_ASIDE_RE =
  /^\s*,\s*(?!(?:and|but|or|nor|who|which|whose|according|as|while|when|because|although|though|if|unless|since|after|before|so|then|than)\b)(?!\p{L}+ing\b)[^,;:"“”()[\]—–]{2,60}?,\s*(?=(?:that\s+)?[\p{L}\p{N}’']+\s+[\p{L}\p{N}’']+\s+[\p{L}\p{N}’']+)/iu;

/** Nouns that report or propose ("the proposal", "the claim"): before "that" they take the clause themselves. */
const REPORTING_NOUNS: ReadonlySet<string> = new Set(nominalNouns.map((w) => w.toLowerCase()));
/** The last word of a match, lower-cased. */
function lastWordOf(s: string): string {
  const all = words(s);
  return (all[all.length - 1] ?? '').toLowerCase();
}

/** The forms of "tell". */
const TELL_FORMS: ReadonlySet<string> = new Set(['tell', 'tells', 'told', 'telling']);
/** A story, tale or joke told, its determiner and up to three modifiers first, to the next comma, semicolon, dash or the end. */
const TALE_RE = /^\s+(?:(?:a|an|the|his|her|their|its|one|another|that|this|my|our|your|some|few)\s+)?(?:(?!(?:a|an|the|his|her|their|its|that|this|him|them|me|us|you|reporters|voters)\s)[\p{L}’'-]+\s+){0,3}?(?:story|stories|tale|tales|joke|jokes|anecdote|anecdotes)\b(?!\s+(?:is|was|are|were|has|had|will|would)\b)[^,;:—–"“”()]*/u;
/** Clause cues whose infinitive is what they report ("claims to be", "professed to know"). */
const INFINITIVE_CLAUSE_CUES: ReadonlySet<string> = new Set(infinitiveCues.forms);
/** "to" and a verb, not a noun phrase ("claim to fame", "claim to the seat"). */
const INFINITIVE_RE = /^\s+to\s+(?!(?:the|a|an|his|her|their|its|this|that|fame|power|office|victory)\b)\p{Ll}{2,}\b/u;

/** The content after a cue: past an object ("told reporters"), time phrases and "that", to the end of the sentence. */
export function contentAfter(text: string, cue: Cue, info: CueInfo, sentence: Range): Range | null {
  let at = cue.end;
  const skip = (re: RegExp): boolean => {
    const m = re.exec(text.slice(at, sentence.end));
    if (!m) return false;
    at += m[0].length;
    return true;
  };
  // "reply in writing to the proposal that Kerry has been promoting": a reporting noun before "that" takes the clause
  // as its own (a relative or complement clause), so what comes before it is no one spoken to.
  const skipAddressee = (): void => {
    const m = TO_ADDRESSEE_RE.exec(text.slice(at, sentence.end));
    if (m && !REPORTING_NOUNS.has(lastWordOf(m[0]))) at += m[0].length;
  };
  skip(TIME_PHRASE);
  // "says, however, that …", "said, twice, that …", "wondered, as I do, why …": an aside set off by commas before the clause.
  // "said on CNN, where she is now an analyst, that …": a relative aside about the occasion or addressee before "that".
  if (!skip(ASIDE_BEFORE_CLAUSE_RE)) skip(RELATIVE_ASIDE_RE);
  // "explained to reporters that …", "admitted to the newspaper that …": the one spoken to, before "that".
  // ("adds to the doubts that …" is no address: "that" opens a relative clause there).
  if (!/^add/i.test(cue.word)) skipAddressee();
  const objectAt = at;
  // "told a joke", "tells a much different story": the story told is the content, to the clause's end.
  const tale = TELL_FORMS.has(cue.word.toLowerCase()) ? TALE_RE.exec(text.slice(at, sentence.end)) : null;
  if (tale) return trimRange(text, { start: at, end: at + tale[0].length });
  if (info.object !== 'none') {
    // "told a packed hall in Denver that …": an object no pattern reads, closed by "that".
    if (
      // "told voters and reporters that …": two addressees, read before the first alone is taken for the object.
      !(info.object === 'required' && skip(CONJOINED_ADDRESSEES_RE)) &&
      !skip(OBJECT_RE) &&
      !skip(UNTIL_THAT_RE) &&
      !(info.object === 'required' && (skip(PLAIN_OBJECT_RE) || skip(OBJECT_BEFORE_QUESTION_RE) || skip(OBJECT_BEFORE_INFINITIVE_RE))) &&
      info.object === 'required'
    )
      return null;
    skip(TIME_PHRASE);
    // "told a gathering in Denver she will …": where the addressee was, before the reported clause opens.
    skip(PLACE_BEFORE_CLAUSE_RE);
  }
  // "said after a lunch on Tuesday that …": an adverbial no time phrase reads, closed by "that".
  if (NO_CLAUSE_RE.test(text.slice(at, sentence.end))) skip(UNTIL_THAT_RE);
  // "Reyes says, win or lose, she will stay", "believes, for example, that …": an aside right after a clause cue whose
  // sentence sets nothing off before it (else the cue itself may be the aside: "The vote, Reyes said, is off").
  if (info.frame === 'clause' && !/,/.test(text.slice(sentence.start, cue.phraseStart))) skip(CUE_ASIDE_RE);
  // "he said that.", "Holt acknowledged as much": a pro-form stands for a clause the sentence or the one before put.
  const proForm = PRO_FORM_RE.exec(text.slice(at, sentence.end));
  if (proForm) return trimRange(text, { start: at, end: at + proForm[0].length });
  const that = skip(/^\s*,?\s*that\b/i);
  if (!that) skip(/^\s*:/);
  const rest = text.slice(at, sentence.end);
  // "55 percent said so", "he has said so before", "most said yes": the word stands for a clause the sentence or the one before put.
  const so = info.frame === 'clause' && !that ? SO_RE.exec(rest) : null;
  if (so) return trimRange(text, { start: at, end: at + so[0].length });
  if (info.frame === 'clause') {
    // "told residents to stay home": after its addressee, an infinitive is what the cue's subject told them to do.
    if (info.object === 'required' && objectAt < at && /^\s+to\s+\p{Ll}/u.test(rest)) return clauseContent(text, { start: objectAt, end: sentence.end }, info);
    // "claims to be a Democrat": an infinitive is what these cues report (`lexicon/infinitive-clause-cues.json`).
    if (INFINITIVE_CLAUSE_CUES.has(cue.word.toLowerCase()) && INFINITIVE_RE.test(rest)) return clauseContent(text, { start: at, end: sentence.end }, info);
    // A clause cue reports a clause: "said to be" is hearsay of no one, "said of …" no clause.
    if (/^\s*to\b/i.test(rest)) return null;
    if (!that && NO_CLAUSE_RE.test(rest)) return null;
  } else if (!that && NO_COMPLEMENT_RE.test(rest) && !selfDescription(rest, cue)) return null;
  // "said that, if elected, she would …": after "that" a comma sets off an adverbial inside the content.
  if (/^\s*[,;.?!)]/.test(rest) && !/^\s*,\s*["“]/.test(rest) && !(that && /^\s*,\s*\S/.test(rest))) return null;
  return clauseContent(text, { start: at, end: sentence.end }, info);
}

/** From where the content starts to the sentence end, or to where the main clause goes on after it. */
function clauseContent(text: string, span: Range, info: CueInfo): Range | null {
  const range = trimRange(text, span);
  // The main clause goes on after an object's content: "endorsed her, citing …", "insists …, and has championed …".
  const body = text.slice(range.start, range.end);
  const main = (info.frame === 'object' ? OBJECT_CONTENT_END_RE : CLAUSE_CONTENT_END_RE).exec(body);
  // "supported eliminating caucuses, limiting …", "accused him of covering up, delaying, and withholding …": after a gerund a
  // participle set off by a comma is the next item of a list of gerunds, not a clause of the main one.
  if (main && main.index > 0 && !(info.frame === 'object' && gerundListAt(body, main.index)) && !notOnlyButAt(body, main.index) && !leavesSubjectOnly(text, range, range.start + main.index)) return trimRange(text, { start: range.start, end: range.start + main.index });
  const speech = info.frame === 'clause' ? coordinatedSpeechAt(body) : null;
  if (speech !== null) return trimRange(text, { start: range.start, end: range.start + speech });
  return range.end > range.start ? range : null;
}

/** A gerund opening the object or after a preposition ("of covering up"), then the comma of a list of gerunds. */
const GERUND_BEFORE_RE = /(?:^|\b(?:of|for|about|from|in|by|on|to|against)\s+)\p{Ll}{2,}ing\b(?:\s+(?:up|out|off|down|back))?[^,;:]{0,60}$/u;
/** The list's last item: "and"/"or" before another gerund. */
const GERUND_LAST_ITEM_RE = /^,\s+\p{Ll}{3,}ing\b[^;:.]{0,120}?(?:,\s*|\s)(?:and|or)\s+\p{Ll}{3,}ing\b/u;

/** Whether the participle set off at `at` is an item of a list of gerunds the object holds. */
function gerundListAt(body: string, at: number): boolean {
  return GERUND_LAST_ITEM_RE.test(body.slice(at, at + 200)) && GERUND_BEFORE_RE.test(body.slice(Math.max(0, at - 80), at));
}

/** "and"/"but" before a speech verb, outside quotation marks: the reporting clause's subject goes on speaking. */
const AND_VERB_RE = /\s(?:and|but)\s+(?:also\s+|then\s+|later\s+)?((?:went|goes)\s+on\s+to\s+)?(\p{L}+)(?![\p{L}’'-])/gu;

/** A speech verb after "went on to": its base form ("say", "add", "warn", "praise"). */
function baseSpeechVerb(word: string): boolean {
  return SPEECH_VERBS.has(word) || [`${word}s`, `${word}d`, `${word}ed`].some((w) => COORDINATED_SPEECH_VERBS.has(w));
}

/**
 * Where a clause cue's content ends before a speech verb coordinated with the cue (`says he respects her and calls
 * her …`, `said the move was the chief's and said, "…"`, `joked that …, but went on to say …`), or null. A mark
 * inside a quotation is the speaker's own.
 */
function coordinatedSpeechAt(body: string): number | null {
  for (const m of body.matchAll(AND_VERB_RE)) {
    const verb = m[2].toLowerCase();
    if (m.index === 0 || !(m[1] ? baseSpeechVerb(verb) : COORDINATED_SPEECH_VERBS.has(verb))) continue;
    if (!insideQuotation(body.slice(0, m.index))) return m.index;
  }
  return null;
}

/** Whether a quotation opened in `lead` is still open at its end. */
function insideQuotation(lead: string): boolean {
  const curly = (lead.match(/“/g)?.length ?? 0) - (lead.match(/”/g)?.length ?? 0);
  const straight = lead.match(/"/g)?.length ?? 0;
  const doubled = lead.match(/''/g)?.length ?? 0;
  return curly > 0 || straight % 2 === 1 || doubled % 2 === 1;
}

/** A verb phrase coordinated with the cue's, after a comma: the reporting clause's subject goes on. */
const CLAUSE_CONTENT_END_RE = /,\s+(?:and|but)\s+(?:has|have|had|also|then|later|is|was|will)\s+(?!been\b|being\b)\p{Ll}+(?:ed|en)\b/u;
/** After an object: a participle or a coordinated verb phrase after a comma ("endorsed her, citing …"), a semicolon, ", but" opening a clause (not "but not …"). */
const OBJECT_CONTENT_END_RE = /,\s+(?:(?!(?:including|according|following|regarding|concerning|excluding|during|notwithstanding)\b|\p{Ll}+ing\s+(?:and|or)\s)\p{Ll}{3,}ing\b|(?:and|but)\s+(?:has|have|had|also|then|later|\p{Ll}+ed)\b|(?:and|but|while|although|though|because|as)\s+(?:he|she|they|it|we|I|at\s+one\s+point)\b|(?:while|whereas)\s)|\s+(?:and|but)\s+(?:also\s+)?(?:said|says|told|added|argued|noted|called|urged|warned)\b|\s*;\s|,\s+but\s+(?!(?:that|also|not|rather|instead)\b)/u;

/**
 * A clause's text without the title words that end it ("…, harbor master " → "…, ", up to six words: "…, Algerian
 * foreign affairs ministry spokesman "), a closing quotation mark after its comma or not ("… a "total disaster," Mr. "
 * → "… a "total disaster," ").
 */
export function withoutTitleWords(lead: string): string {
  const m = /,(?:["”’]|'')?\s*((?:[\p{L}\p{N}.’'-]+\s+){1,6})$/u.exec(lead);
  if (!m || words(m[1]).some((w) => NOT_MODIFIERS.has(w.toLowerCase()))) return lead;
  return lead.slice(0, lead.length - m[1].length);
}

/** What follows a comma inside the clause rather than closing it: the next item of a list ("Ohio, Florida and Texas"). */
export const LIST_ITEM_RE = /^,\s*(?:and\s|or\s|[\p{L}\p{N}’'-]+\s+(?:and|or)\s|[\p{L}\p{N}’'-]+(?:\s+[\p{L}\p{N}’'-]+)?\s*,)/u;

/** Whether the comma at `i` groups the digits of a number ("2,400"): a digit right before and right after it. */
export function digitGroupComma(text: string, i: number): boolean {
  return /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '');
}

/** A content cut at its first comma outside quotation marks that goes on with no list ("insulted women, veterans and nurses, …"). */
export function untilComma(text: string, r: Range, outside: (i: number) => boolean): Range {
  for (let i = r.start; i < r.end; i++) if (text[i] === ',' && outside(i) && !digitGroupComma(text, i) && !LIST_ITEM_RE.test(text.slice(i, i + 40))) return trimRange(text, { start: r.start, end: i });
  return r;
}

/**
 * A clause content cut at its first comma outside quotation marks that lists nothing, unless that comma only closes
 * the clause's subject (`…, who said that Mr. Holt, under fire, would …`): then at the next such comma.
 */
export function untilCommaPastSubject(text: string, r: Range, outside: (i: number) => boolean): Range {
  let from = r.start;
  for (let k = 0; k <= MAX_SUBJECT_COMMAS; k++) {
    const cut = untilComma(text, { start: from, end: r.end }, outside);
    if (cut.end >= r.end || !leavesSubjectOnly(text, r, cut.end)) return { start: r.start, end: cut.end };
    from = cut.end + 1;
  }
  return r;
}

/** Trims spaces, a closing period and stray commas from both ends of a range. */
export function trimRange(text: string, r: Range): Range {
  let { start, end } = r;
  while (start < end && /[\s,;:—–-]/.test(text[start])) start++;
  while (end > start && /[\s,;:.!?—–-]/.test(text[end - 1])) end--;
  // A closing quotation mark right after the trimmed end belongs to the content.
  if (/["”’]/.test(text[end] ?? '') && text.slice(start, end).split(/["“”]/).length % 2 === 0) end++;
  return { start, end };
}

/** What may follow a cue that closes its sentence: a time phrase, a short prepositional phrase ("in an interview", "on Twitter"), a participle or "according to" clause, the period (and a parenthesis the sentence closes), or a semicolon opening the next clause. */
const CLOSES_SENTENCE_RE = new RegExp(
  `^(?:${TIME_PHRASE.source.slice(1)})?(?:\\s+(?:in|on|at|during|via)\\s+(?:(?:a|an|the|his|her|their|its)\\s|\\p{Lu})[^,.;:!?"“”]{0,60}?)?(?:${TIME_PHRASE.source.slice(1)})?\\s*(?:,\\s*(?:adding|noting|according)[^]*|;[^]*)?[.?!]?["”]?(?:\\)[.?!]?)?\\s*$`,
  'iu',
);

/** Whether what follows a cue ends the sentence: an optional time phrase or short prepositional phrase, then the period. */
export function closesSentence(after: string): boolean {
  // "…, she said in her 2012 book, "A Town Apart."": a work named by its title closes the sentence too.
  return CLOSES_SENTENCE_RE.test(after) || closesWithTitle(after);
}
