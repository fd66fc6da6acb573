/**
 * A poll as the subject of the finding it reports, with verbs that report only
 * when a poll is their subject: `The new poll has Reyes leading by six
 * points`, `Gallup's tracking poll puts her approval at 49 percent`, `The
 * Marist poll gave Reyes a double-digit lead`, `State polls have shown him
 * trailing`. The content is the standing after the verb, up to the end of its
 * clause; the poll's noun phrase is the source as written. The verbs are in
 * `lexicon/poll-verbs.json`, the nouns in `lexicon/poll-nouns.json`. Pure; no
 * I/O; each scan is bounded by its sentence.
 */
import { alternation } from '../lexicon';
import pollNouns from '../lexicon/poll-nouns.json';
import verbs from '../lexicon/poll-verbs.json';
import type { Range } from '../text';
import { words } from '../text';
import type { Cue } from './reported-content';
import { trimRange } from './reported-content';
import { lastLetterRuns } from './word-presence';
import { holdsRunIn } from './sentence-runs';

export interface PollVerbDraft {
  content: Range;
  cue: Cue;
  sourceText: string;
  sourceAt: number;
}

const NOUN_WORDS = lastLetterRuns(pollNouns);
/**
 * The poll's noun phrase (up to eight words after a clause boundary, none a verb of its own), then the verb:
 * "has/have/had" and a listed participle, or a verb of standing.
 */
const POLL_VERB_RE = new RegExp(
  `(?:^|[,;:—–]\\s*|\\b(?:and|but|while|as|that|with|because|since|though|although)\\s+)((?:[\\p{L}\\p{N}/.’'&-]+\\s+){0,8}?(?:${alternation(pollNouns)}))\\s+((?:(?:has|have|had)\\s+(?:${alternation(verbs.perfect)}))|(?:${alternation(verbs.standing)}))\\s+`,
  'giu',
);
/** Words that open the standing a verb of standing needs: a participle, "at N", a lead, ahead or behind, within its first words. */
const STANDING_RE = /^(?:[\p{L}\p{N}’'.,$%-]+\s+){0,6}?(?:\p{Ll}+ing\b|at\s+\p{N}|ahead\b|behind\b|in\s+(?:the\s+)?lead\b|(?:a|an|the)\s+(?:[\p{L}\p{N}-]+\s+){0,3}(?:lead|edge|advantage)\b)/u;
/** Where the standing's clause ends: a semicolon, a dash, a clause after a comma. */
const CLAUSE_END_RE = /\s*(?:;|\s[—–]\s|,\s+(?:with|while|and|but|which|according|though|although|as)\b)/u;
/** Phrases before the noun that make the poll no subject: a preposition opens them ("in a new poll", "of the polls"). */
const NOT_SUBJECT_RE = /^(?:in|of|from|to|by|for|on|at|among|about|with|despite|after|before)\b/iu;

/** The findings a poll reports as the subject of its verb (at most two a sentence). */
export function pollVerbCues(text: string, sentence: Range, outside: (i: number) => boolean): PollVerbDraft[] {
  const out: PollVerbDraft[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  if (!holdsRunIn(slice, NOUN_WORDS)) return out;
  for (const m of slice.matchAll(POLL_VERB_RE)) {
    if (out.length >= 2) break;
    const verbAt = sentence.start + m.index + m[0].length - m[2].length - (m[0].length - m[0].trimEnd().length);
    const sourceAt = sentence.start + m.index + m[0].indexOf(m[1]);
    const phrase = m[1];
    if (!outside(verbAt) || NOT_SUBJECT_RE.test(phrase)) continue;
    const contentStart = sentence.start + m.index + m[0].length;
    const rest = text.slice(contentStart, sentence.end);
    const perfect = /^(?:has|have|had)\s+\p{L}/iu.test(m[2]) && /\s\S+$/u.test(m[2]);
    if (!perfect && !STANDING_RE.test(rest)) continue;
    const end = CLAUSE_END_RE.exec(rest)?.index ?? rest.length;
    const content = trimRange(text, { start: contentStart, end: contentStart + end });
    if (words(text.slice(content.start, content.end)).length < 2) continue;
    const cue: Cue = { at: verbAt, end: verbAt + m[2].length, word: m[2].toLowerCase().split(/\s+/).pop() ?? m[2], phrase: m[2], phraseStart: verbAt };
    out.push({ content, cue, sourceText: phrase.trim(), sourceAt });
  }
  return out;
}
