import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import { OperationNotSupportedError } from '../errors';
import { laneAware } from '../lane-contract/lane-contract';

/**
 * A subscription sent over HTTP is refused with OPERATION_NOT_SUPPORTED (HTTP 400)
 * once the operation is known, naming where subscriptions run, rather than failing
 * inside execution.
 */
export function httpSubscriptionPlugin<TContext extends BaseContext>(path: string): ApolloServerPlugin<TContext> {
  // Its verdict depends on the operation's type only, which the lane's key fixes.
  return laneAware<TContext, ApolloServerPlugin<TContext>>({
    async requestDidStart(): Promise<GraphQLRequestListener<TContext>> {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation !== 'subscription') return;
          const error = new OperationNotSupportedError(
            `Subscriptions run over WebSocket (the graphql-transport-ws protocol, e.g. the graphql-ws client) at ${path}, not over HTTP.`,
          );
          // Read (and removed from the response) by Apollo Server: without it an error here answers 500.
          error.extensions.http = { status: 400 };
          throw error;
        },
      };
    },
  }, { kind: 'decides' });
}
