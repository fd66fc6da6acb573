/**
 * `tsc -p eval/tsconfig.json && node dist/eval/attribution/check-pronouns.js --polnear DIR`: the scorer's resolution of
 * gold pronoun and description sources against the hand labels in pronoun-labels.json (a random draw of gold "he",
 * "she" and one-person description sources from train and dev, each labelled by reading the text). Prints, per label
 * set, how many the text reading (coref.ts) and the nearest-named-source rule alone get right.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sameName } from '../evaluate';
import { attributionsIn, parseBrat } from './brat';
import { goldAttributions, resolvePronoun, type ScoredGold } from './gold';
import { chooseAnnotations, parseOptions, readAnnotators } from './run';

interface Label {
  set: string;
  split: string;
  article: string;
  id: string;
  /** The person meant, alternatives joined by "|"; null when the text names no one for it. */
  label: string | null;
}

/** Whether a resolution is the labelled person: the same name, or the resolution's last word is a word of the label. */
export function rightPerson(label: string | null, resolved: string | null): boolean {
  if (label === null || resolved === null) return label === resolved;
  const last = resolved.split(/\s+/).pop()?.toLowerCase() ?? '';
  return label.split('|').some((l) => sameName(l, resolved) || sameName(resolved, l) || l.toLowerCase().split(/\s+/).includes(last));
}

export function checkPronouns(dir: string, labels: readonly Label[]): string {
  const annotators = readAnnotators(dir);
  const articles = new Map<string, ScoredGold[]>();
  const tally = new Map<string, { n: number; text: number; nearest: number }>();
  for (const l of labels) {
    const key = `${l.split}/${l.article}`;
    if (!articles.has(key)) {
      const root = join(dir, l.split);
      const chosen = chooseAnnotations(readdirSync(join(root, 'attributions')), annotators);
      const file = chosen.get(l.article);
      const textPath = join(root, 'text', `${l.article}.txt`);
      if (file === undefined || !existsSync(textPath)) throw new Error(`${key} not found`);
      const text = readFileSync(textPath, 'utf8');
      articles.set(key, goldAttributions(text, attributionsIn(text, parseBrat(readFileSync(join(root, 'attributions', file), 'utf8')))));
    }
    const all = articles.get(key) ?? [];
    const g = all.find((x) => x.id === l.id);
    if (g === undefined) throw new Error(`${key} ${l.id} not found`);
    const { referent: _text, ...bare } = g;
    const t = tally.get(l.set) ?? { n: 0, text: 0, nearest: 0 };
    t.n++;
    if (rightPerson(l.label, resolvePronoun(g, all))) t.text++;
    if (rightPerson(l.label, resolvePronoun(bare, all))) t.nearest++;
    tally.set(l.set, t);
  }
  const pct = (a: number, n: number): string => `${a}/${n} (${((100 * a) / n).toFixed(1)}%)`;
  return [...tally].map(([set, t]) => `${set}: read in the text ${pct(t.text, t.n)}, nearest named source ${pct(t.nearest, t.n)}`).join('\n');
}

if (require.main === module) {
  const { dir } = parseOptions(process.argv.slice(2));
  const labels = JSON.parse(readFileSync(join(__dirname, '../../../eval/attribution/pronoun-labels.json'), 'utf8')) as Label[];
  process.stdout.write(`${checkPronouns(dir, labels)}\n`);
}
