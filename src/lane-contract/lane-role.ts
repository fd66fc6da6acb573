import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { ExecutionResult } from 'graphql';

/*
 * The contract between the request plugins and the known-operation lane
 * (src/execution/fast-lane.ts): how a plugin declares its part in the lane, and
 * the summary of a finished request that reporting plugins receive. It sits at
 * the bottom of the house so that the plugins (auth, cache, limits, persisted
 * queries, observability, subscriptions) declare their role without importing
 * the engine that reads it.
 */

/** What one finished GraphQL request amounted to, for logs and metrics. */
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

const LANE_ROLE = Symbol.for('newsgraph.fastLaneRole');

/** How a plugin takes part in the known-operation lane. */
export type LaneRole<TContext> =
  /** Its effect (a refusal, a header, an extension) is the same for every request with one lane key. */
  | { kind: 'decides' }
  /** It reports each request; the lane calls `report` for the requests it answers. */
  | { kind: 'reports'; report(summary: OperationSummary, context: TContext): void }
  /**
   * It judges each answer (its size, say): the lane sends a run only when `accepts` says so,
   * else Apollo answers with that same run, and the plugin's own hooks act on it.
   */
  | { kind: 'checks'; accepts(result: ExecutionResult): boolean };

/** Marks `plugin` with its role in the lane; returns the same plugin. */
export function laneAware<TContext extends BaseContext, P extends ApolloServerPlugin<TContext>>(plugin: P, role: LaneRole<TContext>): P {
  Object.defineProperty(plugin, LANE_ROLE, { value: role, enumerable: false });
  return plugin;
}

/** The declared role of a plugin; undefined for a plugin the lane knows nothing about. */
export function laneRoleOf<TContext>(plugin: ApolloServerPlugin<never>): LaneRole<TContext> | undefined {
  return (plugin as unknown as Record<symbol, LaneRole<TContext> | undefined>)[LANE_ROLE];
}
