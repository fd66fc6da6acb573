import type { Logger } from 'pino';
import { createKeyValueCache } from '../cache/key-value-cache';
import { cacheControlPlugins } from '../cache/cache-control-plugin';
import { responseCacheFor } from '../cache/response-cache';
import { readBoolean, type Config } from '../config';
import type { Services } from '../context';
import { openEntityService } from '../entities/open-entity-service';
import type { EntityLinkObserver } from '../entities/resilient-entity-service';
import { ingestArticle } from '../ingest/pipeline';
import { GatewayMetrics } from '../observability/gateway-metrics';
import { createMetricsPlugin } from '../observability/metrics-plugin';
import { createMetricsRoute } from '../observability/metrics-route';
import { createOperationLogPlugin } from '../observability/operation-log-plugin';
import { persistedQuerySetup } from '../persisted-queries/persisted-query-setup';
import { clientAddress } from '../rate-limit/client-address';
import { seedSampleCorpus } from '../sample/seed';
import { openArticleStore } from '../store/open-article-store';
import { createGateway, type Gateway } from './gateway';
import { createGraphiqlHandler } from './graphiql';
import { createHardening, hardeningSettingsFromEnv } from './hardening';

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
  close(): Promise<void>;
}

/**
 * Opens the configured store and entity service, wiring them into one set of
 * services; `entityObserver` watches the entity-service link (metrics).
 */
export async function openServices(config: Config, entityObserver?: EntityLinkObserver): Promise<Services> {
  const store = await openArticleStore(config.databaseUrl);
  const entities = await openEntityService(config, entityObserver);
  return {
    store,
    entities,
    ingest: (request) => ingestArticle(request, { store, entities }),
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
export async function startApp(config: Config, logger: Logger, env: Record<string, string | undefined> = process.env): Promise<App> {
  // Checked before anything is opened: a bad limit, key or rate setting stops the start cleanly.
  const hardeningSettings = hardeningSettingsFromEnv(env);
  const seedSample = readBoolean(env, 'SEED_SAMPLE', true);
  const graphiqlEnabled = readBoolean(env, 'GRAPHIQL', true);
  const fastLane = readBoolean(env, 'FAST_LANE', true);
  const onCacheError = (error: Error): void => logger.warn({ err: error }, 'cache store unavailable');
  const persistedQueryCache = config.redisUrl === null ? null : createKeyValueCache(config.redisUrl, { prefix: `${config.redisPrefix}apq:`, onError: onCacheError });
  const persistedQueries = persistedQuerySetup(config.persistedQueries, {
    manifestPath: config.persistedQueryManifest ?? undefined,
    cache: persistedQueryCache ?? undefined,
  });
  const metrics = new GatewayMetrics();
  const services = await openServices(config, metrics.entityObserver);
  metrics.watch(services);
  const responseCache = config.responseCache ? responseCacheFor(config, onCacheError) : null;
  services.onDataChanged = async () => {
    // The write has happened; failing the mutation now would misreport it. Cached answers then age out by max-age.
    await responseCache?.invalidate().catch((error: Error) => logger.error({ err: error }, 'response cache: could not invalidate after a change'));
  };
  if (seedSample && (await services.store.countArticles()) === 0) {
    const count = await seedSampleCorpus(services);
    logger.info({ articles: count }, 'filled the empty store with the sample corpus');
  }
  const hardening = createHardening(hardeningSettings, { logger, rateLimitPrefix: `${config.redisPrefix}rate:` });
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
    plugins: [createOperationLogPlugin(), createMetricsPlugin(metrics), ...hardening.plugins, ...persistedQueries.plugins, ...cacheControlPlugins()],
    responseCache: responseCache ?? undefined,
    fastLane,
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
      ...(graphiqlEnabled ? [createGraphiqlHandler({ endpoint: '/graphql', defaultQuery: FRONT_PAGE_QUERY, title: 'Newsgraph' })] : []),
    ],
  });
  const url = await gateway.listen(config.port, config.host);
  return {
    gateway,
    services,
    url,
    close: async () => {
      await gateway.stop();
      await hardening.close();
      await responseCache?.close();
      await persistedQueryCache?.close?.();
      await services.store.close();
      await services.entities.close();
    },
  };
}
