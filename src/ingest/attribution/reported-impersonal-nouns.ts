/**
 * A stance noun with no holder as the subject of a verb of arising or lasting:
 * `news has emerged that …`, `suspicions persist that …`, `concerns were raised
 * that …`, `questions arose about …`, `talk had been mounting about …`. No one
 * is named: there is no source. The content is the clause from "that" or
 * "whether" to the sentence's end or a coordinated clause (", and …"), or the topic after "about", "over" or "of"
 * up to the next comma, semicolon or dash. The nouns and verbs are listed in
 * `lexicon/impersonal-stance-nouns.json`.
 * Pure; no I/O; every scan is bounded by its sentence.
 */
import { alternation } from '../lexicon';
import { words, type Range } from '../text';
import type { Cue } from './reported-content';
import { trimRange } from './reported-content';
import type { PassiveDraft } from './reported-passive';
import lexicon from '../lexicon/impersonal-stance-nouns.json';
import { holdsRunIn } from './sentence-runs';

/** The noun, an auxiliary or two and an adverb, the verb, a word that is no preposition ("broke Tuesday"), the word opening the content. */
const NOUN_RE = new RegExp(
  `(?<![\\p{L}\\p{N}’'-])(${alternation(lexicon.nouns)})\\s+((?:(?:has|have|had|were|was|is|are|been|being|also|quickly|soon|already|now|still|again)\\s+){0,3}(?:${alternation(lexicon.verbs)}))((?:\\s+(?!(?:that|whether|about|over|of|by|on|in|at|with|for|from|to|among|across|around|after|before|within)\\b)[\\p{L}\\p{N}’'-]+)?)\\s+(that|whether|about|over|of)\\s`,
  'giu',
);
/**
 * A cheap check before the scan, on the sentence's runs of letters (read once for the sentence's other finders too): a
 * listed noun as a word before white space (every noun is letters only). NOUN_RE, without regard to case, also reads ſ
 * as s (and K as k, which lower-casing gives): a sentence with ſ is read.
 */
const NOUN_WORDS: ReadonlySet<string> = new Set(lexicon.nouns.map((w) => w.toLowerCase()));
const SPACE_AFTER_RE = /\s/uy;
const mayHoldNoun = (slice: string): boolean => holdsRunIn(slice, NOUN_WORDS, SPACE_AFTER_RE) || slice.includes('\u017F');
/** Where a topic after "about", "over" or "of" ends. */
const TOPIC_END_RE = /,\s|;|\s[-–—]\s|[–—]/u;
/** Where a clause after "that" ends: a semicolon, or a comma before a coordinated clause of the writer's ("…, and just this week the Senate passed …"). */
const CLAUSE_END_RE = /;|,\s+(?:and|but|while|yet)\s+(?!that\b|whether\b)/u;
/** A holder or negation before the noun ("her concerns", "no questions"): not an impersonal stance. */
const HELD_RE = /(?<![\p{L}\p{N}’'-])(?:my|your|his|her|its|our|their|no|\p{L}+['’]s?)\s+(?:\p{L}+\s+)?$/iu;

/** The impersonal stance nouns of a sentence. */
export function impersonalNounCues(text: string, sentence: Range, outside: (i: number) => boolean): PassiveDraft[] {
  const out: PassiveDraft[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  if (!mayHoldNoun(slice)) return out;
  for (const m of slice.matchAll(NOUN_RE)) {
    const at = sentence.start + m.index;
    if (!outside(at) || HELD_RE.test(text.slice(Math.max(sentence.start, at - 30), at))) continue;
    const cueEnd = at + m[1].length + m[0].slice(m[1].length).indexOf(m[2]) + m[2].length;
    const word = m[4].toLowerCase();
    const opens = at + m[0].length - m[4].length - 1;
    const rest = text.slice(opens, sentence.end);
    const stop = (word === 'that' || word === 'whether' ? CLAUSE_END_RE : TOPIC_END_RE).exec(rest);
    const end = stop ? opens + stop.index : sentence.end;
    // "that …"/"whether …" open the clause; the topic after "about" is the content without the preposition.
    const start = word === 'that' || word === 'whether' ? opens : opens + m[4].length;
    const content = trimRange(text, { start, end });
    if (words(text.slice(content.start, content.end)).length < 2) continue;
    const cue: Cue = { at, end: cueEnd, word: m[1].toLowerCase(), phrase: text.slice(at, cueEnd), phraseStart: at };
    out.push({ content, cue, source: null, sourceText: null, sourceAt: at, clauseAt: content.start });
  }
  return out;
}
