import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from 'pino';
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
export function createOperationLogPlugin(options: { base?: Logger } = {}): ApolloServerPlugin<RequestContext> {
  return operationSummaryPlugin<RequestContext>((summary, context) => {
    const level = summary.errorCodes.length > 0 ? 'warn' : 'info';
    // `base`: the logger every request's logger is a child of (children keep its level). A line
    // it would drop is not built, and the request's logger is not made for it.
    if (options.base !== undefined && !options.base.isLevelEnabled(level)) return;
    const line = { ...summary, durationMs: Math.round(summary.durationMs * 10) / 10 };
    context.logger[level](line, 'graphql operation');
  });
}
