/** The PolNeAR report table: P/R/F1 and counts per measure, source accuracy per bucket. */
import type { ArticleCounts, SourceTally } from './score';

export interface Prf {
  p: number;
  r: number;
  f: number;
}

/** Precision, recall and F1 from separate numerators (a prediction and a gold item can count differently). */
export function prf(correctPred: number, predicted: number, correctGold: number, gold: number): Prf {
  const p = predicted === 0 ? 0 : correctPred / predicted;
  const r = gold === 0 ? 0 : correctGold / gold;
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

const pct = (n: number): string => (n * 100).toFixed(1);

function grid(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')).join('\n');
}

function accuracy(ok: number, n: number): string {
  return n === 0 ? '-' : `${pct(ok / n)} (${ok}/${n})`;
}

function sourceRow(name: string, t: SourceTally): string[] {
  return [
    name,
    accuracy(t.namedOk, t.named),
    accuracy(t.pronounOk, t.pronoun),
    accuracy(t.textOk, t.text),
    accuracy(t.namedOk + t.pronounOk + t.textOk, t.named + t.pronoun + t.text),
  ];
}

export function scoresOf(c: ArticleCounts): { direct: Prf; speaker: Prf; all: Prf } {
  return {
    direct: prf(c.directCorrect, c.predDirect, c.directFound, c.goldDirect),
    speaker: prf(c.speakerCorrectPred, c.predDirectWithSource, c.speakerCorrectGold, c.goldDirectWithSource),
    all: prf(c.allCorrect, c.predAll, c.allFound, c.goldAll),
  };
}

export function renderTable(title: string, c: ArticleCounts): string {
  const s = scoresOf(c);
  const row = (name: string, x: Prf, gold: number, pred: number, found: number, correct: number): string[] => [
    name,
    String(gold),
    String(pred),
    String(found),
    String(correct),
    pct(x.p),
    pct(x.r),
    pct(x.f),
  ];
  const measures = grid([
    ['measure', 'gold', 'pred', 'gold found', 'pred correct', 'P', 'R', 'F1'],
    row('direct quote spans', s.direct, c.goldDirect, c.predDirect, c.directFound, c.directCorrect),
    row('direct quote speakers', s.speaker, c.goldDirectWithSource, c.predDirectWithSource, c.speakerCorrectGold, c.speakerCorrectPred),
    row('all attributions (content)', s.all, c.goldAll, c.predAll, c.allFound, c.allCorrect),
  ]);
  const sources = grid([
    ['source accuracy on found gold', 'named', 'pronoun→name', 'nominal/other (span text)', 'overall'],
    sourceRow('direct quotes', c.directSource),
    sourceRow('all attributions', c.allSource),
  ]);
  const kinds = (['direct', 'mixed', 'indirect'] as const).map((k) => `${k} ${accuracy(c.foundByKind[k], c.goldByKind[k])}`).join(', ');
  return [
    `${title}: ${c.articles} articles, ${c.failed} failed extraction (scored as all missed), ${c.unmapped} predicted quotes not mapped to the text`,
    '',
    measures,
    `all-attribution recall by gold kind: ${kinds}`,
    '',
    sources,
    '',
    `short quoted phrases (at most four words) extracted as direct quotes but overlapping no gold attribution (titles, names, terms, scare quotes): ${c.shortOutside} of ${c.predDirect + c.insideReported} extracted direct quotes (${pct((c.predDirect + c.insideReported) === 0 ? 0 : c.shortOutside / (c.predDirect + c.insideReported))}%)`,
    `predicted direct quotes lying inside reported (mixed/indirect) gold content, left out of direct precision: ${c.insideReported}; gold attributions without a source: ${c.goldNoSource}; gold attributions in headlines (not scored): ${c.goldInHeadline}`,
  ].join('\n');
}
