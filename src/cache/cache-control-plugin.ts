import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import { laneAware } from '../lane-contract/lane-contract';
import { CachePolicyCalculator } from './cache-hints';

/**
 * Sets `Cache-Control` on every GraphQL response from the static hints
 * (src/cache/cache-hints.ts):
 *
 * - a query without errors, sent without an Authorization header, whose
 *   max-age is above 0: `public, max-age=N` (N the shortest over its fields),
 *   which CDNs and the response cache (src/cache/response-cache.ts) may keep;
 * - the same with an Authorization header: `private, max-age=N`;
 * - a mutation, an answer with errors, or a max-age of 0: `no-store`.
 *
 * Install it with ApolloServerPluginCacheControlDisabled (cacheControlPlugins
 * does both): Apollo's own cache-control plugin would otherwise wrap every
 * resolver to collect hints nobody declares.
 */
export function createCacheControlPlugin<C extends BaseContext>(): ApolloServerPlugin<C> {
  const calculators = new WeakMap<GraphQLSchema, CachePolicyCalculator>();
  const calculatorFor = (schema: GraphQLSchema): CachePolicyCalculator => {
    let calculator = calculators.get(schema);
    if (!calculator) calculators.set(schema, (calculator = new CachePolicyCalculator(schema)));
    return calculator;
  };
  // The header depends on the document, an error-free answer and whether an Authorization header came.
  return laneAware<C, ApolloServerPlugin<C>>({
    async requestDidStart() {
      return {
        async willSendResponse({ request, response, document, operationName, schema }) {
          const headers = response.http.headers;
          const failed = response.body.kind === 'single' && (response.body.singleResult.errors?.length ?? 0) > 0;
          const policy = document && !failed ? calculatorFor(schema).policyFor(document, operationName ?? request.operationName) : null;
          if (!policy || policy.operation !== 'query' || policy.maxAge <= 0) {
            headers.set('cache-control', 'no-store');
            return;
          }
          const scope = request.http?.headers.get('authorization') ? 'private' : 'public';
          headers.set('cache-control', `${scope}, max-age=${policy.maxAge}`);
        },
      };
    },
  }, { kind: 'decides', reads: ['authorization'], sets: { headers: ['cache-control'] } });
}

/** The plugins to install for cache headers: ours, and Apollo's per-field one switched off. */
export function cacheControlPlugins<C extends BaseContext>(): ApolloServerPlugin<C>[] {
  return [ApolloServerPluginCacheControlDisabled() as ApolloServerPlugin<C>, createCacheControlPlugin<C>()];
}
