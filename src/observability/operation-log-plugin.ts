import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../context/request-context';
import { operationSummaryPlugin } from './operation-summary';

/**
 * One JSON log line per GraphQL request (pino, level info; warn when the
 * response carries errors), through the request's own logger, which the
 * gateway binds to `requestId` and `clientIp`. Fields: operationName (null when
 * unnamed), operationType, durationMs (rounded to 0.1 ms), errorCodes (empty
 * when none), httpStatus. Variables and the query text are not logged: they may
 * hold personal data, and the operation name identifies the query.
 */
export function createOperationLogPlugin(): ApolloServerPlugin<RequestContext> {
  return operationSummaryPlugin<RequestContext>((summary, context) => {
    const line = { ...summary, durationMs: Math.round(summary.durationMs * 10) / 10 };
    const logger = context.logger;
    if (summary.errorCodes.length > 0) logger.warn(line, 'graphql operation');
    else logger.info(line, 'graphql operation');
  });
}
