/**
 * Stances named by a noun for the one who takes them: `X is a longtime
 * supporter of Y`, `X has been a vocal critic of the deal`, `She is a
 * Sanders backer`. After a copula such a noun reports a stance; its subject
 * is the source and the object of "of" (or the name before the noun) the
 * content. In apposition ("X, a Clinton supporter, said") it only describes
 * X, and is not read. A negated copula ("is no supporter
 * of", "was not a critic of") reports nothing. `a self-described socialist` is how its
 * holder describes himself, in apposition too. The nouns are listed in
 * `lexicon/agent-noun-cues.json`. Pure; no I/O; bounded by its sentence.
 */
import { alternation } from '../lexicon';
import agentNouns from '../lexicon/agent-noun-cues.json';
import type { Range } from '../text';
import type { Cue } from './reported-content';
import { trimRange } from './reported-content';
import type { NominalDraft } from './reported-nominal';
import { type ReportedContext, sourceBefore } from './reported-sources';

const NOUNS = alternation(agentNouns.nouns);
/** A copula (auxiliaries and a few adverbs before it), then the noun phrase up to the noun. */
const LEAD = `(?<![\\p{L}\\p{N}’'-])((?:(?:has|have|had|will|would)\\s+)?(?:also\\s+|long\\s+|still\\s+)?(?:is|was|are|were|be|been|remains?|remained|became|becomes|['’]s|['’]re)\\s+(?:also\\s+|still\\s+|long\\s+)?)`;
const DETERMINER = `(?:(?:a|an|the|one\\s+of\\s+the|among\\s+the)\\s+)`;
/** A word before the noun: no preposition or conjunction ("a coup for Sanders backers" names no stance of the subject). */
const MODIFIER = `(?!(?:for|of|to|in|with|on|by|from|and|or|at)\\s)[\\p{Ll}-]+\\s+`;
/** "is a longtime supporter of": the noun's complement follows "of". */
const OF_RE = new RegExp(`${LEAD}(${DETERMINER}?(?:${MODIFIER}){0,2}?(${NOUNS})\\s+of)\\s+`, 'gu');
/** "is a Sanders supporter": the name before the noun is its object. */
const NAMED_RE = new RegExp(`${LEAD}(${DETERMINER}(?:${MODIFIER})?)((?:\\p{Lu}[\\p{L}.’'-]*\\s+){0,2}\\p{Lu}[\\p{L}.’'-]*)\\s+(${NOUNS})\\b`, 'gu');
/**
 * What a cheap test finds before the scans (both match the nouns as listed, in lower case): one of them as written,
 * looked for by the listed nouns no other one begins ("supporter" finds "supporters" too).
 */
const NEEDED = agentNouns.nouns.filter((n) => !agentNouns.nouns.some((o) => o !== n && n.startsWith(o)));
/** Words that deny the stance: "is no supporter of", "was never a critic of", "was not the only opponent". */
const NEGATED_RE = /\b(?:not|no|never|hardly|former|only)\b|n['’]t\b/iu;
/** A word that opens a clause, not a noun phrase: "is that critics of …". */
const CLAUSE_WORD_RE = /^(?:that|this|what|how|why|whether|if|when|because|where|so|as|also)\s/iu;
/** Where the object of "of" ends: a comma or a clause's opening word. */
const OBJECT_END_RE = /[,;:—–()]|\s(?:is|was|are|were|has|have|had|will|would|who|which|that|because|since|but|when|after|before|while|and\s+(?:is|was|has|had|said|says|\p{Ll}+ed))\b/u;

/** "a self-described socialist", "and self-described housewife": how its holder describes himself (not "the self-described …", a name). */
const SELF_DESCRIBED_RE = /(?<![\p{L}\p{N}’'-])(?:a|an|and)\s+(self-described)\s+/gu;

/** The stances a sentence names with a noun for their holder. */
export function agentNounCues(ctx: ReportedContext, p: number, text: string, sentence: Range, outside: (i: number) => boolean): NominalDraft[] {
  const out: NominalDraft[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  for (const m of slice.includes('self-described') ? slice.matchAll(SELF_DESCRIBED_RE) : []) {
    const at = sentence.start + m.index;
    const from = at + m[0].length;
    const rest = text.slice(from, sentence.end);
    const content = trimRange(text, { start: from, end: from + (OBJECT_END_RE.exec(rest)?.index ?? rest.length) });
    if (!outside(at) || content.end <= content.start || text.slice(content.start, content.end).split(/\s+/).length > 6) continue;
    const cueAt = from - m[0].length + m[0].indexOf(m[1]);
    const holder = sourceBefore(ctx, p, text, sentence, at);
    const cue: Cue = { at: cueAt, end: cueAt + m[1].length, word: 'self-described', phrase: m[1], phraseStart: cueAt };
    out.push({ content, cue, source: holder?.found ?? null, sourceText: holder?.text ?? null, sourceAt: holder?.start ?? cueAt, clauseAt: cueAt });
  }
  if (!NEEDED.some((n) => slice.includes(n))) return out;
  const add = (leadAt: number, cue: Cue, content: Range): void => {
    // The copula's subject holds the stance.
    const source = sourceBefore(ctx, p, text, sentence, leadAt);
    if (!source) return;
    if (content.end <= content.start) return;
    out.push({ content, cue, source: source.found, sourceText: source.text, sourceAt: source.start, clauseAt: source.start });
  };
  for (const m of slice.matchAll(OF_RE)) {
    const at = sentence.start + m.index;
    const phraseAt = at + m[1].length;
    if (!outside(at) || NEGATED_RE.test(m[0]) || CLAUSE_WORD_RE.test(m[2])) continue;
    const nounAt = phraseAt + m[2].length - ' of'.length - m[3].length;
    const cue: Cue = { at: nounAt, end: nounAt + m[3].length, word: m[3].toLowerCase(), phrase: m[2], phraseStart: phraseAt };
    const from = at + m[0].length;
    const rest = text.slice(from, sentence.end);
    const end = OBJECT_END_RE.exec(rest);
    add(at, cue, trimRange(text, { start: from, end: from + (end ? end.index : rest.length) }));
  }
  for (const m of slice.matchAll(NAMED_RE)) {
    const at = sentence.start + m.index;
    const phraseAt = at + m[1].length;
    if (!outside(at) || NEGATED_RE.test(m[0]) || CLAUSE_WORD_RE.test(m[2])) continue;
    const nameAt = phraseAt + m[2].length;
    const nounAt = sentence.start + m.index + m[0].length - m[4].length;
    const cue: Cue = { at: nounAt, end: nounAt + m[4].length, word: m[4].toLowerCase(), phrase: text.slice(phraseAt, nounAt + m[4].length), phraseStart: phraseAt };
    add(at, cue, { start: nameAt, end: nameAt + m[3].length });
  }
  return out;
}
