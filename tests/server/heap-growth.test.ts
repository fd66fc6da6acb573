import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/config';
import { ConfigError } from '../../src/config/env-values';

const ROOT = join(__dirname, '..', '..');

/**
 * Starts the compiled gateway (startApp, as `npm start` does; dist/ is built by
 * tests/global-setup.ts) with `env`, then in that process keeps about 30 MB of records alive
 * and allocates short-lived ones held just long enough to reach the old generation. Reports
 * the old generation's size after a full collection (`kept`) and the largest it grew to
 * before the collections V8 started on its own (`peak`), in MB, and that it stopped cleanly.
 */
function oldGenerationUnderChurn(env: Record<string, string>): { kept: number; peak: number; heapLimit: number } {
  const script = `
    require('reflect-metadata');
    const v8 = require('node:v8');
    const { loadConfig } = require(${JSON.stringify(join(ROOT, 'dist/src/config/config.js'))});
    const { startApp } = require(${JSON.stringify(join(ROOT, 'dist/src/server/app.js'))});
    const { createLogger } = require(${JSON.stringify(join(ROOT, 'dist/src/logger.js'))});
    const MB = 1024 * 1024;
    const old = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'old_space');
    (async () => {
      const config = loadConfig(process.env);
      const app = await startApp(config, createLogger('silent'));
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
      await app.close();
      process.stdout.write(JSON.stringify({ kept: kept / MB, peak: peak / MB, heapLimit: v8.getHeapStatistics().heap_size_limit / MB, live: live.length }));
    })().catch((error) => { process.stderr.write(String(error && error.stack)); process.exit(1); });`;
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-heap-growth-'));
  try {
    const run = spawnSync(process.execPath, ['--expose-gc', '-e', script], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 90_000,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATABASE_URL: join(dir, 'news.db'), ENTITY_DATABASE_URL: join(dir, 'entities.db'), ENTITY_SERVICE_URL: '', REDIS_URL: '', ...env },
    });
    if (run.status !== 0) throw new Error(`exited ${run.status}: ${run.stderr}`);
    return JSON.parse(run.stdout) as { kept: number; peak: number; heapLimit: number };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('old-generation growth (HEAP_GROWING_PERCENT)', () => {
  it('is 20% unless set; 0 leaves it to V8; anything else is refused', () => {
    expect(loadConfig({}).heapGrowingPercent).toBe(20);
    expect(loadConfig({ HEAP_GROWING_PERCENT: '0' }).heapGrowingPercent).toBe(0);
    expect(loadConfig({ HEAP_GROWING_PERCENT: '50' }).heapGrowingPercent).toBe(50);
    expect(() => loadConfig({ HEAP_GROWING_PERCENT: '-5' })).toThrow(ConfigError);
    expect(() => loadConfig({ HEAP_GROWING_PERCENT: '1000' })).toThrow(ConfigError);
  });

  it('holds the old generation near what survives in the started gateway, where a large factor lets it grow', () => {
    const held = oldGenerationUnderChurn({});
    // The control: the same process and allocations with V8's largest factor.
    const grown = oldGenerationUnderChurn({ HEAP_GROWING_PERCENT: '300' });
    expect(grown.peak).toBeGreaterThan(grown.kept * 2.5);
    // In one run: kept 63 MB; peak 128 MB held, 329 MB grown.
    expect(held.peak).toBeLessThan(grown.peak / 2);
    // A growth factor, not a limit: the heap may still grow to the limit a plain node process has.
    const plain = spawnSync(process.execPath, ['-p', 'require("node:v8").getHeapStatistics().heap_size_limit / 1048576'], { encoding: 'utf8' });
    expect(held.heapLimit).toBe(Number(plain.stdout));
  }, 180_000);
});
