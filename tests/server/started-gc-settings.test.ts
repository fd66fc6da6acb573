import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/config';
import { ConfigError } from '../../src/config/env-values';

const ROOT = join(__dirname, '..', '..');
const STARTED_LINE = 'STARTED';
const STARTED = `${STARTED_LINE}\n`;
const MARK = 'RESULT ';

/**
 * Starts the compiled gateway (startApp, as `npm start` does; dist/ is built by
 * tests/global-setup.ts) in a child `node nodeArgs…` with `env`, runs `body` (JavaScript
 * that leaves its result in `result`) in that process, closes the app, and returns the
 * result and what the process printed once started, up to the result.
 */
function inStartedGateway(env: Record<string, string>, nodeArgs: string[], body: string): { result: Record<string, number>; output: string } {
  const script = `
    require('reflect-metadata');
    const v8 = require('node:v8');
    const { loadConfig } = require(${JSON.stringify(join(ROOT, 'dist/src/config/config.js'))});
    const { startApp } = require(${JSON.stringify(join(ROOT, 'dist/src/server/app.js'))});
    const { createLogger } = require(${JSON.stringify(join(ROOT, 'dist/src/logger.js'))});
    (async () => {
      const app = await startApp(loadConfig(process.env), createLogger('silent'));
      process.stdout.write('\\n${STARTED_LINE}\\n');
      let result = {};
      ${body}
      await app.close();
      process.stdout.write('\\n${MARK}' + JSON.stringify(result) + '\\n');
    })().catch((error) => { process.stderr.write(String(error && error.stack)); process.exit(1); });`;
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-gc-settings-'));
  try {
    const run = spawnSync(process.execPath, [...nodeArgs, '-e', script], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 90_000,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATABASE_URL: join(dir, 'news.db'), ENTITY_DATABASE_URL: join(dir, 'entities.db'), ENTITY_SERVICE_URL: '', REDIS_URL: '', ...env },
    });
    if (run.status !== 0) throw new Error(`exited ${run.status}: ${run.stderr}`);
    const at = run.stdout.lastIndexOf(MARK);
    const started = run.stdout.indexOf(STARTED);
    return { result: JSON.parse(run.stdout.slice(at + MARK.length)) as Record<string, number>, output: run.stdout.slice(started + STARTED.length, at) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Keeps about 30 MB of records alive, then allocates short-lived ones held just long enough to
 * reach the old generation: the old generation's size after a full collection (`kept`) and the
 * largest it grew to before the collections V8 started on its own (`peak`), in MB, and the heap limit.
 */
const OLD_GENERATION_UNDER_CHURN = `
  const MB = 1024 * 1024;
  const old = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'old_space');
  const live = [];
  for (let i = 0; i < 250000; i++) live.push({ i, name: 'record ' + i, list: [i] });
  gc();
  gc();
  const kept = old().space_size;
  let peak = 0;
  const ring = new Array(200000);
  for (let i = 0; i < 5e6; i++) {
    ring[i % ring.length] = { i, pair: [i, i] };
    if ((i & 4095) === 0) peak = Math.max(peak, old().space_size);
  }
  result = { kept: kept / MB, peak: peak / MB, heapLimit: v8.getHeapStatistics().heap_size_limit / MB, live: live.length };`;

/** Objects from one allocation site that all outlive several scavenges: what V8 pretenures. */
const SURVIVING_OBJECTS = `
  function make(i) { return { a: i, b: i + 1 }; }
  let keep = [];
  for (let i = 0; i < 3e6; i++) { keep.push(make(i)); if (keep.length > 500000) keep = []; }
  result = { made: 3e6 };`;

describe('old-generation growth (HEAP_GROWING_PERCENT)', () => {
  it('is 20% unless set; 0 leaves it to V8; anything else is refused', () => {
    expect(loadConfig({}).heapGrowingPercent).toBe(20);
    expect(loadConfig({ HEAP_GROWING_PERCENT: '0' }).heapGrowingPercent).toBe(0);
    expect(loadConfig({ HEAP_GROWING_PERCENT: '50' }).heapGrowingPercent).toBe(50);
    expect(() => loadConfig({ HEAP_GROWING_PERCENT: '-5' })).toThrow(ConfigError);
    expect(() => loadConfig({ HEAP_GROWING_PERCENT: '1000' })).toThrow(ConfigError);
  });

  it('holds the old generation near what survives in the started gateway, where a large factor lets it grow', () => {
    const held = inStartedGateway({}, ['--expose-gc'], OLD_GENERATION_UNDER_CHURN).result;
    // The control: the same process and allocations with V8's largest factor.
    const grown = inStartedGateway({ HEAP_GROWING_PERCENT: '300' }, ['--expose-gc'], OLD_GENERATION_UNDER_CHURN).result;
    expect(grown.peak).toBeGreaterThan(grown.kept * 2.5);
    // In one run: kept 63 MB; peak 128 MB held, 329 MB grown.
    expect(held.peak).toBeLessThan(grown.peak / 2);
    // A growth factor, not a limit: the heap may still grow to the limit a plain node process has.
    const plain = spawnSync(process.execPath, ['-p', 'require("node:v8").getHeapStatistics().heap_size_limit / 1048576'], { encoding: 'utf8' });
    expect(held.heapLimit).toBe(Number(plain.stdout));
  }, 180_000);
});

describe('pretenuring (PRETENURING)', () => {
  it('is off unless turned on', () => {
    expect(loadConfig({}).pretenuring).toBe(false);
    expect(loadConfig({ PRETENURING: 'on' }).pretenuring).toBe(true);
  });

  it('is off in the started gateway: V8 decides to pretenure no site, where with PRETENURING=on it does', () => {
    // V8 prints each pretenuring decision it takes with this flag ("... => tenure"); those taken
    // while the modules load, before startApp sets the flag, are not counted.
    const decisions = (env: Record<string, string>): number => (inStartedGateway(env, ['--trace-pretenuring-statistics'], SURVIVING_OBJECTS).output.match(/=> tenure/g) ?? []).length;
    expect(decisions({})).toBe(0);
    expect(decisions({ PRETENURING: 'on' })).toBeGreaterThan(0);
  }, 180_000);
});
