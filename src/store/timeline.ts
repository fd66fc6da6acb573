import { InvalidInputError } from '../errors';
import type { TimelineBucket, TimelineInterval, TimelineRequest } from '../records/article-records';

/** Most periods one timeline may span. */
export const MAX_TIMELINE_BUCKETS = 1000;

const DAY_MS = 86_400_000;

/** The first day (UTC) of the period holding `ms`. */
export function periodStart(ms: number, interval: TimelineInterval): Date {
  const d = new Date(ms);
  const day = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  if (interval === 'day') return new Date(day);
  if (interval === 'week') return new Date(day - ((d.getUTCDay() + 6) % 7) * DAY_MS);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
}

function nextPeriod(start: Date, interval: TimelineInterval): Date {
  if (interval === 'day') return new Date(start.getTime() + DAY_MS);
  if (interval === 'week') return new Date(start.getTime() + 7 * DAY_MS);
  return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
}

/** Every period from `fromMs` up to (not including) `toMs`, as `YYYY-MM-DD`; InvalidInputError past MAX_TIMELINE_BUCKETS. */
export function periods(request: Pick<TimelineRequest, 'interval' | 'fromMs' | 'toMs'>): string[] {
  const starts: string[] = [];
  for (let start = periodStart(request.fromMs, request.interval); start.getTime() < request.toMs; start = nextPeriod(start, request.interval)) {
    if (starts.length >= MAX_TIMELINE_BUCKETS) {
      throw new InvalidInputError(`A timeline spans at most ${MAX_TIMELINE_BUCKETS} periods; narrow "from" and "to" or use a longer interval.`, { argument: 'to' });
    }
    starts.push(start.toISOString().slice(0, 10));
  }
  return starts;
}

/** The counts of one request, every period present (0 where nothing was published). */
export function fillTimeline(request: TimelineRequest, counted: ReadonlyMap<string, number>): TimelineBucket[] {
  return periods(request).map((start) => ({ start, count: counted.get(start) ?? 0 }));
}

/** Requests that one statement can answer together: same kind, interval and range. */
export function timelineGroups(requests: readonly TimelineRequest[]): { sample: TimelineRequest; indexes: number[] }[] {
  const groups = new Map<string, { sample: TimelineRequest; indexes: number[] }>();
  requests.forEach((request, index) => {
    const key = `${request.kind} ${request.interval} ${request.fromMs} ${request.toMs}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { sample: request, indexes: [] }));
    group.indexes.push(index);
  });
  return [...groups.values()];
}

/**
 * One statement for a group: rows of (owner, period, count). `period` is the
 * dialect's expression for the period's first day as `YYYY-MM-DD` from a
 * sort time in ms; parameters: the owners (`owners`), then from and to (ms).
 */
export function timelineSql(kind: TimelineRequest['kind'], owners: string, period: (sortTime: string) => string, param: (n: number) => string): string {
  const from = kind === 'mentions'
    ? `SELECT DISTINCT m.entity_id AS owner, m.article_id AS item, m.sort_time FROM mentions m JOIN articles a ON a.id = m.article_id
       WHERE m.entity_id IN (${owners}) AND a.published_at IS NOT NULL AND m.sort_time >= ${param(2)} AND m.sort_time < ${param(3)}`
    : `SELECT q.speaker_id AS owner, q.id AS item, q.sort_time FROM quotes q JOIN articles a ON a.id = q.article_id
       WHERE q.speaker_id IN (${owners}) AND a.published_at IS NOT NULL AND q.sort_time >= ${param(2)} AND q.sort_time < ${param(3)}`;
  return `SELECT owner, ${period('t.sort_time')} AS period, COUNT(*) AS n FROM (${from}) t GROUP BY owner, period`;
}
