/**
 * A share of those polled as the subject of a cue, however long the group it
 * quantifies: `About four in 10 Ohio Republican primary voters say …`,
 * `Majorities of Democrats in five states going to the polls Tuesday say …`,
 * `Fewer than half of the voters surveyed in a new poll released Monday
 * support …`, `Forty-one percent would choose …`, `Another 19 percent said …`,
 * `about two-thirds, 67 percent, say …`. The share's word ("percent", "half",
 * "a majority", "four in 10") tells a group of people whose views a survey
 * reports, so the words after it may hold prepositional phrases and
 * participles that a plain noun phrase may not. The phrase is the source as
 * written. Pure; no I/O; each scan is bounded.
 */
import { words, type Range } from '../text';
import { NOT_MODIFIERS } from './reported-phrase-kinds';
import { compiledNow } from './compiled-now';
import { suffixExec } from './cue-scan';

/** Where a clause opens before its subject: the sentence's start, a punctuation mark, a conjunction or a speech verb. */
const CLAUSE_START = `(?:^|[,;(—–:]["”’]?\\s*|\\s-\\s+|\\b(?:and|but|that|said|says|say|because|while|as|when|although|though|since|if|so|whereas|yet|now)\\s+)`;
/** A subject this far before its verb is not read. */
const MAX_HEAD = 220;
/** Most words the group after the share may hold. */
const MAX_TAIL_WORDS = 12;

const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
/** "Forty-one", "forty six", "twelve", "23.5": the number of a percentage. */
const NUMBER = `(?:\\d[\\d.,]*|(?:${TENS})(?:[\\s-](?:${UNITS}))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|${UNITS})`;
/** How much: "about", "more than", "only", "another", "the remaining". */
const HEDGE = `(?:(?:another|the\\s+other|the\\s+remaining|an\\s+additional|a\\s+further)\\s+)?(?:(?:about|nearly|almost|only|just|roughly|around|approximately|more\\s+than|fewer\\s+than|less\\s+than|at\\s+least|as\\s+many\\s+as|as\\s+few\\s+as|well\\s+over|over|under|close\\s+to|barely|slightly\\s+more\\s+than|slightly\\s+less\\s+than|just\\s+over|just\\s+under)\\s+)?`;
/** The share: a percentage, "N in 10", a fraction, a majority or a plurality, "the same number" as a share before. */
const SHARE = `(?:${NUMBER}\\s*(?:percent|per\\s+cent|%)|(?:${UNITS}|\\d)\\s+(?:in|out\\s+of)\\s+(?:10|ten|${UNITS}|\\d)|half|a\\s+third|a\\s+quarter|a\\s+fifth|(?:one|two|three|four)[\\s-](?:thirds?|fourths?|quarters?|fifths?)|three[\\s-]quarters|(?:a|the)\\s+(?:(?:large|vast|slim|narrow|clear|solid|bare|strong|substantial|overwhelming|sizable)\\s+)?(?:majority|plurality|minority)|(?:(?:large|vast|slim|narrow|clear|solid|strong|substantial|overwhelming|sizable)\\s+)?majorities|the\\s+same\\s+(?:number|numbers|share|percentage|proportion)|a\\s+similar\\s+(?:number|share|percentage|proportion)|an\\s+equal\\s+(?:number|share))`;
/** An appositive giving the share in figures: ", 67 percent," or " – 55 percent –". */
const FIGURES = `(?:\\s*,\\s*(?:about\\s+|nearly\\s+|almost\\s+)?\\d[\\d.]*\\s*(?:percent|%)\\s*,|\\s+[—–-]\\s*\\d[\\d.]*\\s*(?:percent|%)\\s*[—–-])`;
/** The group after the share: "of" and words, or words alone ("the senators surveyed"), or a parenthesis. */
const TAIL = `(?:\\s+(?:[\\p{L}\\p{N}.’'%/&-]+\\s+){0,${MAX_TAIL_WORDS - 1}}?[\\p{L}\\p{N}.’'%/&-]+)?`;
/**
 * A quantifier of a group as a subject (no share of those polled, so never a next share's opening): "none of the
 * networks", "not everyone at the rally", "not all attendees", "at least some of the workers", "nearly all of the mayors".
 */
const QUANTIFIED = `(?:none|no\\s+one|not\\s+(?:all|everyone|everybody)|(?:some|many|most|all|several|each|both)\\s+of)(?![\\p{L}\\p{N}])`;
const SHARE_SUBJECT_RE = compiledNow(new RegExp(`${CLAUSE_START}(${HEDGE}(?:${SHARE}|${QUANTIFIED})(?:${FIGURES}|${TAIL})(?:\\s*\\([^()]{1,60}\\))?)\\s*$`, 'giu'));
/**
 * What every share holds: a digit, "percent", "half", "major…", "plural…", "third", "quarter", "fifth"; "of", "no", "not",
 * "none" as a word before white space. The test `/\d|percent|half|major|plural|minorit|third|quarter|fourth|fifth|\bof\s|\bno(?:ne|t)?\s/iu`
 * makes, read with `indexOf` on the text in lower case rather than tried at every position: no letter of those words is
 * one that the `i` flag folds from outside ASCII ("ſ" to s, "K" to k), and no lower case outside ASCII gives one of them
 * next to another ("İ" gives i and a combining dot).
 */
const SHARE_WORDS = ['percent', 'half', 'major', 'plural', 'minorit', 'third', 'quarter', 'fourth', 'fifth'];
const SPACE_CHAR_RE = /^\s$/u;

export function holdsShareWord(head: string): boolean {
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return true;
  }
  const lower = head.toLowerCase();
  for (const word of SHARE_WORDS) if (lower.includes(word)) return true;
  return wordBeforeSpace(lower, 'of') || wordBeforeSpace(lower, 'no') || wordBeforeSpace(lower, 'not') || wordBeforeSpace(lower, 'none');
}

/** `\bWORD\s` in `lower` (the `iu` flags' word characters: ASCII letters, digits, "_", "ſ" and "K"). */
function wordBeforeSpace(lower: string, word: string): boolean {
  for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
    if (at > 0 && isWordChar(lower.charCodeAt(at - 1))) continue;
    const after = at + word.length;
    if (after >= lower.length) continue;
    const c = lower.charCodeAt(after);
    if (c < 0x80 ? c === 0x20 || (c >= 0x09 && c <= 0x0d) : SPACE_CHAR_RE.test(lower.charAt(after))) return true;
  }
  return false;
}

function isWordChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x17f || c === 0x212a;
}
/** A count of one or two digits opening a clause, right before the verb. */
const BARE_COUNT_RE = compiledNow(/(?:,\s*|\b(?:and|but|while|whereas)\s+)(\d{1,2})\s+$/u);
/** A percentage earlier in the sentence, which a bare count stands for. */
const PERCENTAGE_RE = /\d\s*(?:percent|per\s+cent|%)/iu;
/** The share opening a phrase, its hedge included. */
const SHARE_OPENING_RE = compiledNow(new RegExp(`^${HEDGE}(?:${SHARE}|${QUANTIFIED})`, 'iu'));
/** Most clause starts tried before a verb. */
const MAX_TRIES = 6;

/** Words the group after a share may not hold: verbs and auxiliaries of a clause of its own, clause words. */
const NOT_IN_GROUP = new Set([...NOT_MODIFIERS].filter((w) => w !== 'to' && w !== 'as'));
/** A share of what is no group of people: "half of the money", "52 percent of the vote". */
const NOT_PEOPLE_RE = /^(?:of\s+)?(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:money|budget|funds?|vote|votes|ballots?|time|cases|revenue|income|cost|costs|total|country|state|population's\s+\w+)\b/iu;

/** A group ending with the poll that counts it: a participle after it is the poll's ("in a new poll released Monday"). */
const POLL_END_RE = /\b(?:poll|polls|survey|surveys|study|studies)$/iu;

export interface ShareSubject {
  text: string;
  start: number;
}

/** The share of a group that opens the clause ending at `verbAt`, when the words up to the verb are that share's phrase. */
export function shareSubject(text: string, sentenceStart: number, verbAt: number): ShareSubject | null {
  const from = Math.max(sentenceStart, verbAt - MAX_HEAD);
  const head = text.slice(from, verbAt);
  // What every share holds, read first: a digit, "percent", "half", "major…", "plural…", "third", "quarter", "fifth"; "of", "no", "not", "none".
  if (!holdsShareWord(head)) return null;
  // "While 86 percent had a favorable view of her, 43 said the same for him": a bare count after a percentage is one too.
  const count = BARE_COUNT_RE.exec(head);
  if (count && PERCENTAGE_RE.test(text.slice(sentenceStart, from + count.index))) return { text: count[1], start: from + count.index + count[0].indexOf(count[1]) };
  // A clause start whose words are no share's group ("30% approve of it and 12 percent"): the next one may open it.
  const re = SHARE_SUBJECT_RE;
  re.lastIndex = 0;
  for (let tries = 0; tries < MAX_TRIES; tries++) {
    const m = re.exec(head);
    if (!m) return null;
    re.lastIndex = m.index + 1;
    // Cut from a longer sentence, the slice's start is no clause start.
    if (m.index === 0 && from > sentenceStart && m[0].indexOf(m[1]) === 0) continue;
    const phrase = m[1].trim();
    const share = SHARE_OPENING_RE.exec(phrase);
    const tail = share ? phrase.slice(share[0].length).trim() : '';
    // "half of the voters in a new poll released Monday": the verb is the poll's participle, not the share's verb.
    if (NOT_PEOPLE_RE.test(tail) || (POLL_END_RE.test(tail) && /^\p{L}+ed\b/u.test(text.slice(verbAt, verbAt + 30)))) continue;
    if (words(tail).some((w) => NOT_IN_GROUP.has(w.toLowerCase()))) continue;
    return { text: phrase.replace(/\s+/g, ' '), start: from + m.index + m[0].indexOf(m[1]) };
  }
  return null;
}

const WHOLE_SHARE_RE = new RegExp(`^${HEDGE}${SHARE}(?:${FIGURES}|${TAIL})(?:\\s*\\([^()]{1,60}\\))?$`, 'iu');

/** Whether a phrase is a share of a group as a whole ("three in 10", "about half of those polled"). */
export function isSharePhrase(phrase: string): boolean {
  const p = phrase.trim();
  if (p.length > MAX_HEAD || !WHOLE_SHARE_RE.test(p)) return false;
  const share = SHARE_OPENING_RE.exec(p);
  const tail = share ? p.slice(share[0].length).trim() : '';
  return !NOT_PEOPLE_RE.test(tail) && !words(tail).some((w) => NOT_IN_GROUP.has(w.toLowerCase()));
}

/** What a poll's figures add after a comma: a source, a change since the last poll ("up four points", "a 10-point increase"). */
const SHARE_ASIDE = `(?<=,\\s*)(?:according\\s+to|(?:up|down)\\s+(?:from|\\d|[\\p{L}\\p{N}.]+\\s+(?:percentage\\s+)?points?)|(?:a|an)\\s+[\\p{L}\\p{N}-]+(?:[\\s-]percentage)?[\\s-]points?\\s+(?:increase|decrease|drop|rise|gain|jump|decline|improvement)|numbers\\s+that)\\b`;
/**
 * Where another share's clause opens in what a share reports: `42% say they are liberal, 32% call themselves
 * conservative`, `72 percent said yes while 48 percent disagreed`, `… she is prepared, compared with the 30 percent who
 * say the same`. A survey's findings are listed share by share; each share's words end where the next share begins.
 */
const NEXT_SHARE_RE = new RegExp(`(?:,\\s*(?:(?:and|but|while|whereas)\\s+)?|\\s+(?:and|but|while|whereas)\\s+|\\s+[—–-]\\s+)(?=(?:compared\\s+(?:with|to)\\b|${SHARE_ASIDE}|${HEDGE}${SHARE}(?![\\p{L}\\p{N}])))`, 'iu');

/** Where the next share's clause opens in the content `r` of a share's attribution, if it does. */
export function nextShareAt(text: string, r: Range): number | null {
  const m = NEXT_SHARE_RE.exec(text.slice(r.start, r.end));
  return m && m.index > 0 ? r.start + m.index : null;
}

/**
 * A quantifier standing alone for a group of people, opening its clause right before the verb: "others say", "- some
 * said", "no one knows", "not everyone agrees".
 */
const GROUP_WORD_RE = compiledNow(new RegExp(`${CLAUSE_START}((?:many|most|some|several|few|a\\s+few|both|others|neither|everyone|everybody|nobody|someone|somebody|no\\s+one|not\\s+everyone|not\\s+everybody)(?:\\s+(?:also|still|now|even|too))?)\\s+$`, 'iu'));

/** The last word GROUP_WORD_RE's match may end in before its white space: a quantifier's or an adverb's. */
const GROUP_LAST_WORDS: ReadonlySet<string> = new Set(['many', 'most', 'some', 'several', 'few', 'both', 'others', 'neither', 'everyone', 'everybody', 'nobody', 'someone', 'somebody', 'one', 'also', 'still', 'now', 'even', 'too']);
/** GROUP_WORD_RE on a head, not tried when the head's last word is none of those (suffixExec). */
const groupWordAtEnd = suffixExec(GROUP_WORD_RE, null, (run) => GROUP_LAST_WORDS.has(run.toLowerCase()));

/** "While some friends say …, others say …": a quantifier alone as the clause's subject, not a name before it. */
export function groupWordSubject(text: string, sentenceStart: number, verbAt: number): ShareSubject | null {
  const from = Math.max(sentenceStart, verbAt - 40);
  const head = text.slice(from, verbAt);
  const m = groupWordAtEnd(head);
  if (!m || (m.index === 0 && from > sentenceStart && m[0].indexOf(m[1]) === 0)) return null;
  return { text: m[1].replace(/\s+(?:also|still|now|even|too)$/iu, ''), start: from + m.index + m[0].indexOf(m[1]) };
}
