import type Redis from 'ioredis';
import { closeRedisClient, createRedisClient } from '../db/redis-client';
import { InProcessNewsEvents, LocalFanout, parseNewsEvent, type ListenOptions, type NewsEvent, type NewsEvents } from './news-events';

export interface RedisNewsEventsOptions {
  /** REDIS_PREFIX: the channel is `${prefix}events`. */
  prefix: string;
  onError?: (error: Error) => void;
}

/**
 * With REDIS_URL: every replica publishes to one Redis channel and hears it on a
 * connection of its own, so an ingest through any replica (or `npm run ingest`)
 * reaches the subscribers of every replica. An event is delivered to this
 * process's subscribers when it comes back from Redis, exactly once.
 */
export class RedisNewsEvents implements NewsEvents {
  private readonly fanout = new LocalFanout();

  private constructor(
    private readonly publisher: Redis,
    private readonly subscriber: Redis | null,
    private readonly channel: string,
    private readonly onError: (error: Error) => void,
  ) {}

  /** Connects and subscribes (a Redis that is away is reported to onError; the subscription is made when it comes back). */
  static async open(url: string, options: RedisNewsEventsOptions, listen = true): Promise<RedisNewsEvents> {
    const onError = options.onError ?? (() => undefined);
    const channel = `${options.prefix}events`;
    const publisher = createRedisClient(url, onError);
    const subscriber = listen ? createRedisClient(url, onError) : null;
    const events = new RedisNewsEvents(publisher, subscriber, channel, onError);
    if (subscriber !== null) {
      subscriber.on('message', (from: string, message: string) => {
        if (from === channel) events.receive(message);
      });
      await subscriber.subscribe(channel).catch((error: Error) => onError(error));
    }
    return events;
  }

  get listenerCount(): number {
    return this.fanout.size;
  }

  async publish(events: readonly NewsEvent[]): Promise<void> {
    if (events.length === 0) return;
    await this.publisher.publish(this.channel, JSON.stringify(events)).catch((error: Error) => this.onError(error));
  }

  listen(accept: (event: NewsEvent) => boolean, options: ListenOptions): AsyncIterableIterator<NewsEvent> {
    return this.fanout.listen(accept, options);
  }

  async close(): Promise<void> {
    await Promise.all([closeRedisClient(this.publisher), this.subscriber === null ? undefined : closeRedisClient(this.subscriber)]);
  }

  private receive(message: string): void {
    let parsed: unknown;
    try {
      parsed = JSON.parse(message);
    } catch {
      return;
    }
    if (!Array.isArray(parsed)) return;
    for (const item of parsed) {
      const event = parseNewsEvent(item);
      if (event !== null) this.fanout.deliver(event);
    }
  }
}

/** RedisNewsEvents with REDIS_URL, else InProcessNewsEvents. `listen: false` for a process that only publishes (`npm run ingest`). */
export async function openNewsEvents(
  redisUrl: string | null,
  options: RedisNewsEventsOptions & { listen?: boolean },
): Promise<NewsEvents> {
  if (redisUrl === null) return new InProcessNewsEvents();
  return RedisNewsEvents.open(redisUrl, options, options.listen ?? true);
}
