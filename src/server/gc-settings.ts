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

/** The flag each setting last set in this process: a setting sets its flag once per change. */
const appliedFlags = new Map<string, string>();

function setFlag(setting: string, flag: string): void {
  if (appliedFlags.get(setting) === flag) return;
  setFlagsFromString(flag);
  appliedFlags.set(setting, flag);
}

/** Applies PARALLEL_SCAVENGE (false: scavenges on the main thread only) to this process. */
export function applyScavengeSetting(parallelScavenge: boolean): void {
  setFlag('scavenge', parallelScavenge ? '--parallel-scavenge' : '--no-parallel-scavenge');
}

/*
 * The old generation. After each full collection V8 sets the size at which the next one starts:
 * what survived times a factor it derives from the collection and program speeds it measured
 * (1.1 to 4), plus the young generation's capacity. Under load on busy cores the measured speeds
 * vary, and so does the factor from one process to the next: with about 33 MB of live heap, the
 * bench's gateway processes where the old generation filled with garbage (see pretenuring below)
 * let it grow to 95 and then 137 MB, and RSS swung between 190 and 250 MB (docs/performance.md,
 * "Peak RSS: two modes"). A fixed factor (V8's --heap-growing-percent) takes that choice away
 * from the measured speeds and bounds the old generation whatever fills it.
 *
 * It is a growth factor, not a limit: the heap limit stays V8's own, so a large answer still has
 * all the room it had, and only the next full collection comes sooner. V8 reads the flag each
 * time it sets the next size, so it holds from the next full collection on.
 */

/** Applies HEAP_GROWING_PERCENT (0: V8 picks the factor itself) to this process. */
export function applyHeapGrowthSetting(percent: number): void {
  if (!Number.isInteger(percent) || percent < 0) throw new RangeError(`heap growing percent must be a whole number ≥ 0, got ${percent}`);
  setFlag('heap-growth', `--heap-growing-percent=${percent}`);
}

/*
 * Pretenuring. V8 counts, at each scavenge, how many objects from each allocation site (an
 * object or array literal in the code) survived; a site whose objects mostly survive is switched
 * to allocating them directly in the old generation. Under load a request's objects are often
 * still in use when a scavenge comes (20 requests in flight, the process off the CPU midway), so
 * sites whose objects live for one request can be judged long-lived: their objects then die in
 * the old generation, which fills with garbage between full collections. Whether that happened
 * was what set a bench gateway process apart (with the flag off, at V8's own growth factor: 2 full
 * collections per run against 6-10 and RSS 144-149 MB against 229-249 MB in the processes where
 * it did; docs/performance.md). startApp sets it before the schema is built; the few sites judged
 * while the modules load (two in a check) keep their decision.
 */

/** Applies PRETENURING (false: every object starts in the young generation) to this process. */
export function applyPretenuringSetting(pretenuring: boolean): void {
  setFlag('pretenuring', pretenuring ? '--allocation-site-pretenuring' : '--no-allocation-site-pretenuring');
}
