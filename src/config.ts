import { userInfo } from 'node:os';

/**
 * Configuration from the environment. Every variable is checked at start;
 * a bad value stops the process with one line naming the variable.
 */
export interface Config {
  host: string;
  port: number;
  /** A SQLite path, or a postgres:// URL. */
  databaseUrl: string;
  /** Unset: the entity service runs in-process. */
  entityServiceUrl: string | null;
  entityServicePort: number;
  /** ENTITY_SERVICE_HOST: where `npm run entity-service` listens. Default loopback; another address needs a token. */
  entityServiceHost: string;
  /**
   * ENTITY_SERVICE_TOKEN: the shared secret of the entity service's HTTP API. The service
   * refuses every request but /healthz without it (when set); the gateway sends it.
   */
  entityServiceToken: string | null;
  entityDatabaseUrl: string;
  /** Largest number of ids in one entity-service batch request. */
  entityBatchSize: number;
  /** Per-request timeout for the entity service, in ms. */
  entityTimeoutMs: number;
  /** Retries of a failed entity-service read (getByIds, membersOf, lookup, list); writes are never retried. */
  entityRetries: number;
  /** Overall time budget of one entity-service read, retries and backoff included, in ms. */
  entityDeadlineMs: number;
  /** Consecutive failed entity-service requests that open the circuit breaker. */
  entityBreakerThreshold: number;
  /** How long an open breaker fails fast before letting one probe request through, in ms. */
  entityBreakerCooldownMs: number;
  logLevel: string;
  nodeEnv: string;
  /** PERSISTED_QUERIES: `off`, `apq` (automatic persisted queries, default) or `safelist` (only the manifest's operations). */
  persistedQueries: PersistedQueryMode;
  /** PERSISTED_QUERY_MANIFEST: the safelist manifest file; null: the bundled sdk/persisted-queries.json. */
  persistedQueryManifest: string | null;
  /** REDIS_URL: shared response cache and persisted queries across replicas; null: in each process's memory. */
  redisUrl: string | null;
  /** REDIS_PREFIX: prefix of every key this deployment keeps in Redis (one Redis can serve several). Default `newsgraph:`. */
  redisPrefix: string;
  /** RESPONSE_CACHE: answer repeated public reads from the response cache. Default on. */
  responseCache: boolean;
  /** RESPONSE_CACHE_MAX_ENTRIES: entries the in-memory response cache keeps (without REDIS_URL). Default 1000. */
  responseCacheMaxEntries: number;
  /** Subscriptions over WebSocket (src/subscriptions/). */
  subscriptions: SubscriptionSettings;
}

/** Subscriptions over WebSocket: how many, how fast, how far behind (README, configuration). */
export interface SubscriptionSettings {
  /** SUBSCRIPTIONS: accept WebSocket connections at the GraphQL path. Default on. */
  enabled: boolean;
  /** WS_MAX_CONNECTIONS: open WebSocket connections per process; more are refused with HTTP 503. */
  maxConnections: number;
  /** WS_MAX_CONNECTIONS_PER_ADDRESS: open connections from one client address; more get HTTP 429. */
  maxConnectionsPerAddress: number;
  /** WS_MAX_SUBSCRIPTIONS: subscriptions open at once on one connection. */
  maxSubscriptionsPerConnection: number;
  /** WS_SUBSCRIBES_PER_MINUTE: subscribe messages one connection may send a minute. */
  subscribesPerMinute: number;
  /** WS_KEEPALIVE_MS: ping interval; a connection that does not answer with a pong within it is dropped. */
  keepAliveMs: number;
  /** WS_MAX_BUFFERED_BYTES: bytes waiting to go out on one connection before it is dropped as too slow. */
  maxBufferedBytes: number;
  /** WS_QUEUE_LIMIT: events waiting for one subscription before its connection is dropped as too slow. */
  queueLimit: number;
  /** WS_MAX_MESSAGE_BYTES: largest message a client may send. */
  maxMessageBytes: number;
}


export const PERSISTED_QUERY_MODES = ['off', 'apq', 'safelist'] as const;
export type PersistedQueryMode = (typeof PERSISTED_QUERY_MODES)[number];

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export function readString(env: Env, name: string, fallback: string): string {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  return value.trim();
}

export function readInt(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw.trim())) throw new ConfigError(name, `expected a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `expected a number from ${min} to ${max}, got ${value}`);
  return value;
}

export function readBoolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const v = raw.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(v)) return true;
  if (['0', 'false', 'no', 'off'].includes(v)) return false;
  throw new ConfigError(name, `expected true or false, got "${raw}"`);
}

export function readUrl(env: Env, name: string, protocols: string[]): string | null {
  const raw = env[name];
  if (raw === undefined || raw === '') return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new ConfigError(name, `expected a URL, got "${raw}"`);
  }
  if (!protocols.includes(url.protocol)) {
    throw new ConfigError(name, `expected a ${protocols.join(' or ')} URL, got "${raw}"`);
  }
  return raw.trim().replace(/\/+$/, '');
}

/** A SQLite file path or a postgres:// URL. */
export function readDatabaseUrl(env: Env, name: string, fallback: string): string {
  const value = readString(env, name, fallback);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    if (!/^postgres(ql)?:\/\//i.test(value)) {
      throw new ConfigError(name, `expected a SQLite file path or a postgres:// URL, got "${value}"`);
    }
    try {
      new URL(value);
    } catch {
      throw new ConfigError(name, `expected a valid postgres:// URL, got "${value}"`);
    }
    postgresTarget(value, name, env);
  }
  return value;
}

export function isPostgresUrl(databaseUrl: string): boolean {
  return /^postgres(ql)?:\/\//i.test(databaseUrl);
}

/** A PostgreSQL schema name we accept: lowercase letters, digits and _, as an unquoted identifier. */
const POSTGRES_SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Prepares a postgres:// URL for pg:
 * - splits off the `schema` query parameter, which pg does not know:
 *   `postgres://host/db?schema=newsroom` puts the tables in schema `newsroom`
 *   (created if missing). Throws ConfigError (naming `variable`) for a schema
 *   name that is not a plain lowercase identifier.
 * - like libpq, connects as the operating-system user when neither the URL
 *   nor PGUSER names one (pg itself falls back only to $USER, which services
 *   and containers often lack).
 */
export function postgresTarget(
  databaseUrl: string,
  variable = 'DATABASE_URL',
  env: Env = process.env,
): { url: string; schema?: string } {
  const url = new URL(databaseUrl);
  const schema = url.searchParams.get('schema');
  if (schema !== null && !POSTGRES_SCHEMA_NAME.test(schema)) {
    throw new ConfigError(variable, `the schema "${schema}" must be lowercase letters, digits and _ (starting with a letter or _)`);
  }
  url.searchParams.delete('schema');
  if (url.username === '' && !env.PGUSER && !env.USER) url.username = encodeURIComponent(userInfo().username);
  const changed = schema !== null || url.username !== new URL(databaseUrl).username;
  return { url: changed ? url.toString() : databaseUrl, schema: schema ?? undefined };
}

export function loadConfig(env: Env = process.env): Config {
  const logLevel = readString(env, 'LOG_LEVEL', 'info').toLowerCase();
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError('LOG_LEVEL', `expected one of ${LOG_LEVELS.join(', ')}, got "${env.LOG_LEVEL}"`);
  }
  return {
    host: readString(env, 'HOST', '127.0.0.1'),
    port: readInt(env, 'PORT', 4000, 0, 65535),
    databaseUrl: readDatabaseUrl(env, 'DATABASE_URL', './data/news.db'),
    entityServiceUrl: readUrl(env, 'ENTITY_SERVICE_URL', ['http:', 'https:']),
    entityServicePort: readInt(env, 'ENTITY_SERVICE_PORT', 4001, 0, 65535),
    entityServiceHost: readString(env, 'ENTITY_SERVICE_HOST', '127.0.0.1'),
    entityServiceToken: readToken(env, 'ENTITY_SERVICE_TOKEN'),
    entityDatabaseUrl: readDatabaseUrl(env, 'ENTITY_DATABASE_URL', './data/entities.db'),
    entityBatchSize: readInt(env, 'ENTITY_BATCH_SIZE', 100, 1, 1000),
    entityTimeoutMs: readInt(env, 'ENTITY_TIMEOUT_MS', 2000, 50, 60000),
    entityRetries: readInt(env, 'ENTITY_RETRIES', 2, 0, 10),
    entityDeadlineMs: readInt(env, 'ENTITY_DEADLINE_MS', 3000, 50, 120000),
    entityBreakerThreshold: readInt(env, 'ENTITY_BREAKER_THRESHOLD', 5, 1, 1000),
    entityBreakerCooldownMs: readInt(env, 'ENTITY_BREAKER_COOLDOWN_MS', 5000, 10, 600000),
    logLevel,
    nodeEnv: readString(env, 'NODE_ENV', 'development'),
    persistedQueries: readPersistedQueryMode(env),
    persistedQueryManifest: env.PERSISTED_QUERY_MANIFEST?.trim() || null,
    redisUrl: readUrl(env, 'REDIS_URL', ['redis:', 'rediss:']),
    redisPrefix: readRedisPrefix(env),
    responseCache: readBoolean(env, 'RESPONSE_CACHE', true),
    responseCacheMaxEntries: readInt(env, 'RESPONSE_CACHE_MAX_ENTRIES', 1000, 1, 1_000_000),
    subscriptions: readSubscriptionSettings(env),
  };
}

function readSubscriptionSettings(env: Env): SubscriptionSettings {
  return {
    enabled: readBoolean(env, 'SUBSCRIPTIONS', true),
    maxConnections: readInt(env, 'WS_MAX_CONNECTIONS', 10_000, 1, 1_000_000),
    maxConnectionsPerAddress: readInt(env, 'WS_MAX_CONNECTIONS_PER_ADDRESS', 100, 1, 1_000_000),
    maxSubscriptionsPerConnection: readInt(env, 'WS_MAX_SUBSCRIPTIONS', 20, 1, 10_000),
    subscribesPerMinute: readInt(env, 'WS_SUBSCRIBES_PER_MINUTE', 120, 1, 1_000_000),
    keepAliveMs: readInt(env, 'WS_KEEPALIVE_MS', 12_000, 100, 600_000),
    maxBufferedBytes: readInt(env, 'WS_MAX_BUFFERED_BYTES', 1_048_576, 1024, 1_073_741_824),
    queueLimit: readInt(env, 'WS_QUEUE_LIMIT', 100, 1, 100_000),
    maxMessageBytes: readInt(env, 'WS_MAX_MESSAGE_BYTES', 65_536, 1024, 16_777_216),
  };
}

/** The shortest shared secret accepted: 16 characters leave guessing out of reach. */
export const MIN_TOKEN_LENGTH = 16;

function readToken(env: Env, name: string): string | null {
  const value = env[name]?.trim();
  if (value === undefined || value === '') return null;
  if (!/^[\x21-\x7e]+$/.test(value)) throw new ConfigError(name, 'expected printable characters without spaces');
  if (value.length < MIN_TOKEN_LENGTH || value.length > 1024) {
    throw new ConfigError(name, `expected from ${MIN_TOKEN_LENGTH} to 1024 characters, got ${value.length}`);
  }
  return value;
}

/** Whether a listening address reaches only this machine (127.0.0.0/8, ::1, localhost). */
export function isLoopbackHost(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h) || h === '::ffff:127.0.0.1';
}

function readRedisPrefix(env: Env): string {
  const value = readString(env, 'REDIS_PREFIX', 'newsgraph:');
  if (!/^[\x21-\x7e]{1,100}$/.test(value)) throw new ConfigError('REDIS_PREFIX', `expected up to 100 printable characters without spaces, got "${value}"`);
  return value;
}

function readPersistedQueryMode(env: Env): PersistedQueryMode {
  const value = readString(env, 'PERSISTED_QUERIES', 'apq').toLowerCase();
  const mode = PERSISTED_QUERY_MODES.find((candidate) => candidate === value);
  if (!mode) throw new ConfigError('PERSISTED_QUERIES', `expected one of ${PERSISTED_QUERY_MODES.join(', ')}, got "${env.PERSISTED_QUERIES}"`);
  return mode;
}
