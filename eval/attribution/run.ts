/**
 * `npm run eval:extract -- --polnear DIR [--split dev|train] [--limit N] [--dump FILE]`
 *
 * Scores quote and attribution extraction on the PolNeAR train and dev
 * splits exported by `npm run eval:fetch-polnear` (DIR holds
 * {train,dev}/{text,attributions} and metadata.tsv). The test split is never
 * read: only `train` and `dev` are accepted.
 *
 * An article annotated by several annotators has one .ann per annotator
 * (`<name>_<annotator>.ann`); the one of the first annotator listed for it
 * in metadata.tsv is used, or the alphabetically first when metadata.tsv
 * does not list it.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { extractArticle, type ArticleExtraction } from '../../src/ingest/extract-article';
import { attributionsIn, parseBrat } from './brat';
import { goldAttributions } from './gold';
import { predictedAttributions } from './predict';
import { addCounts, emptyCounts, scoreArticle, type ArticleCounts } from './score';
import { renderTable } from './table';

export const SPLITS = ['train', 'dev'] as const;
export type Split = (typeof SPLITS)[number];

export interface Options {
  dir: string;
  splits: Split[];
  limit: number | null;
  dump: string | null;
}

function value(argv: readonly string[], name: string): string | null {
  const i = argv.indexOf(name);
  if (i >= 0) {
    if (i + 1 >= argv.length || argv[i + 1].startsWith('--')) throw new Error(`${name} needs a value`);
    return argv[i + 1];
  }
  const eq = argv.find((a) => a.startsWith(`${name}=`));
  return eq === undefined ? null : eq.slice(name.length + 1);
}

export function parseOptions(argv: readonly string[]): Options {
  const dir = value(argv, '--polnear');
  if (dir === null) throw new Error('--polnear DIR is required');
  const split = value(argv, '--split');
  if (split !== null && !(SPLITS as readonly string[]).includes(split)) throw new Error(`--split must be one of ${SPLITS.join(', ')} (the test split is not scored)`);
  const limitText = value(argv, '--limit');
  const limit = limitText === null ? null : Number(limitText);
  if (limit !== null && !(Number.isInteger(limit) && limit > 0)) throw new Error('--limit must be a positive integer');
  return { dir, splits: split === null ? [...SPLITS] : [split as Split], limit, dump: value(argv, '--dump') };
}

/** filename → annotators in the order metadata.tsv lists them. */
export function readAnnotators(dir: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const path = join(dir, 'metadata.tsv');
  if (!existsSync(path)) return out;
  const [head, ...rows] = readFileSync(path, 'utf8').split(/\r?\n/);
  const cols = head.split('\t');
  const f = cols.indexOf('filename');
  const a = cols.indexOf('annotators');
  if (f < 0 || a < 0) return out;
  for (const row of rows) {
    const cells = row.split('\t');
    if (cells.length > Math.max(f, a)) out.set(cells[f], cells[a].split('|'));
  }
  return out;
}

/** Article name → the .ann file to score it with. */
export function chooseAnnotations(files: readonly string[], annotators: ReadonlyMap<string, string[]>): Map<string, string> {
  const byArticle = new Map<string, string[]>();
  for (const file of [...files].filter((x) => x.endsWith('.ann')).sort()) {
    const stem = file.slice(0, -'.ann'.length);
    const cut = stem.lastIndexOf('_');
    const article = cut > 0 ? stem.slice(0, cut) : stem;
    byArticle.set(article, [...(byArticle.get(article) ?? []), file]);
  }
  const out = new Map<string, string>();
  for (const [article, list] of byArticle) {
    const preferred = (annotators.get(article) ?? []).map((who) => `${article}_${who}.ann`).find((name) => list.includes(name));
    out.set(article, preferred ?? list[0]);
  }
  return out;
}

/**
 * Extraction as ingestion runs it: the first line of a PolNeAR text is the
 * headline, which is never searched for quotes. When the parser does not take
 * it as one by itself (most end with a period), the body alone is extracted
 * with the line given as the `headline` metadata.
 */
export function extract(text: string): ArticleExtraction {
  try {
    return extractArticle(text);
  } catch (err) {
    const { headline, bodyStart } = headlineOf(text);
    if (headline === '') throw err;
    return extractArticle(text.slice(bodyStart), { headline: headline.replace(/\.$/, '') });
  }
}

/** The first line and the offset where the body starts. */
export function headlineOf(text: string): { headline: string; bodyStart: number } {
  const end = text.indexOf('\n');
  return end < 0 ? { headline: text.trim(), bodyStart: text.length } : { headline: text.slice(0, end).trim(), bodyStart: end + 1 };
}

export interface SplitResult {
  split: Split;
  totals: ArticleCounts;
}

export function scoreSplit(opts: Options, split: Split, dumpLines: string[]): SplitResult {
  const root = join(opts.dir, split);
  if (!existsSync(join(root, 'attributions'))) throw new Error(`${join(root, 'attributions')} not found: run npm run eval:fetch-polnear first`);
  const chosen = chooseAnnotations(readdirSync(join(root, 'attributions')), readAnnotators(opts.dir));
  let articles = [...chosen.keys()].sort();
  if (opts.limit !== null) articles = articles.slice(0, opts.limit);
  const totals = emptyCounts();
  for (const article of articles) {
    const textPath = join(root, 'text', `${article}.txt`);
    if (!existsSync(textPath)) continue;
    const text = readFileSync(textPath, 'utf8');
    const allGold = goldAttributions(text, attributionsIn(text, parseBrat(readFileSync(join(root, 'attributions', chosen.get(article)!), 'utf8'))));
    // Attributions in the headline are not scored: ingestion does not look for quotes there.
    const { bodyStart } = headlineOf(text);
    const gold = allGold.filter((g) => g.content[0].start >= bodyStart);
    let predicted: ReturnType<typeof predictedAttributions> = { predicted: [], unmapped: 0 };
    let failure: string | null = null;
    try {
      predicted = predictedAttributions(text, extract(text));
    } catch (err) {
      failure = err instanceof Error ? err.message : String(err);
    }
    const r = scoreArticle(gold, predicted.predicted);
    r.counts.unmapped = predicted.unmapped;
    r.counts.goldInHeadline = allGold.length - gold.length;
    if (failure !== null) r.counts.failed = 1;
    addCounts(totals, r.counts);
    if (opts.dump !== null) dumpLines.push(JSON.stringify({ split, article, annotations: chosen.get(article), failure, unmapped: predicted.unmapped, direct: r.direct, all: r.all }));
  }
  return { split, totals };
}

export function runPolnear(argv: readonly string[]): string {
  const opts = parseOptions(argv);
  const dumpLines: string[] = [];
  const parts: string[] = [];
  for (const split of opts.splits) {
    const r = scoreSplit(opts, split, dumpLines);
    parts.push(renderTable(`PolNeAR ${split}`, r.totals));
  }
  if (opts.dump !== null) {
    mkdirSync(dirname(opts.dump), { recursive: true });
    writeFileSync(opts.dump, dumpLines.map((l) => `${l}\n`).join(''));
    parts.push(`per-article errors written to ${opts.dump} (${dumpLines.length} lines)`);
  }
  return `${parts.join('\n\n')}\n`;
}
