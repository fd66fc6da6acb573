import { resolve } from 'node:path';
import { ConfigError, isPostgresUrl, readBoolean, readDatabaseUrl, readInt, readString, readToken, readUrl, type Env } from './env-values';
import {
  readApiKeys,
  readExecutor,
  readOperationLimits,
  readRateLimitAllowances,
  readRequireKeyForReads,
  readTrustedProxies,
  type ApiKeyEntry,
  type ExecutorKind,
  type OperationLimits,
  type RateLimitAllowances,
  type TrustedProxies,
} from './request-settings';

/**
 * The one configuration: every environment variable the gateway, the entity service and
 * `npm run ingest` read, parsed once at start by loadConfig into this frozen object and
 * handed down (startApp → createGateway → plugins and options). No other module reads the
 * environment. A bad value stops the process with one line naming the variable (exit 2).
 * The README's configuration table lists exactly these variables with their defaults
 * (tests/config/readme-table.test.ts holds the two together).
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
  /** MAX_QUERY_DEPTH, MAX_ALIASES, MAX_DIRECTIVES, MAX_TOKENS, MAX_QUERY_COST, MAX_QUERY_LENGTH, MAX_VARIABLES_*, MAX_RESPONSE_BYTES. */
  limits: Readonly<OperationLimits>;
  /** API_KEYS: the configured keys and their roles. */
  apiKeys: readonly Readonly<ApiKeyEntry>[];
  /** REQUIRE_KEY_FOR_READS: queries need at least the reader role. */
  requireKeyForReads: boolean;
  /** RATE_LIMIT_PER_KEY, RATE_LIMIT_PER_IP. */
  rateLimits: Readonly<RateLimitAllowances>;
  /** TRUST_PROXY: proxies in front of the gateway whose X-Forwarded-For entries are believed (a hop count or addresses and ranges). */
  trustedProxies: TrustedProxies;
  /** EXECUTOR: compiled (graphql-jit) or graphql-js execution. */
  executor: ExecutorKind;
  /** FAST_LANE: answer a query Apollo already answered by running its compiled form directly. */
  fastLane: boolean;
  /**
   * PARALLEL_SCAVENGE: let V8 collect the young generation with helper threads (its default).
   * Off by default: the gateway then collects it on its own thread (src/server/gc-settings.ts).
   */
  parallelScavenge: boolean;
  /**
   * HEAP_GROWING_PERCENT: how far V8 lets the old generation grow past what a full collection
   * kept before the next one, in percent (src/server/gc-settings.ts). Default 20; 0 leaves the
   * factor to V8 (1.1-4x, from the speeds it measures). A growth factor, not a heap limit.
   */
  heapGrowingPercent: number;
  /**
   * PRETENURING: let V8 allocate objects from allocation sites it judged long-lived directly in
   * the old generation (its default). Off by default (src/server/gc-settings.ts).
   */
  pretenuring: boolean;
  /** GRAPHIQL: serve the GraphiQL page to browsers. */
  graphiql: boolean;
  /** SEED_SAMPLE: fill an empty article store with the sample corpus at start. */
  seedSample: boolean;
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

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/**
 * Reads every variable from `env` (default: the process's environment), checks it, and
 * returns the frozen configuration; throws ConfigError naming the first bad variable.
 */
export function loadConfig(env: Env = process.env): Readonly<Config> {
  const logLevel = readString(env, 'LOG_LEVEL', 'info').toLowerCase();
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError('LOG_LEVEL', `expected one of ${LOG_LEVELS.join(', ')}, got "${env.LOG_LEVEL}"`);
  }
  const databaseUrl = readDatabaseUrl(env, 'DATABASE_URL', './data/news.db');
  const entityDatabaseUrl = readDatabaseUrl(env, 'ENTITY_DATABASE_URL', './data/entities.db');
  if (sameSqliteFile(databaseUrl, entityDatabaseUrl)) {
    // Each store keeps its own migration ledger in its file; sharing one would mix them.
    throw new ConfigError('ENTITY_DATABASE_URL', `names the same SQLite file as DATABASE_URL ("${databaseUrl}"); give the entity service a file of its own`);
  }
  return deepFreeze({
    host: readString(env, 'HOST', '127.0.0.1'),
    port: readInt(env, 'PORT', 4000, 0, 65535),
    databaseUrl,
    entityServiceUrl: readUrl(env, 'ENTITY_SERVICE_URL', ['http:', 'https:']),
    entityServicePort: readInt(env, 'ENTITY_SERVICE_PORT', 4001, 0, 65535),
    entityServiceHost: readString(env, 'ENTITY_SERVICE_HOST', '127.0.0.1'),
    entityServiceToken: readToken(env, 'ENTITY_SERVICE_TOKEN'),
    entityDatabaseUrl,
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
    limits: readOperationLimits(env),
    apiKeys: readApiKeys(env),
    requireKeyForReads: readRequireKeyForReads(env),
    rateLimits: readRateLimitAllowances(env),
    trustedProxies: readTrustedProxies(env),
    executor: readExecutor(env),
    fastLane: readBoolean(env, 'FAST_LANE', true),
    parallelScavenge: readBoolean(env, 'PARALLEL_SCAVENGE', false),
    heapGrowingPercent: readInt(env, 'HEAP_GROWING_PERCENT', 20, 0, 300),
    pretenuring: readBoolean(env, 'PRETENURING', false),
    graphiql: readBoolean(env, 'GRAPHIQL', true),
    seedSample: readBoolean(env, 'SEED_SAMPLE', true),
  });
}

/** Whether two database settings are one SQLite file (PostgreSQL URLs and ':memory:' never are). */
function sameSqliteFile(a: string, b: string): boolean {
  const file = (url: string): string | null => (isPostgresUrl(url) || url === ':memory:' || url.startsWith('file:') ? null : resolve(url));
  const fa = file(a);
  return fa !== null && fa === file(b);
}

/** NODE_ENV=production: no "Did you mean …" suggestions and no schema details in errors. */
export function isProduction(config: Pick<Config, 'nodeEnv'>): boolean {
  return config.nodeEnv === 'production';
}

function deepFreeze<T extends object>(value: T): T {
  for (const field of Object.values(value)) {
    if (typeof field === 'object' && field !== null && !Object.isFrozen(field)) deepFreeze(field as object);
  }
  return Object.freeze(value);
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
