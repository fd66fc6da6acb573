import type { ApolloServerPlugin, BaseContext, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { ClientError, ErrorCode } from '../errors';
import { laneAware } from '../lane-contract/lane-contract';
import type { PersistedQuerySafelist } from './manifest';

const NOT_ALLOWED_MESSAGE = 'Only operations in the persisted query safelist run on this server, and this operation is not in it.';

/** An operation outside the safelist, sent by hash or as text. HTTP 400. */
export class PersistedQueryNotAllowedError extends ClientError {
  constructor() {
    super(NOT_ALLOWED_MESSAGE, ErrorCode.PERSISTED_QUERY_NOT_ALLOWED, { http: { status: 400 } });
  }
}

/**
 * Safelist enforcement (PERSISTED_QUERIES=safelist), as an Apollo plugin. It pairs with a
 * persisted query cache that holds exactly the manifest's operations (see
 * persisted-query-setup.ts), so that a hash resolves only to a listed body.
 *
 * - An operation runs only when the sha256 of its text is a manifest id, whether the client
 *   sent the hash (the text then comes from the manifest) or the full text.
 * - Anything else is refused in didResolveOperation, before any resolver runs, with
 *   PERSISTED_QUERY_NOT_ALLOWED and HTTP 400. A non-listed text that does not even parse or
 *   validate gets the same answer, not the parse or validation errors, which would describe
 *   the schema to a client the safelist is meant to keep out.
 * - An unknown hash is Apollo's PERSISTED_QUERY_NOT_FOUND, sent here with HTTP 400 (Apollo
 *   uses 200 so that APQ clients retry with the text; with a safelist that retry can only
 *   succeed for a listed operation, and clients read the code either way).
 */
export function createSafelistPlugin(safelist: PersistedQuerySafelist): ApolloServerPlugin<BaseContext> {
  // Its verdict depends on the document alone: the known-operation lane may replay it.
  return laneAware<BaseContext, ApolloServerPlugin<BaseContext>>({
    async requestDidStart() {
      let listed = false;
      let sourceResolved = false;
      return {
        async didResolveSource(requestContext) {
          sourceResolved = true;
          listed = safelist.has(requestContext.queryHash);
        },
        async didResolveOperation() {
          if (!listed) throw new PersistedQueryNotAllowedError();
        },
        async willSendResponse(requestContext) {
          if (sourceResolved && !listed) answerNotAllowed(requestContext);
          else if (hasErrorCode(requestContext, 'PERSISTED_QUERY_NOT_FOUND')) requestContext.response.http.status = 400;
        },
      };
    },
  }, { kind: 'decides' });
}

function answerNotAllowed(requestContext: GraphQLRequestContextWillSendResponse<BaseContext>): void {
  requestContext.response.body = {
    kind: 'single',
    singleResult: { errors: [{ message: NOT_ALLOWED_MESSAGE, extensions: { code: ErrorCode.PERSISTED_QUERY_NOT_ALLOWED } }] },
  };
  requestContext.response.http.status = 400;
}

function hasErrorCode(requestContext: GraphQLRequestContextWillSendResponse<BaseContext>, code: string): boolean {
  const body = requestContext.response.body;
  const errors = body.kind === 'single' ? body.singleResult.errors : body.initialResult.errors;
  return (errors ?? []).some((error) => error.extensions?.code === code);
}
