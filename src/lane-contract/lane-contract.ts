import type { ApolloServer, ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { ExecutionResult } from 'graphql';

/*
 * The known-operation lane's contract with the plugins, in one place (the lane itself:
 * src/execution/fast-lane.ts). The lane may answer a request without Apollo Server only
 * when everything that decides an answer has told it what that decision depends on and
 * what it writes:
 *
 * - Every plugin Apollo runs, its own additions included, declares a role (`laneAware`)
 *   or is one of Apollo's that acts on no request the lane answers (INERT_APOLLO_PLUGINS,
 *   the switches that turn one of Apollo's off). Anything else closes the lane.
 * - The key is the request body and the request headers the deciding parts read:
 *   Apollo's own (APOLLO_READS), the gateway's (its `authenticate` reads Authorization)
 *   and those each `decides` plugin declares in `reads`. Nothing is kept by hand
 *   elsewhere: a plugin that reads a new header declares it, and the lane keys on it.
 * - What is replayed is only what the deciders declared as fixed by the key: the response
 *   headers in `sets.headers` (and Apollo's content type) and the extensions in
 *   `sets.extensions`. An answer carrying any other header or extension is never learned,
 *   so a per-request header or extension (a counter, a timing, an id) is never replayed:
 *   such requests keep going through Apollo.
 * - A request is matched to its context by a mark the lane sets on the context the gateway
 *   builds (markExchange), not by an object the context happens to share with Apollo's
 *   copy of it. Apollo hands plugins and the executor a shallow copy of the context, which
 *   keeps the mark (an enumerable symbol-keyed field); a context without a mark is simply
 *   not learned from, so the lane can only learn less, never answer wrongly.
 *
 * This module imports no other part of the gateway: plugins and observability depend
 * on it, never the other way round.
 */

/** What one finished GraphQL request amounted to, for logs and metrics (reported by Apollo's hooks or by the lane). */
export interface OperationSummary {
  /** The operation's name in the document; null when unnamed or when no operation was resolved. */
  operationName: string | null;
  /** query, mutation or subscription; null when the document did not parse or validate. */
  operationType: string | null;
  durationMs: number;
  /** extensions.code of every error in the response, in order (repeats kept). */
  errorCodes: string[];
  /** The HTTP status Apollo will send (200 unless an error set one). */
  httpStatus: number;
}

/** What a deciding plugin's decision depends on, beyond the request body, and what it writes. */
export interface LaneDecision {
  kind: 'decides';
  /** Request headers (any case) its decision reads; each becomes part of the lane key. */
  reads?: readonly string[];
  /** What it writes into an answer that the key fixes, and that the lane may therefore replay. */
  sets?: {
    /** Response header names (any case). */
    headers?: readonly string[];
    /** Top-level keys of the response's `extensions`. */
    extensions?: readonly string[];
  };
}

/** How a plugin takes part in the known-operation lane. */
export type LaneRole<TContext> =
  /** Its effect (a refusal, a header, an extension) is the same for every request with one lane key. */
  | LaneDecision
  /** It reports each request; the lane calls `report` for the requests it answers. */
  | { kind: 'reports'; report(summary: OperationSummary, context: TContext): void }
  /**
   * It judges each answer (its size, say): the lane sends a run only when `accepts` says so,
   * else Apollo answers with that same run, and the plugin's own hooks act on it. The lane
   * passes `dataJson`, `JSON.stringify(result.data)` as it will send it, for checks that can
   * judge from it at less cost; the verdict must be the one `accepts(result)` gives.
   */
  | { kind: 'checks'; accepts(result: ExecutionResult, dataJson?: string): boolean };

const LANE_ROLE = Symbol.for('newsgraph.fastLaneRole');

/** Marks `plugin` with its role in the lane; returns the same plugin. */
export function laneAware<TContext extends BaseContext, P extends ApolloServerPlugin<TContext>>(plugin: P, role: LaneRole<TContext>): P {
  Object.defineProperty(plugin, LANE_ROLE, { value: role, enumerable: false });
  return plugin;
}

/** The declared role of a plugin; undefined for a plugin the lane knows nothing about. */
export function laneRoleOf<TContext>(plugin: ApolloServerPlugin<never>): LaneRole<TContext> | undefined {
  return (plugin as unknown as Record<symbol, LaneRole<TContext> | undefined>)[LANE_ROLE];
}

/** Apollo's switches that turn one of its built-in plugins off (e.g. ApolloServerPluginCacheControlDisabled): they act on no request. */
function isDisabledApolloPlugin(plugin: ApolloServerPlugin<never>): boolean {
  return (plugin as { __is_disabled_plugin__?: unknown }).__is_disabled_plugin__ === true;
}

/**
 * Apollo's own plugins (by their internal id) that act on no request the lane answers:
 * InlineTrace only on federation-traced requests, which never take the lane;
 * DisableSuggestions only rewrites validation errors, and an answer with errors is never
 * learned. Apollo adds both itself (the second with `hideSchemaDetailsFromClientErrors`).
 * Every other plugin of Apollo's (usage reporting, which it adds with APOLLO_KEY; schema
 * reporting; its per-field cache control) closes the lane.
 */
const INERT_APOLLO_PLUGINS = new Set(['InlineTrace', 'DisableSuggestions']);

function isInertApolloPlugin(plugin: ApolloServerPlugin<never>): boolean {
  const id = (plugin as { __internal_plugin_id__?: unknown }).__internal_plugin_id__;
  return typeof id === 'string' && INERT_APOLLO_PLUGINS.has(id);
}

/**
 * Request headers Apollo Server itself reads before answering: the content type (body
 * parsing, CSRF prevention), Accept (the response's media type, 406) and the two headers
 * that let a request past CSRF prevention. (`apollo-federation-include-trace` is read too;
 * requests carrying it never take the lane.)
 */
const APOLLO_READS: readonly string[] = ['content-type', 'accept', 'apollo-require-preflight', 'x-apollo-operation-name'];

/** Response headers Apollo Server sets itself on a single JSON answer. */
const APOLLO_SETS: readonly string[] = ['content-type'];

/** What the lane may do with the plugins Apollo runs: the key's headers, what may be replayed, who reports and checks. */
export interface LaneContract<TContext> {
  /** Lower-case request header names the key is built from, sorted. */
  keyHeaders: readonly string[];
  /** Lower-case response header names a learned answer may carry. */
  replayableHeaders: ReadonlySet<string>;
  /** Top-level `extensions` keys a learned answer may carry. */
  replayableExtensions: ReadonlySet<string>;
  reporters: ((summary: OperationSummary, context: TContext) => void)[];
  checks: ((result: ExecutionResult, dataJson?: string) => boolean)[];
}

export type LaneVerdict<TContext> = { open: true; contract: LaneContract<TContext> } | { open: false; reason: string };

/**
 * The lane's contract for a server running exactly `plugins` (as Apollo runs them, its own
 * additions included: see installedPlugins), whose gateway reads `gatewayReads` (request
 * headers) before Apollo; closed when one plugin is neither lane-aware, a switch, nor inert.
 * `ignore` is left out of the check (the lane's own learning plugin).
 */
export function laneContractFor<TContext>(
  plugins: readonly ApolloServerPlugin<never>[],
  options: { gatewayReads: readonly string[]; ignore?: ApolloServerPlugin<never> },
): LaneVerdict<TContext> {
  const keyHeaders = new Set([...APOLLO_READS, ...options.gatewayReads].map(lower));
  const replayableHeaders = new Set(APOLLO_SETS.map(lower));
  const replayableExtensions = new Set<string>();
  const reporters: LaneContract<TContext>['reporters'] = [];
  const checks: LaneContract<TContext>['checks'] = [];
  for (const plugin of plugins) {
    if (plugin === options.ignore || isDisabledApolloPlugin(plugin) || isInertApolloPlugin(plugin)) continue;
    const role = laneRoleOf<TContext>(plugin);
    if (role === undefined) return { open: false, reason: `a plugin declares no lane role (${describePlugin(plugin)})` };
    if (role.kind === 'reports') reporters.push(role.report);
    else if (role.kind === 'checks') checks.push(role.accepts);
    else {
      for (const name of role.reads ?? []) keyHeaders.add(lower(name));
      for (const name of role.sets?.headers ?? []) replayableHeaders.add(lower(name));
      for (const name of role.sets?.extensions ?? []) replayableExtensions.add(name);
    }
  }
  return { open: true, contract: { keyHeaders: [...keyHeaders].sort(), replayableHeaders, replayableExtensions, reporters, checks } };
}

/**
 * The plugins `server` runs, once started: the ones it was given and the ones Apollo
 * added itself (usage reporting when APOLLO_KEY and APOLLO_GRAPH_REF are set, inline
 * tracing, the landing page, …). Apollo Server 5 has no public way to list them, and
 * what it adds depends on its version and the environment, so they are read from its
 * internal state; undefined when that is not where it was (the lane then stays closed).
 */
export function installedPlugins(server: ApolloServer<never> | object): readonly ApolloServerPlugin<never>[] | undefined {
  const internals = (server as unknown as { internals?: { plugins?: unknown } }).internals;
  const plugins = internals?.plugins;
  return Array.isArray(plugins) ? (plugins as ApolloServerPlugin<never>[]) : undefined;
}

function describePlugin(plugin: ApolloServerPlugin<never>): string {
  const id = (plugin as { __internal_plugin_id__?: unknown }).__internal_plugin_id__;
  return typeof id === 'string' ? `Apollo's ${id}` : 'not marked laneAware';
}

function lower(name: string): string {
  return name.toLowerCase();
}

const LANE_EXCHANGE = Symbol('newsgraph.laneExchange');

/**
 * Sets `exchange` as the lane's mark on a request context the gateway built, before Apollo
 * sees it; enumerable, so that Apollo's copy of the context carries it.
 */
export function markExchange<E extends object>(context: object, exchange: E): E {
  (context as Record<symbol, unknown>)[LANE_EXCHANGE] = exchange;
  return exchange;
}

/** The mark markExchange set on this context (or on the context it is a copy of). */
export function exchangeOf<E extends object>(context: object): E | undefined {
  return (context as Record<symbol, E | undefined>)[LANE_EXCHANGE];
}
