import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { ExecutionResult } from 'graphql';
import { ErrorCode } from '../errors';
import { laneAware } from '../lane-contract/lane-contract';
import { measureJson } from './variable-limits';

/**
 * Refuses an answer longer than `maxBytes` characters as JSON with RESPONSE_TOO_LARGE (HTTP 400)
 * instead of serializing it. A resolved result shares its strings (a hundred quotes pointing at
 * one article share its body), so it is small in memory; it is the JSON text that would grow
 * without bound. Its length is counted without serializing, stopping at the limit, before
 * Apollo writes the text; the known-operation lane asks the same question of its runs.
 */
export function responseSizePlugin<TContext extends BaseContext>(maxBytes: number): ApolloServerPlugin<TContext> {
  const accepts = (result: Pick<ExecutionResult, 'data'>): boolean => measureJson(result.data ?? null, maxBytes, Number.MAX_SAFE_INTEGER).bytes <= maxBytes;
  return laneAware<TContext, ApolloServerPlugin<TContext>>(
    {
      async requestDidStart() {
        return {
          async willSendResponse({ response }) {
            if (response.body.kind !== 'single') return;
            const result = response.body.singleResult;
            if (result.data == null || accepts(result)) return;
            response.body.singleResult = {
              errors: [
                {
                  message: `The answer is longer than ${maxBytes} characters; ask for fewer or smaller fields (for example, not an article's body under each of its quotes).`,
                  extensions: { code: ErrorCode.RESPONSE_TOO_LARGE, maximum: maxBytes },
                },
              ],
              ...(result.extensions ? { extensions: result.extensions } : {}),
            };
            response.http.status = 400;
          },
        };
      },
    },
    { kind: 'checks', accepts },
  );
}
