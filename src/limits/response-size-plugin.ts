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
 *
 * The lane has the answer's JSON text in hand, and a text no longer than two thirds of the
 * limit needs no walk: the walk counts what the text holds (a string's characters and quotes,
 * a number's digits, a key and its quotes and colon) without escapes, plus one separator per
 * element or member where the text has one fewer per non-empty array or object, and every
 * non-empty array or object takes at least two characters of the text; so the count is at
 * most one and a half times the text's length. (Executed data holds no `undefined` and no
 * number that is not finite: those the text would drop or change, and GraphQL turns them
 * into null or an error.) Longer answers are walked, as through Apollo.
 */
export function responseSizePlugin<TContext extends BaseContext>(maxBytes: number): ApolloServerPlugin<TContext> {
  const accepts = (result: Pick<ExecutionResult, 'data'>, dataJson?: string): boolean =>
    (dataJson !== undefined && dataJson.length * 1.5 <= maxBytes) || measureJson(result.data ?? null, maxBytes, Number.MAX_SAFE_INTEGER).bytes <= maxBytes;
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
