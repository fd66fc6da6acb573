import { ApolloServer, type ApolloServerPlugin, type PersistedQueryOptions } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTrace } from '@apollo/server/plugin/inlineTrace';
import { PrefixingKeyValueCache } from '@apollo/utils.keyvaluecache';
import type { GraphQLSchema, ParseOptions } from 'graphql';
import { randomUUID } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { ANONYMOUS, type Viewer } from '../auth/api-keys';
import type { GraphQLResponseCache } from '../cache/response-cache';
import { createRequestContext, type RequestContext, type Services } from '../context/request-context';
import { withExecution } from '../execution/apollo-execution';
import type { CompiledGateway } from '../execution/compiled-gateway';
import type { ExecutorKind } from '../config/request-settings';
import { FastLane, type LanePersistedQueries } from '../execution/fast-lane';
import { installedPlugins, laneAware, laneContractFor } from '../lane-contract/lane-contract';
import { buildSubgraphGatewaySchema } from '../federation/subgraph-schema';
import type { BatchObserver } from '../loaders/loaders';
import { createErrorFormatter } from './format-error';
import { apolloStage } from './stages/apollo-stage';
import { bodyStage } from './stages/body-stage';
import { cacheStage } from './stages/cache-stage';
import { healthRoute, readinessRoute } from './stages/health-routes';
import { answerFailure, sendJson } from './stages/http-answers';
import { laneStage } from './stages/lane-stage';
import { requestTarget } from './stages/request-target';
import { Exchange, routeStage, runStages, type Route, type Stage } from './stages/stage';

export interface GatewayOptions {
  services: Services;
  logger: Logger;
  /** Largest entity-service batch (DataLoader maxBatchSize). Default 100. */
  entityBatchSize?: number;
  /** Largest request body in bytes; larger ones get 413. Default 2 MB. */
  maxBodyBytes?: number;
  /** Turns an Authorization header into a viewer. Default: everyone anonymous. */
  authenticate?: (authorization: string | undefined) => Viewer;
  /** Extra Apollo plugins (limits, metrics, caching…). */
  plugins?: ApolloServerPlugin<RequestContext>[];
  /**
   * Handlers tried, in order, before GraphQL routing; each returns true when it
   * answered the request (GraphiQL, metrics, …).
   */
  routes?: Route[];
  /** Hide "Did you mean …" suggestions in errors (production). */
  hideSuggestions?: boolean;
  /** graphql-js parser options, e.g. `maxTokens` (a document past it is GRAPHQL_PARSE_FAILED, HTTP 400). */
  parseOptions?: ParseOptions;
  /** Watches DataLoader batch sizes (metrics, tests). */
  observeBatch?: BatchObserver;
  /**
   * Consulted before Apollo for each GraphQL request: a hit is sent as stored,
   * and Apollo's answer to a miss is offered back (src/cache/response-cache.ts).
   * Responses say `x-cache: HIT` or `MISS`. Default: none.
   */
  responseCache?: GraphQLResponseCache;
  /** Compiled execution (graphql-jit) or graphql-js; default jit (startApp passes the EXECUTOR setting). See src/execution/. */
  executor?: ExecutorKind;
  /** Compiled execution: the fields compiled over all kept documents (CompiledGatewayOptions.maxCompiledFields). Default 50,000. */
  maxCompiledFields?: number;
  /** The client's address for request logs (behind proxies: from X-Forwarded-For). Default: the socket's peer. */
  clientAddress?: (req: IncomingMessage) => string | undefined;
  /**
   * Apollo's automatic persisted queries: `{ cache }` takes any KeyValueCache (a shared one
   * for several replicas), `false` turns them off. Default: on, in Apollo's bounded in-memory
   * cache. src/persisted-queries/persisted-query-setup.ts builds it from PERSISTED_QUERIES.
   */
  persistedQueries?: PersistedQueryOptions | false;
  /** Default: the type-graphql schema as a Federation 2 subgraph (src/federation/subgraph-schema.ts). */
  schema?: GraphQLSchema;
  /**
   * The known-operation lane (src/execution/fast-lane.ts): a query Apollo already answered
   * without errors, sent again with the same body and headers, runs its compiled form
   * directly. Default on; it opens only with compiled execution and when every plugin Apollo
   * runs, its own additions included, declared its lane role (src/execution/lane-contract.ts),
   * else every request goes through Apollo.
   */
  fastLane?: boolean;
  /**
   * Told of every request to the GraphQL path that was answered without reaching Apollo
   * (a response-cache hit, or a route such as the rate limit or the GraphiQL page), which
   * Apollo's plugins therefore never see: for logs and metrics.
   */
  observeAnswered?: (answer: AnsweredOutsideApollo) => void;
  /**
   * Subscriptions over WebSocket on this server and path (src/subscriptions/), given the
   * served schema, a context builder and the error formatter; closed when Apollo drains.
   */
  webSockets?: (gateway: WebSocketAttachment) => { dispose(): Promise<void> };
}

export interface WebSocketAttachment {
  httpServer: http.Server;
  schema: GraphQLSchema;
  contextFor(viewer: Viewer, requestId: string, clientIp: string | undefined): RequestContext;
  formatError: ReturnType<typeof createErrorFormatter>;
}

export interface AnsweredOutsideApollo {
  by: 'cache' | 'route';
  requestId: string;
  clientIp: string | undefined;
  httpStatus: number;
  durationMs: number;
}

export interface Gateway {
  apollo: ApolloServer<RequestContext>;
  httpServer: http.Server;
  /** The known-operation lane, when it is open (see GatewayOptions.fastLane). */
  fastLane: FastLane<RequestContext> | null;
  /** Builds the context a request with this viewer would get (for in-process execution). */
  contextFor(viewer?: Viewer): RequestContext;
  listen(port: number, host: string): Promise<string>;
  stop(): Promise<void>;
}

const GRAPHQL_PATH = '/graphql';

/** What Apollo's `persistedQueries` option prefixes its cache keys with (requestPipeline's APQ_CACHE_PREFIX). */
const APQ_CACHE_PREFIX = 'apq:';

/**
 * The gateway: Apollo Server 5 behind a plain node:http server, so that the
 * routes around GraphQL (health, readiness, GraphiQL, metrics) and the body
 * limit are ours, with nothing else in the request path.
 *
 * A request goes along the request path, an ordered list of stages
 * (src/server/stages/), until one answers it:
 *
 * 1. routes: health, readiness, then the given routes (rate limit, metrics, GraphiQL);
 *    any other path than /graphql gets 404;
 * 2. body: a POST's body, refused past the size limit;
 * 3. cache: the response cache, when there is one;
 * 4. lane: the known-operation lane, when it is open;
 * 5. Apollo Server.
 */
export async function createGateway(options: GatewayOptions): Promise<Gateway> {
  const { services, logger } = options;
  const authenticate = options.authenticate ?? (() => ANONYMOUS);
  const clientAddressOf = options.clientAddress ?? ((req: IncomingMessage) => req.socket.remoteAddress);
  const contextOptions = { entityBatchSize: options.entityBatchSize ?? 100, observeBatch: options.observeBatch };
  // The request's logger carries its id and the client's address on every line it writes (both made when first used).
  const contextFor = (viewer: Viewer = ANONYMOUS, requestId: string = randomUUID(), clientIp?: string | (() => string | undefined)): RequestContext =>
    createRequestContext(
      services,
      { viewer, requestId, logger: () => logger.child({ requestId, clientIp: typeof clientIp === 'function' ? clientIp() : clientIp }) },
      contextOptions,
    );

  const httpServer = http.createServer();
  const { apollo, lane } = await startApollo(options, httpServer, contextFor);

  const stages: Stage[] = [
    ...[healthRoute(), readinessRoute(services), ...(options.routes ?? [])].map(routeStage),
    { name: 'route', handle: (exchange) => !exchange.onGraphQLPath && notFound(exchange) },
    bodyStage({ maxBodyBytes: options.maxBodyBytes ?? 2 * 1024 * 1024, parse: lane === null || options.responseCache !== undefined }),
    ...(options.responseCache ? [cacheStage(options.responseCache)] : []),
    ...(lane ? [laneStage(lane, logger)] : []),
    apolloStage(apollo, lane, logger),
  ];
  // What no Apollo plugin sees (routes, cache hits) is told to observeAnswered, for logs and metrics.
  const answered = (stage: Stage, exchange: Exchange): void => {
    if (!exchange.onGraphQLPath || (stage.name !== 'route' && stage.name !== 'cache')) return;
    const { req, res } = exchange;
    options.observeAnswered?.({ by: stage.name, requestId: exchange.requestId, clientIp: clientAddressOf(req), httpStatus: res.statusCode, durationMs: performance.now() - exchange.startedAt });
  };
  const contextOf = (exchange: Exchange): RequestContext => {
    const authorization = exchange.req.headers.authorization;
    return contextFor(authenticate(authorization), exchange.requestId, () => clientAddressOf(exchange.req));
  };
  const handle = (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const target = requestTarget(req);
    return runStages(stages, new Exchange(req, res, target, target.pathname === GRAPHQL_PATH, performance.now(), contextOf), answered);
  };
  httpServer.on('request', (req: IncomingMessage, res: ServerResponse) => {
    let handled: Promise<void>;
    try {
      handled = handle(req, res);
    } catch (error) {
      answerFailure(res, error, logger);
      return;
    }
    handled.catch((error: unknown) => answerFailure(res, error, logger));
  });

  let stopped: Promise<void> | undefined;
  return {
    apollo,
    httpServer,
    fastLane: lane,
    contextFor: (viewer) => contextFor(viewer),
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address() as AddressInfo;
          const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
          resolve(`http://${shownHost}:${address.port}${GRAPHQL_PATH}`);
        });
      }),
    // Idempotent: a second call waits for the first. Apollo's drain plugin stops accepting
    // connections and waits for in-flight requests (closing idle keep-alive sockets at once).
    stop: () =>
      (stopped ??= (async () => {
        await apollo.stop();
        if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      })()),
  };
}

function notFound(exchange: Exchange): true {
  sendJson(exchange.res, 404, { errors: [{ message: `Nothing at ${exchange.target.pathname}; GraphQL is at ${GRAPHQL_PATH}.` }] });
  return true;
}

/**
 * Apollo Server with the gateway's settings and plugins, started; and the known-operation
 * lane, open when asked for, with compiled execution, and when the plugins Apollo runs
 * (its own additions included) allow it (src/execution/lane-contract.ts).
 */
async function startApollo(
  options: GatewayOptions,
  httpServer: http.Server,
  contextFor: (viewer: Viewer, requestId: string, clientIp: string | undefined) => RequestContext,
): Promise<{ apollo: ApolloServer<RequestContext>; lane: FastLane<RequestContext> | null }> {
  const { logger } = options;
  const executor = options.executor ?? 'jit';
  let compiled: CompiledGateway | null = null;
  const lane =
    (options.fastLane ?? true) && executor === 'jit'
      ? new FastLane<RequestContext>({ compiledFor: (queryHash, operationName) => compiled?.compiledFor(queryHash, operationName) ?? null })
      : null;
  const lanePlugin = lane?.plugin();
  const schema = options.schema ?? buildSubgraphGatewaySchema();
  const formatError = createErrorFormatter(logger, { hideSuggestions: options.hideSuggestions ?? false });
  // Called only once a connection subscribes, after Apollo has started.
  const webSockets = options.webSockets?.({ httpServer, schema, formatError, contextFor });
  // Both act on no request: they only close connections when the server drains.
  const drainPlugins = [
    ApolloServerPluginDrainHttpServer({ httpServer }),
    // As Apollo Server documents for graphql-ws: WebSocket connections close when the server drains.
    ...(webSockets ? [{ serverWillStart: async () => ({ drainServer: () => webSockets.dispose() }) }] : []),
  ].map((plugin) => laneAware<RequestContext, ApolloServerPlugin<RequestContext>>(plugin, { kind: 'decides' }));
  const execution = withExecution({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    // Apollo's own switch for suggestions, on top of the formatter's: it covers every message it builds.
    hideSchemaDetailsFromClientErrors: options.hideSuggestions ?? false,
    parseOptions: options.parseOptions,
    allowBatchedHttpRequests: false,
    // One stop path: the process's own signal handler (src/cli/serve.ts) stops Apollo with everything else.
    stopOnTerminationSignals: false,
    persistedQueries: options.persistedQueries,
    logger,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ...drainPlugins,
      ...(options.plugins ?? []),
      // Last, so that every other plugin's response hook has run when it looks.
      ...(lanePlugin ? [lanePlugin] : []),
      // Federation inline traces (ftv1) for a router that asks. Apollo would add this plugin
      // itself, at the same place, for a subgraph schema, and log a line saying so at every start.
      ApolloServerPluginInlineTrace(),
    ],
  }, executor, logger, {
    ranAlready: (context, query) => lane?.takeFailedRun(context, query),
    maxCompiledFields: options.maxCompiledFields,
  });
  compiled = execution.compiled;
  const apollo = new ApolloServer<RequestContext>(execution.options);
  await apollo.start();
  if (lane === null) return { apollo, lane };

  const plugins = installedPlugins(apollo);
  // The gateway's own decision before Apollo: the viewer its `authenticate` reads from Authorization.
  const verdict = plugins
    ? laneContractFor<RequestContext>(plugins, { gatewayReads: ['authorization'], ignore: lanePlugin })
    : { open: false as const, reason: "Apollo Server's plugins could not be listed" };
  if (!verdict.open) {
    logger.info({ reason: verdict.reason }, 'the known-operation lane stays closed: every request goes through Apollo Server');
    return { apollo, lane: null };
  }
  lane.open(verdict.contract, persistedQueriesOf(options, apollo));
  return { apollo, lane };
}

/** Apollo's persisted-query store as its request pipeline reads it (same cache, same prefix, same ttl). */
function persistedQueriesOf(options: GatewayOptions, apollo: ApolloServer<RequestContext>): LanePersistedQueries | null {
  if (options.persistedQueries === false) return null;
  const { logger } = options;
  return {
    cache: new PrefixingKeyValueCache(options.persistedQueries?.cache ?? apollo.cache, APQ_CACHE_PREFIX),
    ttl: options.persistedQueries?.ttl,
    onError: (error) => logger.warn({ err: error }, 'persisted queries: could not register a query'),
  };
}
