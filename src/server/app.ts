import type { Logger } from 'pino';
import { createKeyValueCache } from '../cache/key-value-cache';
import { cacheControlPlugins } from '../cache/cache-control-plugin';
import { responseCacheFor } from '../cache/response-cache';
import type { Config } from '../config/config';
import type { Services } from '../context/request-context';
import { redisOutageLog } from '../db/redis-outage-log';
import { openEntityService } from '../entities/open-entity-service';
import type { EntityLinkObserver } from '../entities/resilient-entity-service';
import { withCorrectionEvents } from '../events/correction-events';
import type { NewsEvents } from '../events/news-events';
import { openNewsEvents } from '../events/redis-news-events';
import { ingestArticle } from '../ingest/pipeline';
import { GatewayMetrics } from '../observability/gateway-metrics';
import { createMetricsPlugin } from '../observability/metrics-plugin';
import { createMetricsRoute } from '../observability/metrics-route';
import { createOperationLogPlugin } from '../observability/operation-log-plugin';
import { persistedQuerySetup } from '../persisted-queries/persisted-query-setup';
import { clientAddress } from '../rate-limit/client-address';
import { seedSampleCorpus } from '../sample/seed';
import { openArticleStore } from '../store/open-article-store';
import { httpSubscriptionPlugin } from '../subscriptions/http-subscription-plugin';
import { attachSubscriptionServer, type SubscriptionServer } from '../subscriptions/subscription-server';
import { createGateway, type Gateway } from './gateway';
import { createGraphiqlHandler } from './graphiql';
import { createHardening, hardeningSettingsFor } from './hardening';
import { applyHeapGrowthSetting, applyPretenuringSetting, applyScavengeSetting } from './gc-settings';

export const FRONT_PAGE_QUERY = `# The front page: newest articles, who is in them, and who said what.
{
  articles(first: 10) {
    nodes {
      headline
      section
      dateline
      publishedAt
      people { name title }
      organizations { name }
      quotes { text partial speaker { name } }
    }
  }
}
`;

export interface App {
  gateway: Gateway;
  services: Services;
  url: string;
  /** The WebSocket subscriptions (null with SUBSCRIPTIONS=false). */
  live: SubscriptionServer | null;
  close(): Promise<void>;
}

/** Runs every step in order, logging the ones that fail; rejects with the first failure once all have run. */
async function closeAll(logger: Logger, steps: [string, () => Promise<unknown>][]): Promise<void> {
  let first: unknown;
  for (const [name, step] of steps) {
    try {
      await step();
    } catch (error) {
      logger.error({ err: error }, `shutdown: closing the ${name} failed`);
      first ??= error;
    }
  }
  if (first !== undefined) throw first;
}

/**
 * Opens the configured store and entity service, wiring them into one set of
 * services; `entityObserver` watches the entity-service link (metrics).
 */
export async function openServices(config: Config, entityObserver?: EntityLinkObserver, events?: NewsEvents): Promise<Services> {
  const opened = await openArticleStore(config.databaseUrl);
  const store = events ? withCorrectionEvents(opened, events) : opened;
  const entities = await openEntityService(config, entityObserver);
  return {
    store,
    entities,
    ingest: (request) => ingestArticle(request, { store, entities, events }),
    events,
  };
}

/**
 * Starts the gateway as `npm start` runs it. An empty article store (SQLite
 * or PostgreSQL) is filled with the bundled sample corpus first, so that
 * both serve the same answers out of the box; SEED_SAMPLE=off skips that.
 * With REDIS_URL, the response cache and the persisted queries live in Redis,
 * shared by every replica; an ingest or correction on any replica
 * invalidates every replica's cached answers.
 */
export async function startApp(config: Readonly<Config>, logger: Logger): Promise<App> {
  // Process-wide: young-generation collection on the main thread unless PARALLEL_SCAVENGE (gc-settings.ts).
  applyScavengeSetting(config.parallelScavenge);
  // Process-wide: the old generation grows by HEAP_GROWING_PERCENT between full collections (gc-settings.ts).
  applyHeapGrowthSetting(config.heapGrowingPercent);
  // Process-wide, before the schema is built and requests come: no pretenuring unless PRETENURING (gc-settings.ts).
  applyPretenuringSetting(config.pretenuring);
  const hardeningSettings = hardeningSettingsFor(config);
  const { seedSample, fastLane } = config;
  const graphiqlEnabled = config.graphiql;
  const redisTrouble = redisOutageLog(logger);
  const onCacheError = redisTrouble('cache');
  const persistedQueryCache = config.redisUrl === null ? null : createKeyValueCache(config.redisUrl, { prefix: `${config.redisPrefix}apq:`, onError: onCacheError });
  const persistedQueries = persistedQuerySetup(config.persistedQueries, {
    manifestPath: config.persistedQueryManifest ?? undefined,
    cache: persistedQueryCache ?? undefined,
  });
  const metrics = new GatewayMetrics();
  // Ingests and corrections are announced here after they commit; with REDIS_URL, to every replica.
  const events = await openNewsEvents(config.redisUrl, { prefix: config.redisPrefix, onError: redisTrouble('event stream') });
  const services = await openServices(config, metrics.entityObserver, events);
  metrics.watch(services);
  // The store's data version lets the cache see writes of other processes on the same SQLite file
  // (`npm run ingest`) at the next request, with or without Redis.
  const dataVersion = services.store.dataVersion?.bind(services.store);
  const responseCache = config.responseCache ? responseCacheFor(config, onCacheError, dataVersion) : null;
  services.onDataChanged = async () => {
    // The write has happened; failing the mutation now would misreport it. Cached answers then age out by max-age.
    await responseCache?.invalidate().catch((error: Error) => logger.error({ err: error }, 'response cache: could not invalidate after a change'));
  };
  if (seedSample && (await services.store.countArticles()) === 0) {
    const count = await seedSampleCorpus(services);
    logger.info({ articles: count }, 'filled the empty store with the sample corpus');
  }
  let live: SubscriptionServer | null = null;
  const hardening = createHardening(hardeningSettings, { logger, onRedisError: redisTrouble('rate limiter'), rateLimitPrefix: `${config.redisPrefix}rate:` });
  const gateway = await createGateway({
    services,
    logger,
    entityBatchSize: config.entityBatchSize,
    observeBatch: metrics.observeBatch,
    clientAddress: (req) => clientAddress(req, hardeningSettings.trustedProxies),
    persistedQueries: persistedQueries.persistedQueries,
    authenticate: hardening.authenticate,
    hideSuggestions: hardening.hideSuggestions,
    parseOptions: hardening.parseOptions,
    plugins: [createOperationLogPlugin({ base: logger }), createMetricsPlugin(metrics), ...hardening.plugins, httpSubscriptionPlugin('/graphql'), ...persistedQueries.plugins, ...cacheControlPlugins()],
    webSockets: config.subscriptions.enabled
      ? ({ httpServer, schema, contextFor, formatError }) =>
          (live = attachSubscriptionServer(httpServer, {
            settings: config.subscriptions,
            schema,
            logger,
            path: '/graphql',
            authenticate: hardening.authenticate,
            policy: hardeningSettings.policy,
            limits: hardeningSettings.limits,
            parseOptions: hardening.parseOptions,
            clientAddress: (req) => clientAddress(req, hardeningSettings.trustedProxies),
            contextFor,
            formatError,
            safelist: persistedQueries.safelist,
          }))
      : undefined,
    responseCache: responseCache ?? undefined,
    fastLane,
    executor: config.executor,
    observeAnswered: (answer) => {
      metrics.observeAnswered(answer);
      const line = { requestId: answer.requestId, clientIp: answer.clientIp, answeredBy: answer.by, httpStatus: answer.httpStatus, durationMs: Math.round(answer.durationMs * 10) / 10 };
      if (answer.httpStatus >= 400) logger.warn(line, 'graphql request answered before execution');
      else logger.info(line, 'graphql request answered before execution');
    },
    routes: [
      // The rate limit (an allowance of its own, so scrapes never spend a client's) and, with
      // REQUIRE_KEY_FOR_READS, the key check cover the metrics page too.
      ...hardening.routes,
      createMetricsRoute(metrics),
      ...(graphiqlEnabled ? [createGraphiqlHandler({ endpoint: '/graphql', defaultQuery: FRONT_PAGE_QUERY, title: 'Newsgraph', subscriptions: config.subscriptions.enabled })] : []),
    ],
  });
  const url = await gateway.listen(config.port, config.host);
  let closed: Promise<void> | undefined;
  return {
    gateway,
    services,
    url,
    live,
    // The one stop path (signals included): drain HTTP and stop Apollo, then close every
    // connection the app opened. Idempotent; a step that fails does not keep the others open.
    close: () =>
      (closed ??= closeAll(logger, [
        ['gateway', () => gateway.stop()],
        ['rate limiter', () => hardening.close()],
        ['response cache', async () => responseCache?.close()],
        ['persisted queries', async () => persistedQueryCache?.close?.()],
        ['article store', () => services.store.close()],
        ['entity service', () => services.entities.close()],
        ['event bus', () => events.close()],
      ])),
  };
}
