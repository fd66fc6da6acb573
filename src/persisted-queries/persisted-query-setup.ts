import type { ApolloServerPlugin, BaseContext, PersistedQueryOptions } from '@apollo/server';
import { InMemoryLRUCache, PrefixingKeyValueCache, type KeyValueCache } from '@apollo/utils.keyvaluecache';
import type { PersistedQueryMode } from '../config/config';
import { findBundledManifest, PersistedQuerySafelist } from './manifest';
import { createSafelistPlugin } from './safelist-plugin';

export interface PersistedQuerySetupOptions {
  /**
   * Where `apq` mode keeps registered queries, keyed by hash. Any KeyValueCache from
   * @apollo/utils.keyvaluecache, e.g. a Redis-backed one (`KeyvAdapter` over `@keyv/redis`)
   * so that a query registered on one replica is found on the others. Default:
   * `defaultPersistedQueryCache()`, in this process only.
   */
  cache?: KeyValueCache<string>;
  /** Seconds a registered query is kept in `cache`. Default: APQ_TTL_SECONDS (1 day). */
  ttlSeconds?: number;
  /** Longest query text registered, in characters; a longer one runs but is not kept. Default: APQ_MAX_QUERY_LENGTH (64 KiB). */
  maxQueryLength?: number;
  /** `safelist` mode: the manifest file. Default: the project's sdk/persisted-queries.json. */
  manifestPath?: string;
}

/** What the gateway needs for a mode: its `persistedQueries` option and extra plugins. */
export interface PersistedQuerySetup {
  mode: PersistedQueryMode;
  /** For createGateway's `persistedQueries` (Apollo's option of the same name). */
  persistedQueries: PersistedQueryOptions | false;
  plugins: ApolloServerPlugin<BaseContext>[];
  /** The operations `safelist` mode allows; null in the other modes. */
  safelist: PersistedQuerySafelist | null;
}

/** How long a registered query is kept: a client that comes back later registers it again with one extra round trip. */
export const APQ_TTL_SECONDS = 24 * 60 * 60;
/**
 * Longest registered query text (MAX_QUERY_LENGTH's default refuses longer documents before
 * they could register). The token limit does not count comments or white space, so without
 * these a 1.5 MB comment after `{ __typename }` would be kept as a "query".
 */
export const APQ_MAX_QUERY_LENGTH = 64 * 1024;

/** An in-memory LRU bounded at 30 MiB of query text (Apollo's own default size). */
export function defaultPersistedQueryCache(): KeyValueCache<string> {
  return new InMemoryLRUCache<string>({ maxSize: 30 * 1024 * 1024 });
}

/**
 * - `off`: a request carrying a persisted query gets PERSISTED_QUERY_NOT_SUPPORTED.
 * - `apq`: Apollo's automatic persisted queries: a hash the cache knows runs its query; an
 *   unknown one is PERSISTED_QUERY_NOT_FOUND, and the client resends hash and text, which
 *   registers it. Ad-hoc queries run as usual.
 * - `safelist`: only the manifest's operations run, by hash or by text (createSafelistPlugin).
 * Throws ConfigError (PERSISTED_QUERY_MANIFEST) when the safelist manifest cannot be read.
 */
export function persistedQuerySetup(mode: PersistedQueryMode, options: PersistedQuerySetupOptions = {}): PersistedQuerySetup {
  if (mode === 'off') return { mode, persistedQueries: false, plugins: [], safelist: null };
  if (mode === 'apq') {
    const cache = boundedRegistrations(options.cache ?? defaultPersistedQueryCache(), options.maxQueryLength ?? APQ_MAX_QUERY_LENGTH);
    return { mode, persistedQueries: { cache, ttl: options.ttlSeconds ?? APQ_TTL_SECONDS }, plugins: [], safelist: null };
  }
  const safelist = PersistedQuerySafelist.readFile(options.manifestPath ?? findBundledManifest());
  return { mode, persistedQueries: { cache: safelistCache(safelist) }, plugins: [createSafelistPlugin(safelist)], safelist };
}

/** `cache`, except that a query text longer than `maxLength` is not registered (the request still runs). */
function boundedRegistrations(cache: KeyValueCache<string>, maxLength: number): KeyValueCache<string> {
  return {
    get: (key) => cache.get(key),
    set: async (key, value, options) => {
      if (value.length <= maxLength) await cache.set(key, value, options);
    },
    delete: (key) => cache.delete(key),
  };
}

/**
 * The manifest as Apollo's persisted query cache: a hash finds its listed body and nothing
 * else, and registrations are dropped, so the safelist stays exactly the manifest. Keys are the
 * bare hashes, hence the mark that tells Apollo not to prefix them.
 */
function safelistCache(safelist: PersistedQuerySafelist): KeyValueCache<string> {
  return PrefixingKeyValueCache.cacheDangerouslyDoesNotNeedPrefixesForIsolation<string>({
    get: async (hash) => safelist.body(hash),
    set: async () => undefined,
    delete: async () => false,
  });
}
