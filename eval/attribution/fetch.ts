/**
 * `npm run eval:fetch-polnear [-- --from <git dir or url>] [--out DIR]`
 *
 * Exports the PolNeAR train and dev splits (text, attributions) and the
 * metadata rows of those splits into eval/data/polnear/ (git-ignored; the
 * corpus is never committed). The test split is not exported. `--from`
 * takes a local clone or bare mirror (read with `git archive`, no network)
 * or a URL; the default is https://github.com/networkdynamics/PolNeAR,
 * cloned shallow and sparse so that only the exported folders are fetched.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const DEFAULT_SOURCE = 'https://github.com/networkdynamics/PolNeAR';
export const EXPORTED = ['data/train/text', 'data/train/attributions', 'data/dev/text', 'data/dev/attributions'];

function git(args: string[], cwd?: string): void {
  execFileSync('git', args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
}

function isLocalGit(from: string): boolean {
  if (!existsSync(from)) return false;
  try {
    execFileSync('git', ['-C', from, 'rev-parse', '--git-dir'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** metadata.tsv keeping the header and the train and dev rows only. */
export function trainDevMetadata(tsv: string): string {
  const [head, ...rows] = tsv.split(/\r?\n/);
  const col = head.split('\t').indexOf('compartment');
  if (col < 0) throw new Error('metadata.tsv has no compartment column');
  const kept = rows.filter((r) => {
    const c = r.split('\t')[col];
    return c === 'train' || c === 'dev';
  });
  return [head, ...kept].join('\n') + '\n';
}

export function fetchPolnear(from: string, out: string): void {
  const stage = mkdtempSync(join(tmpdir(), 'polnear-'));
  try {
    let tree: string;
    if (isLocalGit(from)) {
      const tar = join(stage, 'export.tar');
      git(['-C', from, 'archive', '-o', tar, 'HEAD', ...EXPORTED, 'data/metadata.tsv']);
      tree = join(stage, 'tree');
      mkdirSync(tree);
      execFileSync('tar', ['-xf', tar, '-C', tree], { stdio: 'inherit' });
    } else {
      tree = join(stage, 'clone');
      git(['clone', '--quiet', '--depth', '1', '--filter=blob:none', '--no-checkout', from, tree]);
      git(['sparse-checkout', 'set', '--no-cone', ...EXPORTED.map((p) => `/${p}/`), '/data/metadata.tsv'], tree);
      git(['checkout', '--quiet'], tree);
    }
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    for (const split of ['train', 'dev']) {
      for (const kind of ['text', 'attributions']) {
        const src = join(tree, 'data', split, kind);
        if (!existsSync(src)) throw new Error(`${from} has no data/${split}/${kind}`);
        cpSync(src, join(out, split, kind), { recursive: true });
      }
    }
    writeFileSync(join(out, 'metadata.tsv'), trainDevMetadata(readFileSync(join(tree, 'data', 'metadata.tsv'), 'utf8')));
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

function main(): void {
  const argv = process.argv.slice(2);
  const at = (name: string): string | null => {
    const i = argv.indexOf(name);
    return i >= 0 && i + 1 < argv.length ? argv[i + 1] : null;
  };
  const from = at('--from') ?? DEFAULT_SOURCE;
  const out = resolve(at('--out') ?? join(__dirname, '..', '..', '..', 'eval', 'data', 'polnear'));
  fetchPolnear(existsSync(from) ? resolve(from) : from, out);
  process.stdout.write(`PolNeAR train and dev exported to ${out}\n`);
}

if (require.main === module) main();
