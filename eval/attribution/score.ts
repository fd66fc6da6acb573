/**
 * Scores one article's predicted attributions against its gold ones.
 *
 * Overlap is counted in letters and digits (quote marks, spaces and
 * punctuation do not count). PolNeAR gives every token at most one role in
 * one attribution, so gold contents never overlap and a prediction is
 * assigned to the one gold content it overlaps most.
 *
 * Direct quotes (predictions of kind 'direct' against gold of kind 'direct'):
 * - a gold direct quote is found when the predicted direct quotes lying
 *   mostly (> 50% of their characters) inside it together cover more than 50%
 *   of it (a quote split over paragraphs may be predicted in pieces);
 * - such a prediction is correct when its gold is found, a false positive
 *   otherwise; a prediction lying mostly inside a gold *mixed* or *indirect*
 *   content (a quoted phrase inside reported speech) is neither: it is
 *   counted apart ("inside reported") and left out of precision;
 * - speaker precision = correct predictions whose source matches / scored
 *   predictions with a source; recall = found gold quotes whose best
 *   (most-overlapping) prediction has the right source / gold quotes with a
 *   source.
 *
 * All attributions (every prediction against every gold content):
 * - a prediction is correct when more than 30% of its gold content's
 *   characters, or more than 50% of its own, overlap that content;
 * - a gold content is found when the correct predictions assigned to it
 *   cover more than 30% of it; source accuracy is judged on its best
 *   prediction, and only for gold attributions that have a source.
 *
 * Sources (see `judgeSource`): a named gold source matches by name; a
 * singular personal pronoun is first resolved to the nearest preceding
 * named gold source; a nominal source or an unresolved pronoun is compared
 * with the span text and reported in its own bucket.
 */
import { sameName } from '../evaluate';
import { describesOnePerson } from './descriptions';
import { resolvePronoun, stripTitles, thingAntecedent, type ScoredGold } from './gold';
import type { PredictedAttribution } from './predict';

export type SourceBucket = 'named' | 'pronoun' | 'text';

export interface SourceTally {
  named: number;
  namedOk: number;
  pronoun: number;
  pronounOk: number;
  text: number;
  textOk: number;
}

export interface ArticleCounts {
  articles: number;
  failed: number;
  unmapped: number;
  /** Gold attributions in the headline line, left out. */
  goldInHeadline: number;
  goldDirect: number;
  predDirect: number;
  insideReported: number;
  /**
   * Predicted direct quotes of at most four words that overlap no gold
   * attribution: titles, names, terms and scare quotes taken for speech.
   */
  shortOutside: number;
  directCorrect: number;
  directFound: number;
  predDirectWithSource: number;
  goldDirectWithSource: number;
  speakerCorrectPred: number;
  speakerCorrectGold: number;
  goldAll: number;
  goldNoSource: number;
  predAll: number;
  allCorrect: number;
  allFound: number;
  /** Gold attributions and found ones per gold kind. */
  goldByKind: KindTally;
  foundByKind: KindTally;
  directSource: SourceTally;
  allSource: SourceTally;
}

export interface KindTally {
  direct: number;
  mixed: number;
  indirect: number;
}

export const emptyTally = (): SourceTally => ({ named: 0, namedOk: 0, pronoun: 0, pronounOk: 0, text: 0, textOk: 0 });

export function emptyCounts(): ArticleCounts {
  return {
    articles: 0,
    failed: 0,
    unmapped: 0,
    goldInHeadline: 0,
    goldDirect: 0,
    predDirect: 0,
    insideReported: 0,
    shortOutside: 0,
    directCorrect: 0,
    directFound: 0,
    predDirectWithSource: 0,
    goldDirectWithSource: 0,
    speakerCorrectPred: 0,
    speakerCorrectGold: 0,
    goldAll: 0,
    goldNoSource: 0,
    predAll: 0,
    allCorrect: 0,
    allFound: 0,
    goldByKind: { direct: 0, mixed: 0, indirect: 0 },
    foundByKind: { direct: 0, mixed: 0, indirect: 0 },
    directSource: emptyTally(),
    allSource: emptyTally(),
  };
}

export function addCounts(into: ArticleCounts, c: ArticleCounts): void {
  for (const k of Object.keys(c) as (keyof ArticleCounts)[]) {
    const v = c[k];
    if (typeof v === 'number') (into[k] as number) += v;
    else {
      const t = into[k] as unknown as Record<string, number>;
      for (const [tk, n] of Object.entries(v)) t[tk] += n;
    }
  }
}

export interface Judgement {
  bucket: SourceBucket;
  ok: boolean;
  /** The name the gold source was read as (resolved pronoun, or the name in a named span). */
  expected: string;
}

const STOP = new Set(['the', 'a', 'an', 'of', 'and', 'for', 'said', 'mr', 'mrs', 'ms', 'dr']);

function words(s: string): string[] {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1 && !STOP.has(w));
}

/** A predicted name against a gold span text: the same name, or the name's last word written in the span. */
export function matchesSpanText(goldText: string, predicted: string): boolean {
  if (sameName(goldText, predicted)) return true;
  const p = words(predicted);
  if (p.length === 0) return false;
  const g = new Set(words(goldText));
  return g.has(p[p.length - 1]);
}

/** Whether `predicted` is the gold attribution's source; null when the gold has no source. */
export function judgeSource(g: ScoredGold, all: readonly ScoredGold[], predictedName: string | null): Judgement | null {
  const predicted = predictedName === null ? null : stripTitles(predictedName);
  if (g.sourceClass === 'none' || g.sourceText === null) return null;
  if (g.sourceClass === 'named' && g.sourceName !== null) {
    const ok = predicted !== null && (sameName(g.sourceName, predicted) || sameName(predicted, g.sourceName));
    return { bucket: 'named', ok, expected: g.sourceName };
  }
  const resolved = resolvePronoun(g, all);
  if (resolved !== null) {
    const ok = predicted !== null && (sameName(resolved, predicted) || sameName(predicted, resolved));
    return { bucket: 'pronoun', ok, expected: resolved };
  }
  const thing = thingAntecedent(g, all);
  const ok =
    predicted !== null &&
    (matchesSpanText(g.sourceText, predicted) ||
      namesDescribedOrganization(g.sourceText, predicted) ||
      (thing?.sourceText != null && (thing.sourceName !== null ? sameName(thing.sourceName, predicted) || sameName(predicted, thing.sourceName) : matchesSpanText(thing.sourceText, predicted))));
  return { bucket: 'text', ok, expected: thing?.sourceText != null ? `${g.sourceText} (${thing.sourceText})` : g.sourceText };
}

/** "the commission", "this campaign": a definite description whose last word is the head noun. */
const DEFINITE_HEAD = /^(?:the|this|that)\s+(?:[\p{L}.’'-]+\s+){0,3}?(\p{Ll}+)$/iu;

/**
 * Whether the predicted name is the organization a definite description stands for, named in full: its head noun is
 * one of the name's words ("the commission" → "Commission on Presidential Debates"). A description of one person is
 * judged by name apart; this reads the span-text bucket only.
 */
export function namesDescribedOrganization(goldText: string, predicted: string): boolean {
  const m = DEFINITE_HEAD.exec(goldText.trim());
  if (m === null || describesOnePerson(goldText.trim())) return false;
  return words(predicted).includes(m[1].toLowerCase());
}

function tally(t: SourceTally, j: Judgement): void {
  t[j.bucket]++;
  if (j.ok) t[`${j.bucket}Ok` as const]++;
}

function overlap(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  let n = 0;
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  for (const c of small) if (big.has(c)) n++;
  return n;
}

export interface DumpItem {
  text: string;
  /** Where a gold content starts in the raw text (string offset). */
  start?: number;
  kind?: string;
  source?: string | null;
  goldSource?: string | null;
  goldCue?: string | null;
  /** The predicted cue. */
  cue?: string | null;
  sourceClass?: string;
  expected?: string;
  bucket?: SourceBucket;
  /** For a missed gold content: the percentage of its characters that predictions counted elsewhere (or too small) cover. */
  coveredByOthers?: number;
}

export interface ArticleResult {
  counts: ArticleCounts;
  direct: { falsePositives: DumpItem[]; missed: DumpItem[]; wrongSpeaker: DumpItem[] };
  all: { falsePositives: DumpItem[]; missed: DumpItem[]; wrongSource: DumpItem[] };
}

const clip = (s: string): string => (s.length > 400 ? `${s.slice(0, 400)}…` : s).replace(/\s+/g, ' ');

function goldItem(g: ScoredGold): DumpItem {
  return { text: clip(g.contentText), start: g.content[0].start, kind: g.kind, goldSource: g.sourceText, goldCue: g.cueText, sourceClass: g.sourceClass };
}

function predItem(p: PredictedAttribution): DumpItem {
  return { text: clip(p.text), kind: p.kind, source: p.source, cue: p.cue };
}

/** For each prediction, the gold content it overlaps most and by how many characters. */
function assign(preds: readonly PredictedAttribution[], gold: readonly ScoredGold[]): { g: number; ov: number }[] {
  return preds.map((p) => {
    let best = { g: -1, ov: 0 };
    gold.forEach((g, i) => {
      const ov = overlap(p.chars, g.chars);
      if (ov > best.ov) best = { g: i, ov };
    });
    return best;
  });
}

function covered(g: ScoredGold, preds: readonly PredictedAttribution[]): number {
  let n = 0;
  for (const c of g.chars) if (preds.some((p) => p.chars.has(c))) n++;
  return n;
}

/** A quoted phrase this short that is no attribution is a title, a name, a term or a scare quote. */
const SHORT_WORDS = 4;

export function scoreArticle(gold: readonly ScoredGold[], predicted: readonly PredictedAttribution[]): ArticleResult {
  const c = emptyCounts();
  c.articles = 1;
  const res: ArticleResult = { counts: c, direct: { falsePositives: [], missed: [], wrongSpeaker: [] }, all: { falsePositives: [], missed: [], wrongSource: [] } };

  // Direct quotes.
  const preds = predicted.filter((p) => p.kind === 'direct');
  const a = assign(preds, gold);
  const inside = (i: number): boolean => a[i].g >= 0 && a[i].ov * 2 > preds[i].chars.size;
  const found = new Set<number>();
  gold.forEach((g, gi) => {
    if (g.kind !== 'direct') return;
    c.goldDirect++;
    // Speaker figures count the quotes whose speaker the article names (by name, or by a pronoun or description of someone named).
    const named = judgeSource(g, gold, null);
    if (named !== null && named.bucket !== 'text') c.goldDirectWithSource++;
    const frags = preds.filter((_, i) => a[i].g === gi && inside(i));
    if (frags.length > 0 && covered(g, frags) * 2 > g.chars.size) {
      found.add(gi);
      c.directFound++;
      const best = preds.reduce((b, p, i) => (a[i].g === gi && (b === null || a[i].ov > b.ov) ? { p, ov: a[i].ov } : b), null as { p: PredictedAttribution; ov: number } | null);
      const j = judgeSource(g, gold, best?.p.source ?? null);
      if (j !== null) {
        tally(c.directSource, j);
        if (j.ok && j.bucket !== 'text') c.speakerCorrectGold++;
        else res.direct.wrongSpeaker.push({ ...goldItem(g), source: best?.p.source ?? null, expected: j.expected, bucket: j.bucket });
      }
    } else res.direct.missed.push(goldItem(g));
  });
  preds.forEach((p, i) => {
    const g = a[i].g >= 0 ? gold[a[i].g] : null;
    if (g !== null && inside(i) && g.kind !== 'direct') {
      c.insideReported++;
      return;
    }
    c.predDirect++;
    if (g !== null && inside(i) && found.has(a[i].g)) {
      c.directCorrect++;
      const j = judgeSource(g, gold, p.source);
      // A speaker for a quote whose speaker the article does not name is judged apart (the "text" bucket).
      if (p.source !== null && (j === null || j.bucket !== 'text')) {
        c.predDirectWithSource++;
        if (j?.ok === true) c.speakerCorrectPred++;
      }
    } else {
      if (p.source !== null) c.predDirectWithSource++;
      if (a[i].g < 0 && p.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length <= SHORT_WORDS) c.shortOutside++;
      res.direct.falsePositives.push(predItem(p));
    }
  });

  // All attributions.
  const b = assign(predicted, gold);
  const correct = predicted.map((p, i) => b[i].g >= 0 && (b[i].ov * 2 > p.chars.size || b[i].ov * 10 > gold[b[i].g].chars.size * 3));
  c.predAll = predicted.length;
  predicted.forEach((p, i) => {
    if (correct[i]) c.allCorrect++;
    else res.all.falsePositives.push(predItem(p));
  });
  gold.forEach((g, gi) => {
    c.goldAll++;
    c.goldByKind[g.kind]++;
    if (g.sourceClass === 'none') c.goldNoSource++;
    const mine = predicted.filter((_, i) => correct[i] && b[i].g === gi);
    if (mine.length === 0 || covered(g, mine) * 10 <= g.chars.size * 3) {
      const touching = predicted.filter((p) => overlap(p.chars, g.chars) > 0);
      res.all.missed.push({ ...goldItem(g), coveredByOthers: Math.round((100 * covered(g, touching)) / Math.max(1, g.chars.size)) });
      return;
    }
    c.allFound++;
    c.foundByKind[g.kind]++;
    let best = -1;
    predicted.forEach((_, i) => {
      if (correct[i] && b[i].g === gi && (best < 0 || b[i].ov > b[best].ov)) best = i;
    });
    const src = predicted[best].source;
    const j = judgeSource(g, gold, src);
    if (j === null) return;
    tally(c.allSource, j);
    if (!j.ok) res.all.wrongSource.push({ ...goldItem(g), source: src, cue: predicted[best].cue, expected: j.expected, bucket: j.bucket });
  });
  return res;
}
