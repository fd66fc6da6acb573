import { setFlagsFromString } from 'node:v8';

/*
 * V8 collects the young generation (a scavenge every 16 MB allocated: some 40 a second at
 * 1,500 front pages a second) with helper threads by default, and the main thread waits until
 * every helper that took a share of the work has finished it. With more runnable threads than
 * cores (the benchmark's 2 shared cores at a load average of 10-20, or any busy container) a
 * helper is often off the CPU, and the pause lasts until the scheduler brings it back. Under
 * such load (8 paired runs of the front pages, docs/performance.md) the gateway's scavenges took
 * 0.6-8.5 ms at the median with helpers against 0.45-5.5 ms on the main thread alone, and their
 * pauses added up to 0.2 against 0.1 ms per response (medians over the runs). Little survives
 * a scavenge (about 0.1 MB in an in-process loop), so there is little work to share; on idle
 * cores the helpers were not measured.
 *
 * The setting is the process's: V8 reads it at each scavenge, so it holds from the next one on.
 */

let applied: boolean | null = null;

/** Applies PARALLEL_SCAVENGE (false: scavenges on the main thread only) to this process. */
export function applyScavengeSetting(parallelScavenge: boolean): void {
  if (applied === parallelScavenge) return;
  setFlagsFromString(parallelScavenge ? '--parallel-scavenge' : '--no-parallel-scavenge');
  applied = parallelScavenge;
}
