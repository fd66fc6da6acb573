/**
 * `npm run eval:extract`: runs extraction over eval/articles/*.txt and
 * compares it with eval/annotations/*.json, printing quote-span and speaker
 * precision/recall/F1, people found, and false quotes taken from titles,
 * nicknames and terms.
 *
 * Matching rules:
 * - A predicted quote matches a gold quote when their texts are equal after
 *   folding quote marks, collapsing whitespace, lower-casing and trimming
 *   punctuation and spaces at both ends. Each gold quote matches at most once.
 * - Speaker precision = correct speakers / predicted quotes given a speaker
 *   (a speaker on a quote that is not in the gold set counts as wrong);
 *   recall = correct speakers / gold quotes that have a speaker.
 * - Names match when equal after normalization, or when surnames agree and
 *   given names agree where both give one ("Obama" = "Barack Obama").
 *   Organization names match when one contains the other ("Brightline" and
 *   "Brightline Inc.").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../src/ingest/extract-article';

interface GoldQuote {
  text: string;
  speaker: string | null;
  partial: boolean;
}

interface Annotation {
  file: string;
  people: { name: string; title: string | null }[];
  organizations: string[];
  quotes: GoldQuote[];
  notQuotes: string[];
  notPeople: string[];
}

export interface Counts {
  goldQuotes: number;
  predictedQuotes: number;
  matchedQuotes: number;
  partialCorrect: number;
  goldWithSpeaker: number;
  predictedWithSpeaker: number;
  correctSpeakers: number;
  falseFromNonQuotes: number;
  goldPeople: number;
  predictedPeople: number;
  matchedPeople: number;
  creditsAsPeople: number;
}

export interface ArticleReport extends Counts {
  article: string;
  errors: string[];
}

const ZERO: Counts = {
  goldQuotes: 0,
  predictedQuotes: 0,
  matchedQuotes: 0,
  partialCorrect: 0,
  goldWithSpeaker: 0,
  predictedWithSpeaker: 0,
  correctSpeakers: 0,
  falseFromNonQuotes: 0,
  goldPeople: 0,
  predictedPeople: 0,
  matchedPeople: 0,
  creditsAsPeople: 0,
};

export function normalizeQuote(s: string): string {
  return s
    .replace(/[“”„‟«»]/g, '"')
    .replace(/[‘’‚‛]/g, "'")
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .replace(/^[\s"'.,;:!?…—–-]+|[\s"'.,;:!?…—–-]+$/g, '');
}

function nameWords(s: string): string[] {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/^the\s+/, '')
    .replace(/[.,]/g, '')
    .split(/\s+/)
    .filter((w) => w !== '');
}

export function sameName(gold: string, predicted: string): boolean {
  const a = nameWords(gold);
  const b = nameWords(predicted);
  if (a.join(' ') === b.join(' ')) return true;
  const aj = a.join(' ');
  const bj = b.join(' ');
  if (aj.length > 3 && bj.length > 3 && (aj.includes(bj) || bj.includes(aj)) && (a.length > 2 || b.length > 2 || /\b(inc|co|corp|ministry|department|bank|university)\b/.test(aj + ' ' + bj))) return true;
  if (a[a.length - 1] !== b[b.length - 1]) return false;
  return a.length === 1 || b.length === 1 || a[0] === b[0];
}

export function evaluateArticle(text: string, gold: Annotation): ArticleReport {
  const extraction = extractArticle(text);
  // These sets annotate direct quotations; reported speech is scored on PolNeAR.
  // They annotate named speakers only: an unnamed source as written ("a spokesman said": a
  // speakerName by the noun-phrase rule, with no speaker) is scored as no speaker.
  const x = {
    ...extraction,
    quotes: extraction.quotes.filter((q) => q.kind === 'direct').map((q) => (q.method === 'noun-phrase' ? { ...q, speakerName: null } : q)),
  };
  const r: ArticleReport = { article: gold.file.replace(/\.txt$/, ''), ...ZERO, errors: [] };
  r.goldQuotes = gold.quotes.length;
  r.predictedQuotes = x.quotes.length;
  r.goldWithSpeaker = gold.quotes.filter((q) => q.speaker !== null).length;
  const used = new Set<number>();
  const nonQuotes = new Set(gold.notQuotes.map(normalizeQuote));
  for (const q of x.quotes) {
    const key = normalizeQuote(q.text);
    const g = gold.quotes.findIndex((gq, i) => !used.has(i) && normalizeQuote(gq.text) === key);
    if (q.speakerName !== null) r.predictedWithSpeaker++;
    if (g < 0) {
      if (nonQuotes.has(key)) r.falseFromNonQuotes++;
      r.errors.push(`extra quote${nonQuotes.has(key) ? ' (a title/nickname/term)' : ''}: "${q.text}"${q.speakerName ? ` → ${q.speakerName}` : ''}`);
      continue;
    }
    used.add(g);
    r.matchedQuotes++;
    const gq = gold.quotes[g];
    if (gq.partial === q.partial) r.partialCorrect++;
    else r.errors.push(`partial should be ${gq.partial}: "${q.text}"`);
    if (q.speakerName !== null && gq.speaker !== null && sameName(gq.speaker, q.speakerName)) r.correctSpeakers++;
    else if (q.speakerName !== gq.speaker) r.errors.push(`speaker ${q.speakerName ?? 'none'} (${q.method ?? '-'}), expected ${gq.speaker ?? 'none'}: "${q.text}"`);
  }
  gold.quotes.forEach((gq, i) => {
    if (!used.has(i)) r.errors.push(`missed quote: "${gq.text}" (${gq.speaker ?? 'no speaker'})`);
  });
  r.goldPeople = gold.people.length;
  r.predictedPeople = x.entities.people.length;
  const matchedGold = new Set<number>();
  for (const p of x.entities.people) {
    const g = gold.people.findIndex((gp, i) => !matchedGold.has(i) && sameName(gp.name, p.name));
    if (g >= 0) {
      matchedGold.add(g);
      r.matchedPeople++;
    } else if (gold.notPeople.some((n) => sameName(n, p.name))) {
      r.creditsAsPeople++;
      r.errors.push(`credit or byline taken as a person: ${p.name}`);
    } else r.errors.push(`extra person: ${p.name}`);
  }
  gold.people.forEach((gp, i) => {
    if (!matchedGold.has(i)) r.errors.push(`missed person: ${gp.name}`);
  });
  return r;
}

export function evaluateDirectory(root: string): ArticleReport[] {
  const files = readdirSync(join(root, 'annotations'))
    .filter((f) => f.endsWith('.json'))
    .sort();
  return files.map((f) => {
    const gold = JSON.parse(readFileSync(join(root, 'annotations', f), 'utf8')) as Annotation;
    const text = readFileSync(join(root, 'articles', gold.file), 'utf8');
    return evaluateArticle(text, gold);
  });
}

function prf(correct: number, predicted: number, gold: number): { p: number; r: number; f: number } {
  const p = predicted === 0 ? 1 : correct / predicted;
  const r = gold === 0 ? 1 : correct / gold;
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f };
}

export function totals(reports: readonly Counts[]): Counts {
  const t: Counts = { ...ZERO };
  for (const r of reports) for (const k of Object.keys(ZERO) as (keyof Counts)[]) t[k] += r[k];
  return t;
}

export function scores(c: Counts): { span: ReturnType<typeof prf>; speaker: ReturnType<typeof prf>; people: ReturnType<typeof prf> } {
  return {
    span: prf(c.matchedQuotes, c.predictedQuotes, c.goldQuotes),
    speaker: prf(c.correctSpeakers, c.predictedWithSpeaker, c.goldWithSpeaker),
    people: prf(c.matchedPeople, c.predictedPeople, c.goldPeople),
  };
}

function fmt(n: number): string {
  return n.toFixed(2);
}

function table(reports: ArticleReport[]): string {
  const head = ['article', 'quotes g/p/ok', 'span P', 'span R', 'spk P', 'spk R', 'spk F1', 'partial ok', 'false(non-quote)', 'people P', 'people R'];
  const rows = reports.map((r) => row(r.article, r));
  rows.push(row('ALL', totals(reports)));
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(0, -1).map(line), widths.map((w) => '-'.repeat(w)).join('  '), line(rows[rows.length - 1])].join('\n');

  function row(name: string, c: Counts): string[] {
    const s = scores(c);
    return [
      name,
      `${c.goldQuotes}/${c.predictedQuotes}/${c.matchedQuotes}`,
      fmt(s.span.p),
      fmt(s.span.r),
      fmt(s.speaker.p),
      fmt(s.speaker.r),
      fmt(s.speaker.f),
      `${c.partialCorrect}/${c.matchedQuotes}`,
      String(c.falseFromNonQuotes),
      fmt(s.people.p),
      fmt(s.people.r),
    ];
  }
}

/**
 * Four sets: eval/ (articles the rules were developed against),
 * eval/heldout/ (written afterwards and not used to tune the rules),
 * eval/blind/ and eval/blind2/ (each written and annotated before anyone ran
 * the extractor on them, in the shape scraped wire, newspaper and broadcaster
 * copy arrives in; blind2 also before the extractor's code was read again).
 * `--set dev|heldout|blind|blind2` (repeatable) picks some; the default is all.
 */
const SETS = {
  dev: { name: 'development set (eval/articles)', dir: '' },
  heldout: { name: 'held-out set (eval/heldout/articles)', dir: 'heldout' },
  blind: { name: 'blind set (eval/blind/articles)', dir: 'blind' },
  blind2: { name: 'second blind set (eval/blind2/articles)', dir: 'blind2' },
} as const;

type SetName = keyof typeof SETS;

function isSetName(s: string): s is SetName {
  return Object.prototype.hasOwnProperty.call(SETS, s);
}

/** The sets named by `--set NAME` / `--set=NAME` arguments, or all of them. */
export function chosenSets(argv: readonly string[]): SetName[] {
  const names: string[] = [];
  argv.forEach((a, i) => {
    if (a === '--set' && i + 1 < argv.length) names.push(argv[i + 1]);
    else if (a.startsWith('--set=')) names.push(a.slice('--set='.length));
  });
  if (names.length === 0) return Object.keys(SETS) as SetName[];
  const unknown = names.filter((n) => !isSetName(n));
  if (unknown.length > 0) throw new Error(`unknown set ${unknown.join(', ')}; use ${Object.keys(SETS).join(', ')}`);
  return names.filter(isSetName);
}

function main(): void {
  const root = join(__dirname, '..', '..', 'eval');
  const argv = process.argv.slice(2);
  if (argv.some((a) => a === '--polnear' || a.startsWith('--polnear='))) {
    // Loaded only here: the PolNeAR scorer itself uses this module's name matching.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { runPolnear } = require('./attribution/run') as typeof import('./attribution/run');
    process.stdout.write(runPolnear(argv));
    return;
  }
  const verbose = argv.includes('--verbose') || argv.includes('-v');
  for (const key of chosenSets(argv)) {
    const set = SETS[key];
    const reports = evaluateDirectory(join(root, set.dir));
    process.stdout.write(`\n${set.name}\n\n${table(reports)}\n`);
    const s = scores(totals(reports));
    process.stdout.write(
      `\nquote spans: P ${fmt(s.span.p)} R ${fmt(s.span.r)} F1 ${fmt(s.span.f)}   speakers: P ${fmt(s.speaker.p)} R ${fmt(s.speaker.r)} F1 ${fmt(s.speaker.f)}\n`,
    );
    if (verbose) {
      for (const r of reports) {
        if (r.errors.length === 0) continue;
        process.stdout.write(`\n${r.article}\n${r.errors.map((e) => `  - ${e}`).join('\n')}\n`);
      }
    }
  }
  if (!verbose) process.stdout.write('\n(run with -- --verbose to list every miss)\n');
}

if (require.main === module) main();
