/**
 * A poll or survey named after the finding it reports: `Reyes leads Ortiz by
 * six points in a new Marist poll.`, `…, where she has led in the polls`.
 * The finding is the clause before "in": from the start of its clause (the
 * sentence, or a subordinate or coordinate clause opening after a comma, a
 * semicolon or a clause word) to the preposition; the poll's noun phrase is
 * the source as written. Pure; no I/O; each scan is bounded by its sentence.
 */
import { alternation } from '../lexicon';
import pollNouns from '../lexicon/poll-nouns.json';
import type { Range } from '../text';
import { words } from '../text';
import type { Cue } from './reported-content';
import { trimRange } from './reported-content';
import { lastLetterRuns } from './word-presence';
import { holdsRunIn } from './sentence-runs';
import { pollVerbCues } from './reported-poll-verbs';

export interface PollDraft {
  content: Range;
  cue: Cue;
  sourceText: string;
  sourceAt: number;
}

const NOUNS = alternation(pollNouns);
const NOUN_WORDS = lastLetterRuns(pollNouns);
/** " in the latest Marist poll", " in national polls", " in a CBS News survey released Sunday": up to eight words before the noun. */
const POLL_RE = new RegExp(`\\s(in)\\s+((?:[\\p{L}\\p{N}/.’'&-]+\\s+){0,8}?(?:${NOUNS}))(?![\\p{L}\\p{N}])`, 'giu');
/**
 * What may follow the poll's noun phrase: a short modifier opening with a participle, a preposition, a time word or a
 * name ("released Sunday", "of likely voters"; not "polls closed", "polling place"), then a clause boundary or the end.
 */
const AFTER_RE =
  /^((?:\s+(?:released|conducted|taken|published|out|of|in|from|by|for|among|since|this|last|on|ahead|over|nationally|statewide|here|there|so|at|with|after|before|through|during|earlier|until|\p{Lu}|\p{N})[^,;:—–()"“”]{0,60}?)?)(?:[,;:—–)]|\s(?:and|but|while|although|though|whereas)\s|[.?!]?["”]?\s*$)/u;
/** Where the finding's clause opens: after a semicolon or a dash, a comma with a clause word, or a clause word. */
const CLAUSE_OPEN_RE = /(?:[;:—–]|,\s+(?:and|but|while|although|though|whereas|as)\b|\b(?:when|where|while|whereas|although|though|because|since|as|who|which|that)\b)\s*/giu;
/** Words before "in" that make the poll what someone takes part in, not what reports: "took part in a poll", "those interviewed in the survey". */
const NOT_FINDING_RE = /\b(?:part|participated|participating|interviewed|questioned|surveyed|polled|asked|included|named|cited|mentioned|reported|published|released|conducted|commissioned|respondents|invested|interest|interested|errors?|faith|confidence|trust|changes?|shift|methods?|questions?)\s*$/iu;

/** "going to the polls", "at the polls": the place where people vote. */
const VOTING_PLACE_RE = /\b(?:to|at|from)\s+the\s+polls$/iu;

const NO_FINDING_LEAD_RE = /^(?:Despite|Depending|Given|With|Without|Amid|After|Before|Because\s+of|Thanks\s+to|Due\s+to)\b/iu;

/** The poll-reported findings of a sentence: after "in … poll" (at most two), and with the poll as the subject (`reported-poll-verbs.ts`). */
export function pollCues(text: string, sentence: Range, outside: (i: number) => boolean): PollDraft[] {
  return [...pollsIn(text, sentence, outside), ...pollVerbCues(text, sentence, outside)];
}

function pollsIn(text: string, sentence: Range, outside: (i: number) => boolean): PollDraft[] {
  const out: PollDraft[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  if (!holdsRunIn(slice, NOUN_WORDS)) return out;
  for (const m of slice.matchAll(POLL_RE)) {
    if (out.length >= 2) break;
    const inAt = sentence.start + m.index + 1;
    const phraseEnd = sentence.start + m.index + m[0].length;
    const after = AFTER_RE.exec(text.slice(phraseEnd, sentence.end));
    if (!outside(inAt) || !after) continue;
    const head = text.slice(sentence.start, inAt);
    // "in five states going to the polls Tuesday": where people vote, no poll.
    if (NOT_FINDING_RE.test(head) || VOTING_PLACE_RE.test(m[2])) continue;
    // "Despite his standing in the polls", "Depending on her strength in the polls": a noun phrase, no finding.
    let start = sentence.start;
    for (const open of head.matchAll(CLAUSE_OPEN_RE)) if (outside(sentence.start + open.index)) start = sentence.start + open.index + open[0].length;
    const content = trimRange(text, { start, end: inAt });
    if (NO_FINDING_LEAD_RE.test(text.slice(content.start, content.end))) continue;
    if (words(text.slice(content.start, content.end)).length < 2) continue;
    const sourceText = text.slice(inAt + 3, phraseEnd + after[1].length).trim();
    out.push({ content, cue: { at: inAt, end: inAt + 2, word: 'in', phrase: m[1], phraseStart: inAt }, sourceText, sourceAt: inAt + 3 });
  }
  return out;
}
