/**
 * A stance in a reduced passive relative: `OBJECT, opposed by SOURCE, …` and
 * `a practice criticized by SOURCE`: the noun phrase before the participle is
 * what the stance is toward, the agent after "by" holds it. The participles are
 * those of `lexicon/reduced-passive-stances.json`; with a form of "be" or "have"
 * before them the passive is read by `reported-passive.ts`.
 *
 * Pure; no I/O; every scan is bounded by its sentence.
 */
import type { Range } from '../text';
import type { Cue } from './reported-content';
import { trimRange } from './reported-content';
import stances from '../lexicon/reduced-passive-stances.json';
import type { PassiveDraft } from './reported-passive';
import { type FoundSource, type ReportedContext, isSourcePhrase } from './reported-sources';

const PARTICIPLES: ReadonlySet<string> = new Set(stances.participles);
/** An adverb or two of degree, a participle, "by". */
const REDUCED_RE = /(?<![\p{L}\p{N}’'-])((?:(?:strongly|widely|roundly|sharply|hotly|fiercely|vehemently|harshly|bitterly|publicly|openly|long|also|often)\s+){0,2})(\p{Ll}+)\s+by\s+/gu;
/** What a sentence needs for the pattern to be tried at all. */
const NEEDS_RE = /\sby\s/u;
/** A verb group before the participle, adverbs in -ly after it ("was soundly"): then it is a full passive or a perfect, no reduced relative. */
const VERB_BEFORE_RE = /\b(?:is|was|are|were|be|been|being|am|has|have|had|get|gets|got|and|or|not|n['’]t)\s+(?:\p{Ll}+ly\s+)*$/iu;
/** The noun phrase before the participle: a determiner and up to six words, or a name of up to four capitalized words. */
const OBJECT_RE =
  /(?:(?<![\p{L}\p{N}’'-])((?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Aa]nother)\s+(?:[\p{L}\p{N}’'-]+\s+){0,5}[\p{L}\p{N}’'-]+)|(?<![\p{L}\p{N}’'.-])(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3}))$/u;
/** A determiner: the noun phrase starts at the last one ("The bill would end a practice" → "a practice"). */
const DETERMINER_RE = /(?<![\p{L}\p{N}’'-])(?:the|an?|this|that|these|those|his|her|its|their|our|another)\s/giu;
/** How far back the noun phrase is looked for. */
const OBJECT_CHARS = 90;
/** Where the agent phrase ends. */
const AGENT_END_RE = /,(?!\d{3})|;|\s[-–—]\s|[–—]|\s(?:for|after|who|which|that|because|when|to|but|in\s+a|on\s+\p{Lu})\b|[.?!]["”]?\s*$/u;

/** `OBJECT, opposed by SOURCE`: the object is the content, the agent the source. */
export function reducedPassiveCues(ctx: ReportedContext, p: number, text: string, sentence: Range, outside: (i: number) => boolean): PassiveDraft[] {
  const out: PassiveDraft[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  if (!NEEDS_RE.test(slice)) return out;
  for (const m of slice.matchAll(REDUCED_RE)) {
    const verb = m[2].toLowerCase();
    if (!PARTICIPLES.has(verb)) continue;
    const at = sentence.start + m.index;
    const head = text.slice(Math.max(sentence.start, at - OBJECT_CHARS), at);
    if (!outside(at) || VERB_BEFORE_RE.test(head)) continue;
    // "The bill, opposed by …": the noun phrase before the comma; "a practice criticized by …": the one right before.
    const comma = /,\s*$/u.exec(head);
    const before = comma ? head.slice(0, comma.index) : head.trimEnd();
    const object = OBJECT_RE.exec(before);
    // Without a comma only a noun phrase with its determiner: "Trump opposed by …" is no reduced relative.
    if (!object || (!comma && object[1] === undefined)) continue;
    let start = object.index;
    if (object[1] !== undefined) for (const d of object[1].matchAll(DETERMINER_RE)) start = object.index + (d.index ?? 0);
    const objectAt = at - head.length + start;
    const content = trimRange(text, { start: objectAt, end: at - head.length + object.index + object[0].length });
    const sourceAt = at + m[0].length;
    const entity = ctx.speakerStartingAt(p, sourceAt);
    const rest = text.slice(sourceAt, sentence.end);
    const phrase = rest.slice(0, AGENT_END_RE.exec(rest)?.index ?? rest.length).trim();
    if (!entity && !isSourcePhrase(phrase)) continue;
    const cue: Cue = { at: at + m[1].length, end: at + m[1].length + m[2].length, word: verb, phrase: `${m[1]}${m[2]} by`.trim(), phraseStart: at };
    const source: FoundSource | null = entity ? { speaker: entity.speaker, method: 'passive-by', confidence: 0.8 * entity.confidence } : null;
    out.push({ content, cue, source, sourceText: entity ? null : phrase, sourceAt, clauseAt: content.start });
  }
  return out;
}
