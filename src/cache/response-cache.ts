import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type Redis from 'ioredis';
import { closeRedisClient, createRedisClient } from '../db/redis-client';
import { measureJson } from '../limits/variable-limits';
import { isPersistedQueryGet } from '../persisted-queries/persisted-get';
import { MemoryResponseStore, RedisResponseStore, type ResponseStore, type StoredResponse } from './response-store';

/** A GraphQL HTTP request as the gateway has it before Apollo runs (body already parsed). */
export interface GraphQLHttpRequest {
  method: string;
  headers: IncomingHttpHeaders;
  /**
   * The query string as sent, without the `?`. A GET's key is taken from it
   * verbatim, so a hit parses nothing (two spellings of one GET are two
   * entries, never one entry for two operations). Without it, `search` is read.
   */
  rawSearch?: string;
  /** The parsed query string (GET without rawSearch). */
  search?: URLSearchParams;
  /** The parsed JSON body of a POST; undefined for GET. */
  body: unknown;
}

/** The answer as Apollo produced it, to be remembered. */
export interface GraphQLHttpAnswer {
  status: number;
  headers: Iterable<[string, string]>;
  body: string;
}

/**
 * What a lookup found: a stored answer to send as is, or a miss with the way
 * to remember Apollo's answer; null when the request is not one to cache.
 */
export type CacheLookup =
  | { kind: 'hit'; response: StoredResponse; ageSeconds: number }
  | { kind: 'miss'; remember(answer: GraphQLHttpAnswer): Promise<void> }
  | null;

/** The gateway's view of a response cache (GatewayOptions.responseCache). */
export interface GraphQLResponseCache {
  lookup(request: GraphQLHttpRequest): Promise<CacheLookup>;
}

/** Response headers replayed on a hit; the rest (request ids, dates) belong to the original exchange. */
const REPLAYED_HEADERS = new Set(['content-type', 'cache-control', 'vary']);
const PUBLIC_MAX_AGE = /^public,\s*max-age=(\d+)$/;

export interface ResponseCacheOptions {
  /** Reports a store that failed (the request then simply runs). */
  onError?: (error: Error) => void;
  /** Longest answer body kept, in characters; longer answers are sent but not stored. Default 1 MiB. */
  maxEntryLength?: number;
  /**
   * The version of the data answers are made from, as another process's writes move it
   * (SQLite's `PRAGMA data_version`: ArticleStore.dataVersion). Read once per lookup; when it
   * differs from the last one read, every stored answer is dropped first. This is how an ingest
   * by another process (`npm run ingest`) reaches a gateway's cache that Redis does not share.
   */
  dataVersion?: () => number;
}

/** Default longest stored answer: a front page of 100 articles is about 200 KB. */
export const DEFAULT_MAX_ENTRY_LENGTH = 1024 * 1024;
/** Longest an answer is kept, whatever its max-age says. */
export const MAX_RESPONSE_TTL_SECONDS = 24 * 60 * 60;
/** Variables past this are not keyed (the request simply runs): keying walks them, and such requests are refused or rare. */
const MAX_KEYED_VARIABLES_LENGTH = 16 * 1024;
const MAX_KEYED_VARIABLES_DEPTH = 16;
/** Apollo's federation trace request header: a traced answer carries its own run's trace. */
const TRACE_HEADER = 'apollo-federation-include-trace';

/**
 * A cache of whole GraphQL answers to public reads, consulted before Apollo.
 *
 * - Only requests without an Authorization header are looked up, and only
 *   answers Apollo marked `Cache-Control: public, max-age=N` (a query, no
 *   errors; see cache-control-plugin.ts) are kept, for N seconds.
 * - The key is the SHA-256 of the operation text (or, for a hash-only
 *   persisted query, its hash), the operation name, the variables (key order
 *   ignored) and the Accept header (which picks the response's content type);
 *   for a GET given with its raw query string, of that string as sent and
 *   the Accept header.
 * - Every key lives under the store's data version; invalidate() (after an
 *   ingest or correction) starts a new one. With Redis the version is read in
 *   the same round trip as the entry, so no replica answers from a version
 *   another has moved past.
 * - With `dataVersion`, a write by another process to the data moves the
 *   version too, seen at the next lookup (see ResponseCacheOptions).
 * - A failing store never fails a request: it becomes a miss.
 */
export class ResponseCache implements GraphQLResponseCache {
  /** The data version last read; undefined before the first lookup. */
  private seenDataVersion: number | undefined;
  /** The bump a data-version change started; lookups wait for it so none reads an older version. */
  private dataChange: Promise<void> | null = null;

  constructor(
    private readonly store: ResponseStore,
    private readonly options: ResponseCacheOptions = {},
    private readonly onClose: () => Promise<void> = async () => undefined,
  ) {}

  async lookup(request: GraphQLHttpRequest): Promise<CacheLookup> {
    if (request.headers.authorization !== undefined) return null;
    const key = cacheKey(request);
    if (key === null) return null;
    let found: { version: string; entry: StoredResponse | null };
    try {
      await this.followDataVersion();
      found = await this.store.lookup(key);
    } catch (error) {
      this.options.onError?.(error as Error);
      return null;
    }
    if (found.entry) {
      return { kind: 'hit', response: found.entry, ageSeconds: Math.max(0, Math.floor((Date.now() - found.entry.storedAt) / 1000)) };
    }
    const { version } = found;
    return { kind: 'miss', remember: (answer) => this.remember(version, key, answer) };
  }

  /** Makes every stored answer unreachable (on every replica sharing the store). */
  async invalidate(): Promise<void> {
    await this.store.bumpVersion();
  }

  /**
   * Reads the data version (one cheap synchronous read) and, when it moved since the last
   * lookup, starts a new store version. The first read only records it: what was stored
   * before this process looked at the data cannot be older than the data it saw. An answer
   * being made while the data changes is stored under the old store version, which the next
   * lookup leaves behind.
   */
  private async followDataVersion(): Promise<void> {
    const read = this.options.dataVersion;
    if (read) {
      const version = read();
      if (this.seenDataVersion === undefined) this.seenDataVersion = version;
      else if (version !== this.seenDataVersion) {
        this.seenDataVersion = version;
        const bump = this.store.bumpVersion().finally(() => {
          if (this.dataChange === bump) this.dataChange = null;
        });
        this.dataChange = bump;
      }
    }
    if (this.dataChange) await this.dataChange;
  }

  async close(): Promise<void> {
    await this.store.close();
    await this.onClose();
  }

  private async remember(version: string, key: string, answer: GraphQLHttpAnswer): Promise<void> {
    if (answer.status !== 200) return;
    const headers: [string, string][] = [];
    let maxAge = 0;
    for (const [name, value] of answer.headers) {
      const lower = name.toLowerCase();
      if (!REPLAYED_HEADERS.has(lower)) continue;
      headers.push([lower, value]);
      if (lower === 'cache-control') maxAge = Number(PUBLIC_MAX_AGE.exec(value.trim())?.[1] ?? 0);
    }
    if (!(maxAge > 0) || answer.body.length > (this.options.maxEntryLength ?? DEFAULT_MAX_ENTRY_LENGTH)) return;
    try {
      await this.store.put(version, key, { status: answer.status, headers, body: answer.body, storedAt: Date.now() }, Math.min(maxAge, MAX_RESPONSE_TTL_SECONDS));
    } catch (error) {
      this.options.onError?.(error as Error);
    }
  }
}

/**
 * The identity of a GraphQL request's answer, or null for what is not a single GraphQL
 * operation, for a GET that Apollo's CSRF prevention would refuse (a hit must not answer
 * what Apollo would not), and for variables too large or deep to key cheaply.
 * The federation trace header is part of the identity: a router's traced answer and a
 * client's plain one are different answers.
 */
export function cacheKey(request: GraphQLHttpRequest): string | null {
  const trace = headerText(request.headers[TRACE_HEADER]) ?? '';
  if (request.method === 'GET') {
    if (!passesCsrfPrevention(request)) return null;
    if (request.rawSearch !== undefined) return rawGetKey(request.rawSearch, `${request.headers.accept ?? ''}\n${trace}`);
  }
  const operation =
    request.method === 'GET' ? operationFromSearch(request.search ?? new URLSearchParams()) : request.method === 'POST' ? operationFromBody(request.body) : null;
  if (!operation) return null;
  const persistedHash = persistedQueryHash(operation.extensions);
  if (typeof operation.query !== 'string' && persistedHash === null) return null;
  const size = measureJson(operation.variables ?? null, MAX_KEYED_VARIABLES_LENGTH, MAX_KEYED_VARIABLES_DEPTH);
  if (size.bytes > MAX_KEYED_VARIABLES_LENGTH || size.depth > MAX_KEYED_VARIABLES_DEPTH) return null;
  const identity = stableJson([
    typeof operation.query === 'string' ? operation.query : null,
    typeof operation.query === 'string' ? null : persistedHash,
    typeof operation.operationName === 'string' ? operation.operationName : null,
    operation.variables ?? null,
    request.headers.accept ?? null,
    trace,
  ]);
  return createHash('sha256').update(identity).digest('hex');
}

/** Apollo's CSRF prevention headers: one of them, non-empty, marks a request no browser sends unasked. */
const PREFLIGHT_HEADERS = ['x-apollo-operation-name', 'apollo-require-preflight'];
const SIMPLE_CONTENT_TYPES = new Set(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']);

/**
 * Whether Apollo would let this GET through its CSRF prevention: a preflight header, or a
 * content type a simple (unpreflighted) request cannot have, or a hash-only persisted query
 * (which the gateway lets through: src/persisted-queries/persisted-get.ts).
 */
function passesCsrfPrevention(request: GraphQLHttpRequest): boolean {
  if (PREFLIGHT_HEADERS.some((name) => (headerText(request.headers[name]) ?? '') !== '')) return true;
  const contentType = headerText(request.headers['content-type']);
  if (contentType !== undefined && !SIMPLE_CONTENT_TYPES.has(contentType.split(';')[0].trim().toLowerCase())) return true;
  const search = request.rawSearch !== undefined ? new URLSearchParams(request.rawSearch) : (request.search ?? new URLSearchParams());
  return isPersistedQueryGet('GET', search);
}

function headerText(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value;
}

/** Only a query string naming an operation (by text or persisted hash) can be one Apollo answers with a cacheable 200. */
const NAMES_AN_OPERATION = /(?:^|&)(?:query|extensions)=/;

/**
 * The key of a GET from its query string as sent: nothing is parsed, and the
 * same bytes are always the same request. Only answers Apollo marked public
 * are ever stored under it, so a malformed query string simply never hits.
 */
function rawGetKey(rawSearch: string, headers: string): string | null {
  if (!NAMES_AN_OPERATION.test(rawSearch)) return null;
  return createHash('sha256').update(`GET ${rawSearch}\n${headers}`).digest('hex');
}

interface OperationParams {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
  extensions?: unknown;
}

function operationFromBody(body: unknown): OperationParams | null {
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as OperationParams) : null;
}

/** GET carries variables and extensions as JSON text; text that is not JSON is Apollo's to refuse. */
function operationFromSearch(search: URLSearchParams): OperationParams | null {
  try {
    const json = (name: string): unknown => {
      const raw = search.get(name);
      return raw === null ? undefined : JSON.parse(raw);
    };
    return { query: search.get('query') ?? undefined, operationName: search.get('operationName') ?? undefined, variables: json('variables'), extensions: json('extensions') };
  } catch {
    return null;
  }
}

function persistedQueryHash(extensions: unknown): string | null {
  if (typeof extensions !== 'object' || extensions === null) return null;
  const persisted = (extensions as { persistedQuery?: { sha256Hash?: unknown } }).persistedQuery;
  return typeof persisted?.sha256Hash === 'string' ? persisted.sha256Hash : null;
}

/** JSON with object keys sorted, so that `{a, b}` and `{b, a}` name the same variables. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export interface CreateResponseCacheOptions extends ResponseCacheOptions {
  /** null: in this process's memory. A redis:// URL: shared by every replica using it. */
  redisUrl: string | null;
  /** Key prefix in Redis (one per deployment, or per test run). Default 'newsgraph:'. */
  prefix?: string;
  /** Entries kept in memory (the in-process store only). Default 1000. */
  maxEntries?: number;
}

/** The response cache as configured: in memory, or in Redis when a URL is given. */
export function createResponseCache(options: CreateResponseCacheOptions): ResponseCache {
  if (options.redisUrl === null) return new ResponseCache(new MemoryResponseStore({ maxEntries: options.maxEntries }), options);
  const redis: Redis = createRedisClient(options.redisUrl, options.onError);
  return new ResponseCache(new RedisResponseStore(redis, options.prefix ?? 'newsgraph:'), options, () => closeRedisClient(redis));
}

/**
 * The response cache a gateway configured with `config` uses: the same Redis
 * keys for every process of one deployment (gateways, `npm run ingest`), so
 * that a write made by any of them invalidates the answers all of them cached.
 */
export function responseCacheFor(
  config: { redisUrl: string | null; redisPrefix: string; responseCacheMaxEntries: number },
  onError?: (error: Error) => void,
  dataVersion?: () => number,
): ResponseCache {
  return createResponseCache({ redisUrl: config.redisUrl, prefix: `${config.redisPrefix}cache:`, maxEntries: config.responseCacheMaxEntries, onError, dataVersion });
}
