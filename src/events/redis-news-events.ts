import { randomUUID } from 'node:crypto';
import type Redis from 'ioredis';
import { closeRedisClient, createRedisClient } from '../db/redis-client';
import { InProcessNewsEvents, LocalFanout, parseNewsEvent, type ListenOptions, type NewsEvent, type NewsEvents } from './news-events';

export interface RedisNewsEventsOptions {
  /** REDIS_PREFIX: the channel is `${prefix}events`. */
  prefix: string;
  onError?: (error: Error) => void;
}

/** Events held while Redis cannot take them, for other replicas; past this the oldest are dropped. */
export const HELD_EVENTS_LIMIT = 10_000;
/** Longest wait, after Redis is back, for the other replicas to listen again before held events go out. */
const RESUBSCRIBE_WAIT_MS = 10_000;

/**
 * With REDIS_URL: every replica publishes to one Redis channel and hears it on a
 * connection of its own, so an ingest through any replica (or `npm run ingest`)
 * reaches the subscribers of every replica.
 *
 * This process's own events reach its subscribers at once, without Redis, so a
 * Redis restart costs them nothing; each message carries this process's origin id,
 * and what comes back from Redis with it is not delivered again (exactly once).
 * What Redis refused while it was away is held (up to HELD_EVENTS_LIMIT events) and
 * published, in order, once the connection is ready again and as many connections
 * listen on the channel as heard the last publish before (waiting at most 10 s), for
 * the other replicas.
 */
export class RedisNewsEvents implements NewsEvents {
  private readonly fanout = new LocalFanout();
  private readonly origin = randomUUID();
  private held: NewsEvent[] = [];
  /** Connections that heard the last publish (Redis's answer to PUBLISH). */
  private receivers = 0;
  private flushing: Promise<void> | null = null;

  private constructor(
    private readonly publisher: Redis,
    private readonly subscriber: Redis | null,
    private readonly channel: string,
    private readonly onError: (error: Error) => void,
  ) {
    publisher.on('ready', () => void this.flush());
  }

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
    if (this.subscriber !== null) for (const event of events) this.fanout.deliver(event);
    // Behind events still held: published after them, in order.
    if (this.held.length > 0) {
      this.hold(events);
      return this.flush();
    }
    await this.send(events).catch((error: Error) => {
      this.hold(events);
      this.onError(error);
    });
  }

  private async send(events: readonly NewsEvent[]): Promise<void> {
    this.receivers = await this.publisher.publish(this.channel, JSON.stringify({ origin: this.origin, events }));
  }

  /**
   * After an outage: waits (at most RESUBSCRIBE_WAIT_MS) until as many connections listen on the
   * channel as heard the last publish before it, so that replicas reconnecting a moment after
   * this one still hear the held events.
   */
  private async listenersBack(): Promise<void> {
    const until = Date.now() + RESUBSCRIBE_WAIT_MS;
    while (Date.now() < until) {
      const reply = (await this.publisher.pubsub('NUMSUB', this.channel)) as [string, number];
      if (Number(reply[1]) >= this.receivers) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  private hold(events: readonly NewsEvent[]): void {
    this.held.push(...events);
    if (this.held.length > HELD_EVENTS_LIMIT) {
      const dropped = this.held.length - HELD_EVENTS_LIMIT;
      this.held.splice(0, dropped);
      this.onError(new Error(`Redis was away: dropped the ${dropped} oldest events held for other replicas`));
    }
  }

  /** Publishes the held events, oldest first; stops at the first refusal (the next 'ready' tries again). */
  private flush(): Promise<void> {
    // Cleared once the drain has settled (asynchronously, so never before it is recorded).
    this.flushing ??= this.drain().finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  private async drain(): Promise<void> {
    if (this.held.length === 0) return;
    await this.listenersBack().catch((error: Error) => this.onError(error));
    while (this.held.length > 0) {
      const batch = this.held.slice(0, 100);
      try {
        await this.send(batch);
      } catch (error) {
        this.onError(error as Error);
        return;
      }
      this.held.splice(0, batch.length);
    }
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
    // { origin, events }; a bare array from a publisher that sends no origin.
    let items: unknown = parsed;
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
      const message = parsed as { origin?: unknown; events?: unknown };
      if (message.origin === this.origin && this.subscriber !== null) return;
      items = message.events;
    }
    if (!Array.isArray(items)) return;
    for (const item of items) {
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
