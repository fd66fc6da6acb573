import type { RequestContext } from './request-context';
import type { NewsEvent } from '../events/news-events';

/** What type-graphql hands a subscribe function. */
export interface LiveArgs<TArgs> {
  args: TArgs;
  context: RequestContext;
}

/** How many events one subscription may have waiting when nothing else says (in-process execution). */
const DEFAULT_QUEUE_LIMIT = 1000;

/**
 * The events of the services' event stream that pass `accept`, for one subscription; `route`
 * (news-events.ts) narrows the events `accept` is offered to those it can pass.
 * Held events are bounded by the connection's queue limit: a subscriber that falls
 * further behind is dropped (RequestContext.live), never buffered without bound.
 */
export function liveEvents<E extends NewsEvent>(context: RequestContext, accept: (event: NewsEvent) => event is E, route?: string): AsyncIterableIterator<E> {
  const events = context.services.events;
  if (events === undefined) throw new Error('This gateway was started without an event stream.');
  const live = context.live;
  const source = events.listen(accept, {
    queueLimit: live?.queueLimit ?? DEFAULT_QUEUE_LIMIT,
    onOverflow: () => live?.onOverflow(),
    route,
  }) as AsyncIterableIterator<E>;
  if (live === undefined) return source;
  // Each event is executed (right after it is taken from here) with that event's loaders.
  const iterator: AsyncIterableIterator<E> = {
    next: async () => {
      const result = await source.next();
      if (!result.done) context.loaders = live.loadersFor(result.value);
      return result;
    },
    return: () => source.return?.() ?? Promise.resolve({ value: undefined, done: true }),
    throw: (error: unknown) => source.throw?.(error) ?? Promise.reject(error),
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}

/** Every wanted id is among the mentioned ones. */
export function mentionsAll(mentioned: readonly number[], wanted: readonly number[]): boolean {
  for (const id of wanted) if (!mentioned.includes(id)) return false;
  return true;
}
