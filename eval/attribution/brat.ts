/**
 * Reads PolNeAR's brat standoff (.ann) attribution annotations.
 *
 * - `T` lines are text-bound spans: `T12<TAB>Type s e[;s e…]<TAB>text`. The
 *   types used are Source, Cue, Content, Attribution and Attribution-no-source
 *   (the trigger of the relation, a copy of the cue span), Discard and
 *   Discuss (annotator bookkeeping, ignored). A span's text may itself hold
 *   line breaks, so lines that start with no id are continuations and skipped:
 *   only the offsets are used.
 * - `E` lines tie one attribution together:
 *   `E3<TAB>Attribution:T12 Content:T9 Cue:T11 Source:T10 [Content2:T13]`;
 *   an `Attribution-no-source` event has no Source argument.
 * - `#` (AnnotatorNotes), `A`, `R`, `N` lines are ignored.
 *
 * brat offsets count Unicode code points; JavaScript strings count UTF-16
 * units, so spans are converted with the article text (`toUtf16Offsets`).
 */

export interface Span {
  start: number;
  end: number;
}

export interface TextBound {
  id: string;
  type: string;
  spans: Span[];
}

export interface GoldAttribution {
  id: string;
  /** Spans of the source, empty for an attribution without a source. */
  source: Span[];
  cue: Span[];
  /** Content spans in text order (several Content arguments are merged). */
  content: Span[];
}

export interface BratDocument {
  textBounds: Map<string, TextBound>;
  attributions: GoldAttribution[];
  /** Lines that looked like annotations but could not be read. */
  problems: string[];
}

const T_LINE = /^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)(?:\t|$)/;
const E_LINE = /^(E\d+)\t(.*)$/;

export function parseBrat(ann: string): BratDocument {
  const textBounds = new Map<string, TextBound>();
  const events: { id: string; args: [string, string][] }[] = [];
  const problems: string[] = [];
  for (const line of ann.split(/\r?\n/)) {
    if (line.startsWith('T')) {
      const m = T_LINE.exec(line);
      if (m === null) {
        if (/^T\d+\t/.test(line)) problems.push(line);
        continue;
      }
      const spans = m[3].split(';').map((pair) => {
        const [s, e] = pair.split(' ').map(Number);
        return { start: s, end: e };
      });
      textBounds.set(m[1], { id: m[1], type: m[2], spans });
    } else if (line.startsWith('E')) {
      const m = E_LINE.exec(line);
      if (m === null) continue;
      const args = m[2]
        .trim()
        .split(/\s+/)
        .filter((a) => a.includes(':'))
        .map((a): [string, string] => {
          const i = a.indexOf(':');
          return [a.slice(0, i), a.slice(i + 1)];
        });
      events.push({ id: m[1], args });
    }
  }
  const attributions: GoldAttribution[] = [];
  for (const ev of events) {
    const a: GoldAttribution = { id: ev.id, source: [], cue: [], content: [] };
    let isAttribution = false;
    for (const [role, ref] of ev.args) {
      const tb = textBounds.get(ref);
      const base = role.replace(/\d+$/, '');
      if (base === 'Attribution' || base === 'Attribution-no-source') {
        isAttribution = true;
        continue;
      }
      if (tb === undefined) {
        problems.push(`${ev.id}: ${role} refers to missing ${ref}`);
        continue;
      }
      if (base === 'Source') a.source.push(...tb.spans);
      else if (base === 'Cue') a.cue.push(...tb.spans);
      else if (base === 'Content') a.content.push(...tb.spans);
    }
    if (!isAttribution) continue;
    for (const list of [a.source, a.cue, a.content]) list.sort((x, y) => x.start - y.start);
    attributions.push(a);
  }
  return { textBounds, attributions, problems };
}

/**
 * A function from code-point offsets (brat's) to UTF-16 offsets into `text`.
 * The identity when the text has no characters outside the BMP.
 */
export function toUtf16Offsets(text: string): (cp: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (cp) => cp;
  const map: number[] = [];
  let u = 0;
  for (const ch of text) {
    map.push(u);
    u += ch.length;
  }
  map.push(u);
  return (cp) => map[Math.min(cp, map.length - 1)];
}

/** The attributions with every span converted to UTF-16 offsets into `text`. */
export function attributionsIn(text: string, doc: BratDocument): GoldAttribution[] {
  const conv = toUtf16Offsets(text);
  const fix = (spans: Span[]): Span[] => spans.map((s) => ({ start: conv(s.start), end: conv(s.end) }));
  return doc.attributions.map((a) => ({ id: a.id, source: fix(a.source), cue: fix(a.cue), content: fix(a.content) }));
}

/** The text of spans joined by a space. */
export function spanText(text: string, spans: readonly Span[]): string {
  return spans.map((s) => text.slice(s.start, s.end)).join(' ');
}
