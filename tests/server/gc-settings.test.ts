import { spawnSync } from 'node:child_process';
import { loadConfig } from '../../src/config/config';

const setFlags = jest.fn();
jest.mock('node:v8', () => ({ ...jest.requireActual<object>('node:v8'), setFlagsFromString: (flags: string) => setFlags(flags) }));

// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded after the mock above
const { applyHeapGrowthSetting, applyPretenuringSetting, applyScavengeSetting } = require('../../src/server/gc-settings') as typeof import('../../src/server/gc-settings');

/**
 * Helper-thread work V8 reports over the scavenges of a child process that allocates, with
 * `flags` set at run time as applyScavengeSetting sets them ("background.scavenge.parallel" in
 * its GC trace: with helper threads, some scavenge has a share done off the main thread).
 */
function helperThreadWork(runtimeFlags: string): { scavenges: number; work: number } {
  const script = `require('node:v8').setFlagsFromString(${JSON.stringify(runtimeFlags)});
    let keep = [];
    for (let i = 0; i < 4e6; i++) { keep.push({ a: i, b: [i] }); if (keep.length > 300000) keep = []; }`;
  const run = spawnSync(process.execPath, ['--trace-gc-nvp', '-e', script], { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(run.stderr);
  let scavenges = 0;
  let work = 0;
  for (const match of run.stdout.matchAll(/gc=s\b.*?background\.scavenge\.parallel=([\d.]+)/g)) {
    scavenges++;
    work += Number(match[1]);
  }
  return { scavenges, work };
}

describe('young-generation collection setting (PARALLEL_SCAVENGE)', () => {
  it('is off unless turned on', () => {
    expect(loadConfig({}).parallelScavenge).toBe(false);
    expect(loadConfig({ PARALLEL_SCAVENGE: 'on' }).parallelScavenge).toBe(true);
    expect(loadConfig({ PARALLEL_SCAVENGE: 'off' }).parallelScavenge).toBe(false);
  });

  it('sets the V8 flag for the process once per change', () => {
    applyScavengeSetting(false);
    applyScavengeSetting(false);
    applyScavengeSetting(true);
    expect(setFlags.mock.calls).toEqual([['--no-parallel-scavenge'], ['--parallel-scavenge']]);
  });

  it('sets the old-generation growth for the process once per change, and refuses what V8 would not read', () => {
    setFlags.mockClear();
    applyHeapGrowthSetting(20);
    applyHeapGrowthSetting(20);
    applyHeapGrowthSetting(0);
    expect(setFlags.mock.calls).toEqual([['--heap-growing-percent=20'], ['--heap-growing-percent=0']]);
    expect(() => applyHeapGrowthSetting(-1)).toThrow(RangeError);
    expect(() => applyHeapGrowthSetting(12.5)).toThrow(RangeError);
  });

  it('sets allocation-site pretenuring for the process once per change', () => {
    setFlags.mockClear();
    applyPretenuringSetting(false);
    applyPretenuringSetting(false);
    applyPretenuringSetting(true);
    expect(setFlags.mock.calls).toEqual([['--no-allocation-site-pretenuring'], ['--allocation-site-pretenuring']]);
  });

  it('is honoured by V8 when set at run time: no scavenge work on helper threads, where V8 otherwise puts some', () => {
    const serial = helperThreadWork('--no-parallel-scavenge');
    expect(serial.scavenges).toBeGreaterThan(0);
    expect(serial.work).toBe(0);
    // The control: the same allocation with helper threads does report their work.
    expect(helperThreadWork('--parallel-scavenge').work).toBeGreaterThan(0);
  }, 120_000);
});
