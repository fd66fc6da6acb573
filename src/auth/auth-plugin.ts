import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { ForbiddenError, UnauthenticatedError } from '../errors';
import { laneAware } from '../lane-contract/lane-contract';
import { AccessPolicy, authorizeOperation, OperationType, RoleHolder } from './api-keys';

export interface OperationAuthPluginOptions<TContext> {
  policy: AccessPolicy;
  /** Where the request's viewer lives in the context (e.g. `(ctx) => ctx.viewer`). */
  viewerOf: (context: TContext) => RoleHolder;
  /**
   * Refuse any operation sent with a malformed or unknown key, even one that needs no key.
   * Default false: such a request is served as anonymous until a role is required.
   */
  refuseInvalidKeys?: boolean;
}

/**
 * Checks, once the operation is known and before any resolver runs, that the viewer may run
 * it: mutations need `editor`, reads need `reader` when the policy requires keys for reads.
 * Refusals answer UNAUTHENTICATED with HTTP 401 (and `WWW-Authenticate: Bearer`) or FORBIDDEN
 * with HTTP 403. Resolvers may still call requireRole for finer rules (e.g. `admin` fields).
 */
export function operationAuthPlugin<TContext extends BaseContext>(options: OperationAuthPluginOptions<TContext>): ApolloServerPlugin<TContext> {
  // Its verdict depends on the operation's type and the viewer (what the Authorization header names).
  return laneAware<TContext, ApolloServerPlugin<TContext>>({
    async requestDidStart(): Promise<GraphQLRequestListener<TContext>> {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (!operation) return;
          const viewer = options.viewerOf(contextValue);
          try {
            if (options.refuseInvalidKeys && viewer.invalidKey) {
              throw new UnauthenticatedError('The API key sent is not valid: send "Authorization: Bearer KEY" with a configured key.');
            }
            authorizeOperation(viewer, operation.operation as OperationType, options.policy);
          } catch (error) {
            if (error instanceof UnauthenticatedError || error instanceof ForbiddenError) throw withHttpStatus(error);
            throw error;
          }
        },
      };
    },
  }, { kind: 'decides', reads: ['authorization'], sets: { headers: ['www-authenticate'] } });
}

/**
 * Apollo Server answers HTTP 500 for an error thrown before execution unless the error
 * carries `extensions.http`; Apollo removes that field before the error reaches the client.
 */
function withHttpStatus(error: UnauthenticatedError | ForbiddenError): UnauthenticatedError | ForbiddenError {
  const unauthenticated = error instanceof UnauthenticatedError;
  const headers = new HeaderMap(unauthenticated ? [['www-authenticate', 'Bearer']] : []);
  error.extensions.http = { status: unauthenticated ? 401 : 403, headers };
  return error;
}
