import {
  getOperationAST,
  GraphQLError,
  parse,
  validate,
  type ExecutionArgs,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type ParseOptions,
} from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import type { Server as HttpServer, IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { randomUUID } from 'node:crypto';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import { WebSocketServer, type WebSocket } from 'ws';
import { ANONYMOUS, authorizeOperation, type AccessPolicy, type Viewer } from '../auth/api-keys';
import type { RequestContext } from '../context/request-context';
import type { Loaders } from '../loaders/loaders';
import { ErrorCode, OperationNotSupportedError, QueryTooComplexError, RateLimitedError, TooManySubscriptionsError } from '../errors';
import { ASSUMED_LIST_SIZE, firstViolation } from '../limits/limits-plugin';
import { FragmentCycleError, measureOperation } from '../limits/measure-operation';
import type { OperationLimits } from '../config/request-settings';
import { sha256Hex } from '../persisted-queries/manifest';
import { PersistedQueryNotAllowedError } from '../persisted-queries/safelist-plugin';
import { requestPath } from '../http/request-path';
import type { SubscriptionSettings } from '../config/config';
import { groupKey, SharedExecution, SubscriberTicket } from './shared-execution';

export interface SubscriptionServerOptions {
  settings: SubscriptionSettings;
  schema: GraphQLSchema;
  logger: Logger;
  /** The GraphQL path; WebSocket upgrades elsewhere are refused. */
  path: string;
  /** The same API keys as HTTP; the key comes in connectionParams `authorization` ("Bearer KEY"). */
  authenticate(authorization: string | undefined): Viewer;
  policy: AccessPolicy;
  limits: OperationLimits;
  parseOptions?: ParseOptions;
  clientAddress(req: IncomingMessage): string | undefined;
  /** A fresh context (loaders included) for a viewer. */
  contextFor(viewer: Viewer, requestId: string, clientIp: string | undefined): RequestContext;
  formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError;
  /** With PERSISTED_QUERIES=safelist: only the manifest's operations may subscribe. */
  safelist?: { has(id: string): boolean } | null;
}

export interface SubscriptionServer {
  /** Open WebSocket connections. */
  readonly connections: number;
  /** Subscriptions receiving events. */
  readonly subscriptions: number;
  /** Executions per event: one for each set of subscriptions with the same role, document and variables. */
  readonly groups: number;
  /** Closes every connection (1001 Going away) and stops accepting new ones. */
  dispose(): Promise<void>;
}

/** Close code and reason for a subscriber that fell too far behind. */
export const SLOW_CONSUMER_CLOSE = { code: 1008, reason: 'Slow consumer: events were not read fast enough' } as const;

interface ConnectionState {
  viewer: Viewer;
  clientIp: string | undefined;
  tokens: number;
  refilledAt: number;
}

/**
 * GraphQL subscriptions over WebSocket (graphql-transport-ws, the `graphql-ws`
 * library) on the gateway's own HTTP server and path, as Apollo Server 5
 * documents it: `useServer` on a `ws` server, disposed when Apollo drains.
 *
 * Every subscribe message is checked as an HTTP request is, before anything
 * runs: the token limit of the parser, validation, the API key (sent once in
 * connectionParams), and the depth, alias, directive and cost limits. Each
 * refusal is an `error` message with a code. Per connection: a rate of
 * subscribe messages, a cap on open subscriptions, ping/pong heartbeats, and a
 * bound on what waits to be sent (events queued per subscription and bytes
 * buffered on the socket): past it the connection is closed, 1008. Subscriptions that would
 * answer alike share one execution per event and one serialized payload (shared-execution.ts).
 */
export function attachSubscriptionServer(httpServer: HttpServer, options: SubscriptionServerOptions): SubscriptionServer {
  const { settings, schema, logger } = options;
  const wsServer = new WebSocketServer({ noServer: true, maxPayload: settings.maxMessageBytes });
  const perAddress = new Map<string, number>();
  const states = new WeakMap<WebSocket, ConnectionState>();

  const refuseUpgrade = (socket: Duplex, status: number, text: string): void => {
    socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`);
  };
  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    if (requestPath(req) !== options.path) return refuseUpgrade(socket, 404, 'Not Found');
    if (wsServer.clients.size >= settings.maxConnections) return refuseUpgrade(socket, 503, 'Service Unavailable');
    const address = options.clientAddress(req) ?? 'unknown';
    const open = perAddress.get(address) ?? 0;
    if (open >= settings.maxConnectionsPerAddress) return refuseUpgrade(socket, 429, 'Too Many Requests');
    perAddress.set(address, open + 1);
    wsServer.handleUpgrade(req, socket, head, (ws) => {
      ws.once('close', () => {
        const left = (perAddress.get(address) ?? 1) - 1;
        if (left <= 0) perAddress.delete(address);
        else perAddress.set(address, left);
      });
      wsServer.emit('connection', ws, req);
    });
  };
  httpServer.on('upgrade', onUpgrade);

  const dropSlow = (socket: WebSocket): void => {
    if (socket.readyState !== socket.OPEN) return;
    logger.warn({ bufferedAmount: socket.bufferedAmount }, 'subscription: dropped a slow consumer');
    socket.close(SLOW_CONSUMER_CLOSE.code, SLOW_CONSUMER_CLOSE.reason);
    // A client that reads nothing never answers the close handshake either.
    setTimeout(() => socket.terminate(), 1000).unref();
  };

  // One set of loaders per event, shared by every subscription it reaches; gone with the event.
  const eventLoaders = new WeakMap<object, Loaders>();
  const loadersFor = (event: object): Loaders => {
    let loaders = eventLoaders.get(event);
    if (loaders === undefined) {
      loaders = options.contextFor(ANONYMOUS, 'event', undefined).loaders;
      eventLoaders.set(event, loaders);
    }
    return loaders;
  };

  const errorsOf = (errors: readonly GraphQLError[]): GraphQLFormattedError[] => errors.map((error) => options.formatError(error.toJSON(), error));

  const shared = new SharedExecution({
    queueLimit: settings.queueLimit,
    maxBufferedBytes: settings.maxBufferedBytes,
    dropSlow,
    formatErrors: errorsOf,
    contextFor: (ticket, onOverflow) => {
      const context = options.contextFor(ticket.viewer, `live@${randomUUID()}`, ticket.clientIp);
      context.live = { queueLimit: settings.queueLimit, onOverflow, loadersFor };
      return context;
    },
  });

  const cleanup = useServer<Record<string, unknown> | undefined>(
    {
      schema,
      onConnect: (ctx) => {
        const params = ctx.connectionParams ?? {};
        const raw = params.authorization ?? params.Authorization;
        const authorization = typeof raw === 'string' ? raw : undefined;
        const viewer = options.authenticate(authorization);
        // A wrong key is refused at once (4403 Forbidden), as over HTTP, rather than served as anonymous.
        if (viewer.invalidKey) return false;
        states.set(ctx.extra.socket, { viewer, clientIp: options.clientAddress(ctx.extra.request), tokens: settings.subscribesPerMinute, refilledAt: Date.now() });
        return true;
      },
      onSubscribe: (ctx, id, payload) => {
        const state = states.get(ctx.extra.socket);
        if (state === undefined) return [new GraphQLError('The connection was not initialised.', { extensions: { code: 'BAD_REQUEST' } })];
        const wait = takeToken(state, settings.subscribesPerMinute);
        if (wait > 0) return [new RateLimitedError(wait)];
        if (Object.keys(ctx.subscriptions).length > settings.maxSubscriptionsPerConnection) {
          return [new TooManySubscriptionsError(settings.maxSubscriptionsPerConnection)];
        }
        const checked = checkOperation(options, payload.query, payload.operationName ?? undefined, payload.variables ?? undefined, state.viewer);
        if (Array.isArray(checked)) return checked;
        const key = groupKey(state.viewer, payload.query, payload.operationName ?? undefined, payload.variables ?? undefined);
        return { ...checked, contextValue: new SubscriberTicket(key, ctx.extra.socket, id, state.viewer, state.clientIp) };
      },
      // Events go out through the subscription's group (shared-execution.ts); what graphql-ws itself
      // sends as `next` is a refusal by the subscribe resolver (a bad filter): one result with errors.
      subscribe: (args) => shared.subscribe(args),
      onNext: (_ctx, _id, _payload, _args, result) => (result.errors === undefined ? undefined : { ...result, errors: errorsOf(result.errors) }),
      onError: (_ctx, _id, _payload, errors) => errorsOf(errors),
    },
    wsServer,
    settings.keepAliveMs,
  );

  return {
    get connections() {
      return wsServer.clients.size;
    },
    get subscriptions() {
      return shared.subscriptions;
    },
    get groups() {
      return shared.groupCount;
    },
    dispose: async () => {
      httpServer.off('upgrade', onUpgrade);
      await cleanup.dispose();
    },
  };
}

/** Takes one subscribe from the connection's allowance; 0, or the seconds until one is back. */
function takeToken(state: ConnectionState, perMinute: number): number {
  const now = Date.now();
  state.tokens = Math.min(perMinute, state.tokens + ((now - state.refilledAt) / 60_000) * perMinute);
  state.refilledAt = now;
  if (state.tokens >= 1) {
    state.tokens -= 1;
    return 0;
  }
  return Math.max(1, Math.ceil(((1 - state.tokens) / perMinute) * 60));
}

const withCode = (message: string, code: string, extra: Record<string, unknown> = {}): GraphQLError => new GraphQLError(message, { extensions: { ...extra, code } });

/**
 * Parses, validates and checks one subscribe message as the HTTP path does:
 * the execution arguments, or the errors to answer with (each with a code).
 */
function checkOperation(
  options: SubscriptionServerOptions,
  query: string,
  operationName: string | undefined,
  variables: Record<string, unknown> | undefined,
  viewer: Viewer,
): Omit<ExecutionArgs, 'contextValue'> | GraphQLError[] {
  const { schema, limits } = options;
  if (options.safelist && !options.safelist.has(sha256Hex(query))) {
    const refused = new PersistedQueryNotAllowedError();
    // `http` is for Apollo's HTTP answer; a WebSocket message has no status.
    delete (refused.extensions as Record<string, unknown>).http;
    return [refused];
  }
  let document;
  try {
    document = parse(query, options.parseOptions);
  } catch (error) {
    return [withCode(error instanceof GraphQLError ? error.message : 'The document does not parse.', 'GRAPHQL_PARSE_FAILED')];
  }
  const invalid = validate(schema, document);
  if (invalid.length > 0) return invalid.map((error) => withCode(error.message, 'GRAPHQL_VALIDATION_FAILED'));
  const operation = getOperationAST(document, operationName);
  if (operation == null) {
    return [withCode(operationName ? `No operation named "${operationName}" in the document.` : 'The document has several operations: name one in operationName.', 'OPERATION_RESOLUTION_FAILURE')];
  }
  if (operation.operation !== 'subscription') {
    return [new OperationNotSupportedError(`Over WebSocket ${options.path} runs subscriptions only; send a ${operation.operation} as an HTTP POST to ${options.path}.`)];
  }
  try {
    authorizeOperation(viewer, 'subscription', options.policy);
  } catch (error) {
    if (error instanceof GraphQLError) return [error];
    throw error;
  }
  try {
    const measures = measureOperation({
      schema,
      document,
      operation,
      variables,
      defaultPageSize: limits.defaultPageSize,
      maxPageSize: limits.maxPageSize,
      assumedListSize: ASSUMED_LIST_SIZE,
    });
    const violation = firstViolation(measures, limits);
    if (violation !== null) {
      // `http` is for Apollo's HTTP answer; a WebSocket message has no status.
      const { http: _http, code: _code, ...extensions } = violation.extensions;
      return [new QueryTooComplexError(violation.message, extensions)];
    }
  } catch (error) {
    if (error instanceof FragmentCycleError) return [new QueryTooComplexError(`${error.message} Fragment cycles are not allowed.`, { limit: 'fragmentCycle' })];
    throw error;
  }
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}, { maxErrors: 10 });
  if (coerced.errors) return coerced.errors.map((error) => withCode(error.message, ErrorCode.BAD_USER_INPUT));
  return { schema, document, operationName, variableValues: variables };
}
