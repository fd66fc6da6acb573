/**
 * Turns an extraction's quotes into attributions at character offsets of the
 * raw article text, so they can be compared with brat spans.
 *
 * Quotes carry offsets into parsed paragraphs (normalized, wrapped lines
 * joined, a dateline cut off). Each paragraph is found in the raw text in
 * order by its letters and digits alone (accents folded, case kept), which
 * survives the parser's whitespace, hyphen and dateline changes; a quote's
 * first and last letter or digit are then mapped back one to one.
 *
 * Fields read from a quote (all but the offsets optional, so quotes from
 * older and newer extractors both score):
 * - `kind`: 'direct' | 'indirect' | 'mixed'; absent means 'direct';
 * - `cue`: string | null;
 * - `source`: the person or organization credited, as a name string, an
 *   object with a `name`, or a `{ type, index }` reference into the
 *   extraction's people/organizations; absent means `speaker` (same
 *   reference form), then `speakerName`.
 */
import type { Span } from './brat';
import { significantChars } from './gold';

export type PredictedKind = 'direct' | 'indirect' | 'mixed';

export interface QuoteLike {
  text: string;
  paragraph: number;
  start: number;
  end: number;
  speaker?: unknown;
  speakerName?: string | null;
  kind?: unknown;
  cue?: unknown;
  source?: unknown;
}

export interface ExtractionLike {
  paragraphs: readonly string[];
  quotes: readonly QuoteLike[];
  entities: { people: readonly { name: string }[]; organizations: readonly { name: string }[] };
}

export interface PredictedAttribution {
  kind: PredictedKind;
  span: Span;
  text: string;
  chars: Set<number>;
  source: string | null;
  cue: string | null;
}

export interface Prediction {
  predicted: PredictedAttribution[];
  /** Quotes whose paragraph could not be found in the raw text. */
  unmapped: number;
}

const ALNUM = /[\p{L}\p{N}]/u;

interface Keyed {
  key: string;
  /** UTF-16 offset in the source string of each key character. */
  pos: number[];
}

/** The letters and digits of `s` (accents folded) with their offsets. */
export function keyed(s: string): Keyed {
  let key = '';
  const pos: number[] = [];
  let i = 0;
  for (const ch of s) {
    if (ALNUM.test(ch)) {
      const base = ch.normalize('NFD')[0];
      key += ALNUM.test(base) && base.length === 1 ? base : '\u0000';
      pos.push(i);
    }
    i += ch.length;
  }
  return { key, pos };
}

/** Per paragraph, the offset in the raw text's key where its key starts (null when not found). */
export function alignParagraphs(raw: Keyed, paragraphs: readonly Keyed[]): (number | null)[] {
  let cursor = 0;
  return paragraphs.map((p) => {
    if (p.key === '') return null;
    let at = raw.key.indexOf(p.key, cursor);
    if (at < 0) at = raw.key.indexOf(p.key);
    if (at < 0) return null;
    cursor = at + p.key.length;
    return at;
  });
}

function asKind(v: unknown): PredictedKind {
  return v === 'indirect' || v === 'mixed' ? v : 'direct';
}

function refName(v: unknown, x: ExtractionLike): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (v === null || typeof v !== 'object') return null;
  const o = v as Record<string, unknown>;
  if (typeof o.name === 'string') return o.name;
  if (typeof o.index === 'number') {
    const list = o.type === 'organization' ? x.entities.organizations : x.entities.people;
    return list[o.index]?.name ?? null;
  }
  return null;
}

export function sourceOf(q: QuoteLike, x: ExtractionLike): string | null {
  // A source the extraction could not tie to an entity ("officials") is still named in speakerName.
  return (q.source !== undefined ? refName(q.source, x) : null) ?? refName(q.speaker, x) ?? q.speakerName ?? null;
}

/** Each quote of the extraction as an attribution over the raw text. */
export function predictedAttributions(rawText: string, x: ExtractionLike): Prediction {
  const raw = keyed(rawText);
  const paras = x.paragraphs.map(keyed);
  const at = alignParagraphs(raw, paras);
  const predicted: PredictedAttribution[] = [];
  let unmapped = 0;
  for (const q of x.quotes) {
    const base = at[q.paragraph];
    const p = paras[q.paragraph];
    if (base === null || base === undefined || p === undefined) {
      unmapped++;
      continue;
    }
    const first = p.pos.findIndex((o) => o >= q.start);
    let last = -1;
    for (let k = p.pos.length - 1; k >= 0; k--) {
      if (p.pos[k] < q.end) {
        last = k;
        break;
      }
    }
    if (first < 0 || last < first) {
      unmapped++;
      continue;
    }
    const span = { start: raw.pos[base + first], end: raw.pos[base + last] + 1 };
    predicted.push({
      kind: asKind(q.kind),
      span,
      text: rawText.slice(span.start, span.end),
      chars: significantChars(rawText, [span]),
      source: sourceOf(q, x),
      cue: typeof q.cue === 'string' ? q.cue : null,
    });
  }
  return { predicted, unmapped };
}
