import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import proxyAddr from 'proxy-addr';
import { ConfigError, readBoolean, readInt, type Env } from './env-values';

/*
 * The settings of the request path read from the environment: operation limits, API keys
 * and the access policy, rate limits, trusted proxies and the executor. Part of the one
 * configuration (config.ts); the modules that use them (src/limits, src/auth, src/rate-limit,
 * src/execution) take them as plain values and never read the environment.
 */

/**
 * Limits on the shape and size of one GraphQL operation. Every limit is checked after
 * parsing and validation and before any resolver runs; `maxTokens` is enforced by the
 * parser itself (see `parseOptionsFor` in src/limits/limits-plugin.ts).
 *
 * docs/hardening.md explains each default and the queries it was measured against.
 */
export interface OperationLimits {
  /** Deepest field nesting, counting fields only (fragments and inline fragments are expanded). */
  maxDepth: number;
  /** Aliased fields in the operation, with every fragment spread expanded. */
  maxAliases: number;
  /** Directive uses in the operation, with every fragment spread expanded. */
  maxDirectives: number;
  /** Lexical tokens in the document; the parser stops reading past this. */
  maxTokens: number;
  /** Length of the document text in characters, comments and white space included (tokens do not count them). */
  maxQueryLength: number;
  /** Budget for the estimated cost: each field costs 1, list fields multiply their subtree. */
  maxCost: number;
  /** Page size a connection returns when `first` is absent; also what the cost assumes then. */
  defaultPageSize: number;
  /** Largest `first` a connection accepts (resolvers refuse more with BAD_USER_INPUT). */
  maxPageSize: number;
  /** Length of a query's variables as JSON, in characters (mutations are bounded by the body limit and need a key). */
  maxVariablesBytes: number;
  /** Deepest nesting of objects and arrays in any operation's variables (the variables object is level 1). */
  maxVariablesDepth: number;
  /** Length of an answer as JSON, in characters: a larger one is refused with RESPONSE_TOO_LARGE. */
  maxResponseBytes: number;
}

export const DEFAULT_LIMITS: Readonly<OperationLimits> = Object.freeze({
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 50,
  maxTokens: 1000,
  maxQueryLength: 64 * 1024,
  maxCost: 100_000,
  defaultPageSize: 20,
  maxPageSize: 100,
  maxVariablesBytes: 64 * 1024,
  maxVariablesDepth: 10,
  maxResponseBytes: 2 * 1024 * 1024,
});

/** An absent or empty variable keeps its default; a malformed or out-of-range value is a ConfigError. */
export function readOperationLimits(env: Env): OperationLimits {
  return {
    maxDepth: readInt(env, 'MAX_QUERY_DEPTH', DEFAULT_LIMITS.maxDepth, 1, 1000),
    maxAliases: readInt(env, 'MAX_ALIASES', DEFAULT_LIMITS.maxAliases, 0, 100_000),
    maxDirectives: readInt(env, 'MAX_DIRECTIVES', DEFAULT_LIMITS.maxDirectives, 0, 100_000),
    maxTokens: readInt(env, 'MAX_TOKENS', DEFAULT_LIMITS.maxTokens, 50, 1_000_000),
    maxQueryLength: readInt(env, 'MAX_QUERY_LENGTH', DEFAULT_LIMITS.maxQueryLength, 1024, 100 * 1024 * 1024),
    maxCost: readInt(env, 'MAX_QUERY_COST', DEFAULT_LIMITS.maxCost, 1, 1_000_000_000),
    // Page sizes are part of the public contract (20 and 100); they are constants, not settings.
    defaultPageSize: DEFAULT_LIMITS.defaultPageSize,
    maxPageSize: DEFAULT_LIMITS.maxPageSize,
    maxVariablesBytes: readInt(env, 'MAX_VARIABLES_BYTES', DEFAULT_LIMITS.maxVariablesBytes, 64, 2 * 1024 * 1024),
    maxVariablesDepth: readInt(env, 'MAX_VARIABLES_DEPTH', DEFAULT_LIMITS.maxVariablesDepth, 2, 100),
    maxResponseBytes: readInt(env, 'MAX_RESPONSE_BYTES', DEFAULT_LIMITS.maxResponseBytes, 1024, 512 * 1024 * 1024),
  };
}

/** Roles, weakest first: each role may do everything the ones before it may (src/auth/api-keys.ts). */
export const ROLES = ['reader', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** One configured API key and its role. */
export interface ApiKeyEntry {
  key: string;
  role: Role;
}

/**
 * API_KEYS: either inline (`key1:editor,key2:admin`) or a file path (a value starting with
 * `/`, `./`, `../` or `file:`) holding one `key:role` a line, `#` starting a comment.
 * Unset or empty: no keys (mutations are then refused). Malformed: ConfigError naming API_KEYS.
 */
export function readApiKeys(env: Env): ApiKeyEntry[] {
  const raw = (env.API_KEYS ?? '').trim();
  if (raw === '') return [];
  if (/^(\/|\.\.?\/|file:)/.test(raw)) return parseEntries(readKeyFile(raw), /\r?\n/, 'line');
  return parseEntries(raw, ',', 'entry');
}

/**
 * REQUIRE_KEY_FOR_READS (default false). Requiring keys for reads while no key is
 * configured would refuse every request, so that is a ConfigError.
 */
export function readRequireKeyForReads(env: Env): boolean {
  const requireKeyForReads = readBoolean(env, 'REQUIRE_KEY_FOR_READS', false);
  if (requireKeyForReads && (env.API_KEYS ?? '').trim() === '') {
    throw new ConfigError('REQUIRE_KEY_FOR_READS', 'is true but API_KEYS is not set, so no request could be answered');
  }
  return requireKeyForReads;
}

function readKeyFile(reference: string): string {
  let path = reference;
  try {
    if (reference.startsWith('file:')) path = reference.startsWith('file://') ? new URL(reference).pathname : reference.slice('file:'.length);
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError('API_KEYS', `cannot read the key file "${path}": ${(error as Error).message}`);
  }
}

function parseEntries(text: string, separator: RegExp | string, unit: 'line' | 'entry'): ApiKeyEntry[] {
  const entries: ApiKeyEntry[] = [];
  const seen = new Set<string>();
  text.split(separator).forEach((chunk, index) => {
    const entry = (unit === 'line' ? chunk.replace(/#.*$/, '') : chunk).trim();
    if (entry === '') return;
    const where = `${unit} ${index + 1}`;
    // The role never contains ':', so a key may.
    const colon = entry.lastIndexOf(':');
    if (colon <= 0) throw new ConfigError('API_KEYS', `${where}: expected KEY:ROLE`);
    const key = entry.slice(0, colon).trim();
    const role = entry.slice(colon + 1).trim();
    if (/\s/.test(key)) throw new ConfigError('API_KEYS', `${where}: a key cannot contain spaces`);
    if (!isRole(role)) throw new ConfigError('API_KEYS', `${where}: unknown role "${role}"; expected one of ${ROLES.join(', ')}`);
    if (seen.has(key)) throw new ConfigError('API_KEYS', `${where}: the same key is listed twice`);
    seen.add(key);
    entries.push({ key, role });
  });
  return entries;
}

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Requests a minute per API key and per client address without a valid key; 0 turns one off. */
export interface RateLimitAllowances {
  /** RATE_LIMIT_PER_KEY. */
  perKeyPerMinute: number;
  /** RATE_LIMIT_PER_IP. */
  perIpPerMinute: number;
}

export const DEFAULT_RATE_LIMITS: Readonly<RateLimitAllowances> = Object.freeze({ perKeyPerMinute: 600, perIpPerMinute: 300 });

export function readRateLimitAllowances(env: Env): RateLimitAllowances {
  return {
    perKeyPerMinute: readInt(env, 'RATE_LIMIT_PER_KEY', DEFAULT_RATE_LIMITS.perKeyPerMinute, 0, 1_000_000),
    perIpPerMinute: readInt(env, 'RATE_LIMIT_PER_IP', DEFAULT_RATE_LIMITS.perIpPerMinute, 0, 1_000_000),
  };
}

/** More proxies than this in front of one gateway is a configuration mistake. */
const MAX_TRUSTED_PROXIES = 10;

/**
 * Which proxies' X-Forwarded-For entries are believed: a hop count (the n proxies nearest the
 * gateway, whatever their addresses; 0 believes none), or the addresses and ranges of trusted
 * proxies, as proxy-addr (and so Express's `trust proxy`) reads them: IP addresses, CIDR ranges
 * and the names `loopback`, `linklocal` and `uniquelocal`.
 */
export type TrustedProxies = number | readonly string[];

/** The range names proxy-addr understands. */
const PROXY_RANGE_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

/**
 * TRUST_PROXY, as Express users write it. Unset, `false`, `no`, `off` or `0`: none, the socket's
 * peer is the client and X-Forwarded-For is ignored (anyone can send it). `true` (`yes`, `on`)
 * means 1 proxy (not "every hop", which would let a client choose its own address), a whole
 * number the number of proxies in front (up to 10). Otherwise a comma-separated list of
 * addresses, CIDR ranges (`10.0.0.0/8`, `fd00::/8`) and the names `loopback`, `linklocal`,
 * `uniquelocal`: hops from those addresses are trusted. Anything else is a ConfigError naming
 * TRUST_PROXY.
 */
export function readTrustedProxies(env: Env): TrustedProxies {
  const raw = (env.TRUST_PROXY ?? '').trim().toLowerCase();
  if (raw === '' || ['false', 'no', 'off'].includes(raw)) return 0;
  if (['true', 'yes', 'on'].includes(raw)) return 1;
  if (/^\d+$/.test(raw) && Number(raw) <= MAX_TRUSTED_PROXIES) return Number(raw);
  const refuse = (detail: string): never => {
    throw new ConfigError(
      'TRUST_PROXY',
      `expected false, true, the number of proxies in front of the gateway (0 to ${MAX_TRUSTED_PROXIES}) or a comma-separated list of addresses, CIDR ranges, ${PROXY_RANGE_NAMES.join(', ')}; ${detail}`,
    );
  };
  const entries = raw.split(',').map((entry) => entry.trim());
  for (const entry of entries) {
    // Numbers and words other than the range names are refused here: proxy-addr would read "3" as an address.
    if (!PROXY_RANGE_NAMES.includes(entry) && !isIP(entry.replace(/\/\d+$/, ''))) refuse(`"${entry}" is none of those (in "${env.TRUST_PROXY}")`);
  }
  try {
    proxyAddr.compile(entries);
  } catch (error) {
    refuse(`${(error as Error).message} (in "${env.TRUST_PROXY}")`);
  }
  return Object.freeze(entries);
}

/** How the gateway executes operations: compiled (graphql-jit) or graphql-js's `execute`. */
export type ExecutorKind = 'jit' | 'graphql-js';

export const EXECUTOR_KINDS: readonly ExecutorKind[] = ['jit', 'graphql-js'];

/** EXECUTOR=jit|graphql-js (default jit). Anything else is a ConfigError naming the variable. */
export function readExecutor(env: Env): ExecutorKind {
  const raw = (env.EXECUTOR ?? '').trim().toLowerCase();
  if (raw === '') return 'jit';
  const kind = EXECUTOR_KINDS.find((k) => k === raw);
  if (!kind) throw new ConfigError('EXECUTOR', `expected one of ${EXECUTOR_KINDS.join(', ')}, got "${env.EXECUTOR}"`);
  return kind;
}
