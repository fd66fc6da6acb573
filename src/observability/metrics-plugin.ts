import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { GatewayMetrics } from './gateway-metrics';
import { operationSummaryPlugin } from './operation-summary';

/** Feeds each GraphQL request's duration and error codes into `metrics` (see GatewayMetrics for the families). */
export function createMetricsPlugin<TContext extends BaseContext>(metrics: GatewayMetrics): ApolloServerPlugin<TContext> {
  return operationSummaryPlugin<TContext>((summary) =>
    metrics.observeOperation({
      operationName: summary.operationName,
      operationType: summary.operationType,
      durationSeconds: summary.durationMs / 1000,
      errorCodes: summary.errorCodes,
    }),
  );
}
