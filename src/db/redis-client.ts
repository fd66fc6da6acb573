import { BrokenCircuitError, circuitBreaker, ConsecutiveBreaker, handleWhen, type CircuitBreakerPolicy } from 'cockatiel';
import Redis, { ReplyError } from 'ioredis';

/** A Redis command refused without being sent: the connection is down or the breaker is open. */
export class RedisUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RedisUnavailableError';
  }
}

export interface RedisClientOptions {
  /** Connection errors and refused commands; the callers' own reports go through the same function. */
  onError?: (error: Error) => void;
  /** Consecutive commands that failed without a reply (timeouts, lost connection) that open the breaker. Default 3. */
  breakerThreshold?: number;
  /** How long an open breaker refuses commands before letting one probe through, in ms. Default 5000. */
  breakerCooldownMs?: number;
}

/**
 * Commands ioredis sends itself while it connects (handshake, ready check) or closes:
 * never held back, or a connection could not come back.
 */
// Subscription commands included: ioredis sends them itself to restore a subscriber's channels while
// it reconnects, before the client counts as ready, and a refusal there would go unhandled.
const CONNECTION_COMMANDS = new Set(['auth', 'hello', 'info', 'select', 'client', 'quit', 'readonly', 'subscribe', 'psubscribe', 'ssubscribe', 'unsubscribe', 'punsubscribe', 'sunsubscribe']);

/**
 * A Redis client for the caches and the rate limiter. Their callers treat Redis as optional
 * (a miss, or a request let through), so an outage must cost a request almost nothing:
 *
 * - Once a connection attempt has failed or the connection has dropped, every command is
 *   refused at once (RedisUnavailableError) until ioredis has reconnected in the background
 *   and the connection is ready again: a closed port costs no time per request.
 * - A circuit breaker (cockatiel) over the commands themselves covers a Redis that accepts
 *   connections but does not answer: after `breakerThreshold` commands in a row fail without a
 *   reply (each waits at most commandTimeout, 500 ms), commands are refused for
 *   `breakerCooldownMs`, then one probe goes through; its success closes the breaker. Redis's
 *   own error replies (a wrong type, a script error) are answers and never count.
 *
 * disconnectTimeout: how long close() waits for a half-open socket before destroying it.
 */
export function createRedisClient(url: string, options: RedisClientOptions | ((error: Error) => void) = {}): Redis {
  const settings: RedisClientOptions = typeof options === 'function' ? { onError: options } : options;
  const onError = settings.onError ?? (() => undefined);
  const redis = new Redis(url, { commandTimeout: 500, maxRetriesPerRequest: 1, connectTimeout: 2000, disconnectTimeout: 200 });
  let connectionDown = false;
  // Without a listener ioredis prints every connection error to the console.
  redis.on('error', (error: Error) => {
    connectionDown = true;
    onError(error);
  });
  redis.on('close', () => {
    connectionDown = true;
  });
  redis.on('ready', () => {
    connectionDown = false;
  });
  guardCommands(redis, () => connectionDown, breakerFor(settings));
  return redis;
}

function breakerFor(settings: RedisClientOptions): CircuitBreakerPolicy {
  return circuitBreaker(
    handleWhen((error) => !(error instanceof ReplyError)),
    { halfOpenAfter: settings.breakerCooldownMs ?? 5000, breaker: new ConsecutiveBreaker(settings.breakerThreshold ?? 3) },
  );
}

/** The part of ioredis's Command the guard touches. */
interface PendingCommand {
  name: string;
  promise: Promise<unknown>;
  reject(error: Error): void;
}

type SendCommand = (command: PendingCommand, ...rest: unknown[]) => unknown;

/**
 * Every command the client sends (plain commands and defineCommand scripts alike) passes
 * through ioredis's sendCommand; the guard wraps it on this one client.
 */
function guardCommands(redis: Redis, connectionDown: () => boolean, breaker: CircuitBreakerPolicy): void {
  const client = redis as unknown as { sendCommand: SendCommand };
  const send = client.sendCommand.bind(redis) as SendCommand;
  const refuse = (command: PendingCommand, why: string): Promise<unknown> => {
    command.reject(new RedisUnavailableError(`Redis ${why}; ${command.name} not sent`));
    return command.promise;
  };
  client.sendCommand = (command, ...rest) => {
    if (CONNECTION_COMMANDS.has(command.name) || redis.status === 'end') return send(command, ...rest);
    if (connectionDown()) return refuse(command, 'is not connected');
    return breaker.execute(() => send(command, ...rest) as Promise<unknown>).catch((error: unknown) => {
      if (error instanceof BrokenCircuitError) return refuse(command, 'did not answer recently (circuit open)');
      throw error;
    });
  };
}

/** QUIT when connected (lets pending replies arrive); otherwise stop connecting at once. */
export async function closeRedisClient(redis: Redis): Promise<void> {
  if (redis.status === 'ready') {
    try {
      await redis.quit();
      return;
    } catch {
      // fall through to disconnect
    }
  }
  redis.disconnect();
}
