#!/usr/bin/env node
/**
 * `npm start` (and the other commands that run dist/): builds with `tsc -p tsconfig.build.json`
 * only when a file the build reads is newer than the last build this script finished, so a start
 * on a current build costs a directory walk instead of a TypeScript program (seconds of CPU).
 *
 * Contract: dist/.build-stamp is touched after every successful build; the build runs when the
 * stamp is missing or any file under the built folders, a tsconfig or package.json (or a folder
 * itself: a file added, renamed or removed) is newer than it. `tsc` is incremental, so a build
 * that finds nothing to do is still correct, only slower.
 */
const { spawnSync } = require('node:child_process');
const { mkdirSync, readdirSync, statSync, utimesSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const stamp = join(root, 'dist', '.build-stamp');
/** What tsconfig.build.json includes, and the configuration around it. */
const SOURCES = ['src', 'schema', 'resolvers', 'sdk', 'bench', 'tsconfig.json', 'tsconfig.build.json', 'package.json'];
/** Never inputs of the build: outputs and installed packages. */
const SKIPPED = new Set(['node_modules', 'dist']);

/** The newest modification time (ms) under `path`, or 0 when it does not exist. */
function newest(path) {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return 0;
  }
  let latest = stat.mtimeMs;
  if (stat.isDirectory()) {
    for (const entry of readdirSync(path)) {
      if (!SKIPPED.has(entry)) latest = Math.max(latest, newest(join(path, entry)));
    }
  }
  return latest;
}

let built = 0;
try {
  built = statSync(stamp).mtimeMs;
} catch {
  built = 0;
}
const changed = Math.max(...SOURCES.map((source) => newest(join(root, source))));
if (built === 0 || changed > built) {
  const tsc = require.resolve('typescript/bin/tsc', { paths: [root] });
  const started = Date.now();
  const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  mkdirSync(join(root, 'dist'), { recursive: true });
  // Stamped with the time the build started: a file saved during the build is newer, so the next start builds again.
  writeFileSync(stamp, '');
  utimesSync(stamp, started / 1000, started / 1000);
}
