import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** tsc's exit status when it reported errors but still wrote every output file. */
const DIAGNOSTICS_PRESENT_OUTPUTS_GENERATED = 2;

/**
 * Builds the whole project once per jest run (incremental, so usually quick):
 * some tests start the compiled CLIs (dist/src/cli/*.js) as real processes and
 * must not run against a stale build.
 *
 * Type errors alone do not stop the tests: tsc still emits every file, and
 * `npm test` gates on `npm run typecheck` before jest. They are shown as a
 * warning; a build that wrote nothing fails the run.
 */
export default function globalSetup(): void {
  const root = join(__dirname, '..');
  const tsc = require.resolve('typescript/bin/tsc', { paths: [root] });
  const build = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, encoding: 'utf8' });
  if (build.status === 0) return;
  const output = `${build.stdout ?? ''}${build.stderr ?? ''}`.trim();
  if (build.status === DIAGNOSTICS_PRESENT_OUTPUTS_GENERATED) {
    const lines = output.split('\n');
    process.stderr.write(`\nwarning: the build reported type errors (dist/ was still written):\n${lines.slice(0, 10).join('\n')}\n`);
    return;
  }
  throw new Error(`The build (tsc -p tsconfig.build.json) failed before the tests:\n${output || build.error?.message}`);
}
