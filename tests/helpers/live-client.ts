import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/** The WebSocket URL of a gateway's GraphQL endpoint (http://host:port/graphql → ws://host:port/graphql). */
export function wsUrlOf(httpUrl: string): string {
  return httpUrl.replace(/^http/, 'ws');
}

/** A graphql-ws client for a gateway, optionally sending an API key in connectionParams. */
export function liveClient(httpUrl: string, key?: string): Client {
  return createClient({
    url: wsUrlOf(httpUrl),
    webSocketImpl: WebSocket,
    connectionParams: key === undefined ? {} : { authorization: `Bearer ${key}` },
    retryAttempts: 0,
    lazy: false,
    // A refused connection reaches each subscription's error sink; nothing to print.
    onNonLazyError: () => undefined,
  });
}

// Shapes of arbitrary results; tests check the fields they name.
type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface LiveSubscription {
  /** `next` payloads so far. */
  results: Json[];
  /** The `error` payload, if the server refused the operation. */
  errors: Json[] | null;
  /** Resolves when `count` results have arrived (or the subscription ended first). */
  received(count: number): Promise<Json[]>;
  /** Resolves when the server refused or completed it. */
  ended: Promise<void>;
  stop(): void;
}

/** Subscribes and records what arrives. */
export function subscribe(client: Client, query: string, variables?: Record<string, unknown>): LiveSubscription {
  const waiters: { count: number; resolve: () => void }[] = [];
  let endResolve: () => void = () => undefined;
  const ended = new Promise<void>((resolve) => (endResolve = resolve));
  const sub: LiveSubscription = {
    results: [],
    errors: null,
    received: (count) =>
      sub.results.length >= count ? Promise.resolve(sub.results) : new Promise((resolve) => waiters.push({ count, resolve: () => resolve(sub.results) })),
    ended,
    stop: () => stop(),
  };
  const settle = (): void => {
    for (const waiter of [...waiters]) {
      if (sub.results.length >= waiter.count) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  };
  const finish = (): void => {
    for (const waiter of waiters.splice(0)) waiter.resolve();
    endResolve();
  };
  const stop = client.subscribe(
    { query, variables },
    {
      next: (value) => {
        sub.results.push(value);
        settle();
      },
      error: (error) => {
        sub.errors = Array.isArray(error) ? error : [error];
        finish();
      },
      complete: finish,
    },
  );
  return sub;
}
