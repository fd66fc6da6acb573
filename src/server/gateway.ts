import {
  ApolloServer,
  HeaderMap,
  type ApolloServerPlugin,
  type HTTPGraphQLRequest,
  type HTTPGraphQLResponse,
  type PersistedQueryOptions,
} from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTrace } from '@apollo/server/plugin/inlineTrace';
import type { GraphQLSchema, ParseOptions } from 'graphql';
import { randomUUID } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { ANONYMOUS, type Viewer } from '../auth/api-keys';
import { createRequestContext, type RequestContext, type Services } from '../context';
import { withExecution } from '../execution/apollo-execution';
import type { CompiledGateway } from '../execution/compiled-gateway';
import { executorFromEnv, type ExecutorKind } from '../execution/executor-setting';
import { everyPluginLaneAware, FastLane, laneAware, laneChecks, laneReporters } from '../execution/fast-lane';
import type { GraphQLResponseCache } from '../cache/response-cache';
import type { StoredResponse } from '../cache/response-store';
import { buildSubgraphGatewaySchema } from '../federation/subgraph-schema';
import type { BatchObserver } from '../loaders/loaders';
import { isPersistedQueryGet } from '../persisted-queries/persisted-get';
import { createErrorFormatter } from './format-error';
import { BodyTooLargeError, readBody } from './request-body';
import { requestPath } from './request-path';

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
  routes?: ((req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>)[];
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
  /** Compiled execution (graphql-jit) or graphql-js; default from EXECUTOR (jit). See src/execution/. */
  executor?: ExecutorKind;
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
   * directly. Default on; it opens only with compiled execution and when every plugin
   * declared its lane role (laneAware), else every request goes through Apollo.
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

/**
 * The gateway: Apollo Server 5 behind a plain node:http server, so that the
 * routes around GraphQL (health, readiness, GraphiQL, metrics) and the body
 * limit are ours, with nothing else in the request path.
 */
export async function createGateway(options: GatewayOptions): Promise<Gateway> {
  const { services, logger } = options;
  const maxBodyBytes = options.maxBodyBytes ?? 2 * 1024 * 1024;
  const authenticate = options.authenticate ?? (() => ANONYMOUS);
  const clientAddressOf = options.clientAddress ?? ((req: IncomingMessage) => req.socket.remoteAddress);
  const contextOptions = { entityBatchSize: options.entityBatchSize ?? 100, observeBatch: options.observeBatch };

  const httpServer = http.createServer();
  const plugins = options.plugins ?? [];
  const executor = options.executor ?? executorFromEnv();
  let compiled: CompiledGateway | null = null;
  const fastLane =
    (options.fastLane ?? true) && executor === 'jit' && everyPluginLaneAware(plugins as ApolloServerPlugin<never>[])
      ? new FastLane<RequestContext>({
          compiledFor: (queryHash, operationName) => compiled?.compiledFor(queryHash, operationName) ?? null,
          identityOf: (context) => context.loaders,
          reporters: laneReporters<RequestContext>(plugins as ApolloServerPlugin<never>[]),
          checks: laneChecks(plugins as ApolloServerPlugin<never>[]),
        })
      : null;
  const schema = options.schema ?? buildSubgraphGatewaySchema();
  const formatError = createErrorFormatter(logger, { hideSuggestions: options.hideSuggestions ?? false });
  // Called only once a connection subscribes, after contextFor below is defined.
  const webSockets = options.webSockets?.({ httpServer, schema, formatError, contextFor: (viewer, requestId, clientIp) => contextFor(viewer, requestId, clientIp) });
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
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // As Apollo Server documents for graphql-ws: WebSocket connections close when the server drains.
      ...(webSockets ? [laneAware<RequestContext, ApolloServerPlugin<RequestContext>>({ serverWillStart: async () => ({ drainServer: () => webSockets.dispose() }) }, { kind: 'decides' })] : []),
      ...plugins,
      // Last, so that every other plugin's response hook has run when it looks.
      ...(fastLane ? [fastLane.plugin()] : []),
      // Federation inline traces (ftv1) for a router that asks. Apollo would add this plugin
      // itself, at the same place, for a subgraph schema, and log a line saying so at every start.
      ApolloServerPluginInlineTrace(),
    ],
  }, executor, logger, {
    // Apollo's context is a shallow copy of the one the gateway built (src/execution/fast-lane.ts).
    ranAlready: (context, query) => fastLane?.takeFailedRun(context as unknown as RequestContext, query),
  });
  compiled = execution.compiled;
  const apollo = new ApolloServer<RequestContext>(execution.options);
  await apollo.start();

  // The request's logger carries its id and the client's address on every line it writes.
  const contextFor = (viewer: Viewer = ANONYMOUS, requestId: string = randomUUID(), clientIp?: string): RequestContext =>
    createRequestContext(services, { viewer, requestId, logger: logger.child({ requestId, clientIp }) }, contextOptions);

  // Until the response cache has answered, nothing is parsed that a hit does not need:
  // the cache key of a GET comes from its raw query string; Apollo's headers after a miss.
  const handleGraphQL = async (req: IncomingMessage, res: ServerResponse, target: RequestTarget, requestId: string, startedAt: number): Promise<void> => {
    const raw = req.method === 'POST' ? await readBody(req, maxBodyBytes) : undefined;
    let body: unknown = undefined;
    // A POST the lane may answer is parsed only if the lane does not: a known body was valid JSON.
    if (raw !== undefined && (fastLane === null || options.responseCache)) body = parseBody(raw, req.headers['content-type']);
    const cached = options.responseCache
      ? await options.responseCache.lookup({ method: req.method ?? 'GET', headers: req.headers, rawSearch: target.rawSearch, body })
      : null;
    if (cached?.kind === 'hit') {
      sendCachedResponse(res, cached.response, cached.ageSeconds);
      options.observeAnswered?.({ by: 'cache', requestId, clientIp: clientAddressOf(req), httpStatus: res.statusCode, durationMs: performance.now() - startedAt });
      return;
    }
    if (options.responseCache) res.setHeader('x-cache', 'MISS');
    const authorization = headerValue(req.headers.authorization);
    const viewer = authenticate(authorization);
    const clientIp = clientAddressOf(req);
    const laneKey = fastLane !== null && raw !== undefined ? fastLane.keyOf({ headers: req.headers, viewerKey: viewerKeyOf(viewer, authorization), body: raw }) : null;
    // One context per request: when the lane declines a run, Apollo answers with the same one (and that run).
    let context: RequestContext | undefined;
    const contextOnce = (): RequestContext => (context ??= contextFor(viewer, requestId, clientIp));
    let response = fastLane !== null && laneKey !== null ? await fastLane.answer(laneKey, contextOnce, startedAt) : null;
    if (response === null) {
      if (raw !== undefined && body === undefined) body = parseBody(raw, req.headers['content-type']);
      const url = target.url();
      const headers = new HeaderMap();
      for (const [name, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
      }
      // A hash-only persisted GET passes Apollo's CSRF check, so that CDNs and a plain fetch()
      // can use it; why that is safe: src/persisted-queries/persisted-get.ts.
      if (isPersistedQueryGet(req.method, url.searchParams)) headers.set('apollo-require-preflight', 'persisted-query-get');
      const httpGraphQLRequest: HTTPGraphQLRequest = { method: req.method ?? 'GET', headers, search: url.search, body };
      response = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest, context: async () => contextOnce() });
      if (laneKey !== null && context !== undefined) fastLane?.learn(laneKey, context, response);
    }
    for (const [name, value] of response.headers) res.setHeader(name, value);
    res.statusCode = graphqlOverHttpStatus(response);
    if (response.body.kind === 'complete') {
      if (cached?.kind === 'miss') {
        // Stored before the answer goes out, so the same request sent next is a hit (on every replica).
        // A store that fails is only logged: the client still gets its answer.
        await cached.remember({ status: res.statusCode, headers: response.headers, body: response.body.string }).catch((error: unknown) => {
          logger.warn({ err: error }, 'response cache: could not store an answer');
        });
      }
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const target = requestTarget(req);
    if (target.pathname === '/healthz') return sendJson(res, 200, { status: 'ok' });
    if (target.pathname === '/readyz') return sendJson(res, ...(await readiness(services)));
    const onGraphQLPath = target.pathname === GRAPHQL_PATH;
    const startedAt = performance.now();
    let requestId = '';
    if (onGraphQLPath) {
      requestId = requestIdFrom(headerValue(req.headers['x-request-id']));
      res.setHeader('x-request-id', requestId);
    }
    for (const route of options.routes ?? []) {
      // A route that declines synchronously costs no await.
      const answered = route(req, res);
      if (answered === false || (answered !== true && !(await answered))) continue;
      if (onGraphQLPath) {
        options.observeAnswered?.({ by: 'route', requestId, clientIp: clientAddressOf(req), httpStatus: res.statusCode, durationMs: performance.now() - startedAt });
      }
      return;
    }
    if (onGraphQLPath) return handleGraphQL(req, res, target, requestId, startedAt);
    sendJson(res, 404, { errors: [{ message: `Nothing at ${target.pathname}; GraphQL is at ${GRAPHQL_PATH}.` }] });
  };

  httpServer.on('request', (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((error: unknown) => {
      if (error instanceof BodyTooLargeError) {
        sendJson(res, 413, { errors: [{ message: error.message, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
        return;
      }
      if (error instanceof MalformedBodyError) {
        sendJson(res, 400, { errors: [{ message: error.message, extensions: { code: 'BAD_REQUEST' } }] });
        return;
      }
      logger.error({ err: error }, 'request failed');
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.end();
    });
  });

  let stopped: Promise<void> | undefined;
  return {
    apollo,
    httpServer,
    fastLane,
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

class MalformedBodyError extends Error {}

/** The request's URL. A target no URL parser accepts (`//[`) is the client's mistake: 400, not 500. */
function requestUrl(req: IncomingMessage): URL {
  try {
    return new URL(req.url ?? '/', 'http://localhost');
  } catch {
    throw new MalformedBodyError('The request target is not a valid URL.');
  }
}

/** The parts of a request target the gateway routes on, and its URL, parsed once and only if needed. */
interface RequestTarget {
  pathname: string;
  /** The query string without `?`, as sent for the plain `/graphql?…` form, else as the URL parser normalized it. */
  rawSearch: string;
  url(): URL;
}

/**
 * The path comes from requestPath (shared with the routes, so the gateway and
 * every route read one spelling the same way): a plain path such as `/graphql`
 * is taken as sent, without the URL parser; any other is parsed once.
 */
function requestTarget(req: IncomingMessage): RequestTarget {
  const raw = req.url ?? '/';
  let parsed: URL | undefined;
  const url = (): URL => (parsed ??= requestUrl(req));
  const pathname = requestPath(req);
  if (pathname === null) throw new MalformedBodyError('The request target is not a valid URL.');
  // The query string as sent when the path was taken as sent (`/graphql?…`), else as the parser normalized it.
  const asSent = raw.startsWith(pathname) && (raw.length === pathname.length || raw[pathname.length] === '?');
  return { pathname, rawSearch: asSent ? raw.slice(pathname.length + 1) : url().search.slice(1), url };
}

/** JSON bodies are parsed here; any other content type reaches Apollo as text, which refuses it. */
function parseBody(raw: string, contentType: string | undefined): unknown {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'application/json' || type.endsWith('+json')) {
    if (raw.trim() === '') throw new MalformedBodyError('The request body is empty; send a JSON object with "query".');
    try {
      return JSON.parse(raw);
    } catch {
      throw new MalformedBodyError('The request body is not valid JSON.');
    }
  }
  return raw;
}

/** The client's x-request-id when it is a plausible id (it is echoed and logged), else a fresh UUID. */
function requestIdFrom(header: string | undefined): string {
  return header !== undefined && /^[\w.:@/+=-]{1,128}$/.test(header) ? header : randomUUID();
}

/** Apollo's codes for a document that does not parse or validate, or variables that do not coerce. */
const GRAPHQL_REQUEST_ERROR_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

/**
 * The GraphQL-over-HTTP spec: a client that gets `application/json` SHOULD see 200 for every
 * well-formed request, its GraphQL errors in the body; Apollo answers parse, validation and
 * variable-coercion errors with 400 whatever the media type. Those become 200 for
 * `application/json`; `application/graphql-response+json` keeps the 400 the spec asks for
 * there. Other statuses (malformed requests, 405, 406, 413, refused persisted queries, limits)
 * stay as Apollo and the plugins set them.
 */
function graphqlOverHttpStatus(response: HTTPGraphQLResponse): number {
  const status = response.status ?? 200;
  if (status !== 400 || response.body.kind !== 'complete') return status;
  if (!(response.headers.get('content-type') ?? '').startsWith('application/json')) return status;
  let codes: unknown[] = [];
  try {
    const parsed = JSON.parse(response.body.string) as { errors?: { extensions?: { code?: unknown } }[] };
    codes = (parsed.errors ?? []).map((error) => error.extensions?.code);
  } catch {
    return status;
  }
  return codes.length > 0 && codes.every((code) => GRAPHQL_REQUEST_ERROR_CODES.has(code as string)) ? 200 : status;
}

/**
 * Stored answers as bytes, with their length: an in-memory cache hands back the same
 * StoredResponse on every hit, so its body is encoded once, not on each hit.
 */
const encodedAnswers = new WeakMap<StoredResponse, { body: Buffer; length: string }>();

function sendCachedResponse(res: ServerResponse, stored: StoredResponse, ageSeconds: number): void {
  let encoded = encodedAnswers.get(stored);
  if (!encoded) {
    const body = Buffer.from(stored.body, 'utf8');
    encoded = { body, length: String(body.length) };
    encodedAnswers.set(stored, encoded);
  }
  for (const [name, value] of stored.headers) res.setHeader(name, value);
  res.setHeader('content-length', encoded.length);
  res.setHeader('age', String(ageSeconds));
  res.setHeader('x-cache', 'HIT');
  res.statusCode = stored.status;
  res.end(encoded.body);
}

/** The viewer as far as it changes an answer: its role and key, and whether an Authorization header came (cache-control's scope). */
function viewerKeyOf(viewer: Viewer, authorization: string | undefined): string {
  return `${viewer.role ?? '-'} ${viewer.keyId ?? '-'} ${viewer.invalidKey ? 'invalid' : 'valid'} ${authorization ? 'auth' : 'none'}`;
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

async function readiness(services: Services): Promise<[number, unknown]> {
  const check = async (work: () => Promise<void>): Promise<string> => {
    try {
      await work();
      return 'ok';
    } catch (error) {
      return error instanceof Error ? `unavailable: ${error.message}` : 'unavailable';
    }
  };
  const [store, entities] = await Promise.all([check(() => services.store.ping()), check(() => services.entities.ping())]);
  const ready = store === 'ok' && entities === 'ok';
  return [ready ? 200 : 503, { status: ready ? 'ready' : 'not ready', checks: { store, entities } }];
}
