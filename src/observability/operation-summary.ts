import type { ApolloServerPlugin, BaseContext, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { laneAware, type OperationSummary } from '../lane-contract/lane-contract';

/**
 * An Apollo plugin calling `report` once per GraphQL request, as the response
 * is about to be sent: also for requests refused before execution (parse,
 * validation, limits, auth), which still pass through willSendResponse.
 * Only two hooks run per request, none per field, to keep the cost flat. The
 * known-operation lane (src/execution/fast-lane.ts) calls `report` for the
 * requests it answers without Apollo, with the same summary.
 */
export function operationSummaryPlugin<TContext extends BaseContext>(
  report: (summary: OperationSummary, context: TContext) => void,
): ApolloServerPlugin<TContext> {
  return laneAware<TContext, ApolloServerPlugin<TContext>>({
    async requestDidStart() {
      const startedAt = performance.now();
      return {
        async willSendResponse(requestContext) {
          report(summarize(requestContext, performance.now() - startedAt), requestContext.contextValue);
        },
      };
    },
  }, { kind: 'reports', report });
}

function summarize<TContext extends BaseContext>(rc: GraphQLRequestContextWillSendResponse<TContext>, durationMs: number): OperationSummary {
  const operation = rc.operation;
  return {
    operationName: operation?.name?.value ?? null,
    operationType: operation?.operation ?? null,
    durationMs,
    errorCodes: errorCodesOf(rc),
    httpStatus: rc.response.http.status ?? 200,
  };
}

function errorCodesOf<TContext extends BaseContext>(rc: GraphQLRequestContextWillSendResponse<TContext>): string[] {
  const body = rc.response.body;
  const errors = body.kind === 'single' ? body.singleResult.errors : body.initialResult.errors;
  // Formatted errors always carry a code (src/server/format-error.ts); the fallback is defensive.
  return (errors ?? []).map((error) => String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
}
