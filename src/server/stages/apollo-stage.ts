import { HeaderMap, type ApolloServer, type HTTPGraphQLRequest } from '@apollo/server';
import type { Logger } from 'pino';
import type { RequestContext } from '../../context/request-context';
import type { FastLane } from '../../execution/fast-lane';
import { isPersistedQueryGet } from '../../persisted-queries/persisted-get';
import { parseBody } from './body-stage';
import { sendGraphQLResponse } from './graphql-response';
import type { Exchange, Stage } from './stage';

/**
 * Apollo Server answers: the request converted to Apollo's HTTPGraphQLRequest, run through
 * its pipeline with the request's context, and its answer sent (and offered to the lane,
 * which learns it when it may replay it). Answers every request that reaches it.
 */
export function apolloStage(apollo: ApolloServer<RequestContext>, lane: FastLane<RequestContext> | null, logger: Logger): Stage {
  const handle = async (exchange: Exchange): Promise<boolean> => {
    const { req } = exchange;
    if (exchange.raw !== undefined && exchange.body === undefined) exchange.body = parseBody(exchange.raw, req.headers['content-type']);
    const url = exchange.target.url();
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    // A hash-only persisted GET passes Apollo's CSRF check, so that CDNs and a plain fetch()
    // can use it; why that is safe: src/persisted-queries/persisted-get.ts.
    if (isPersistedQueryGet(req.method, url.searchParams)) headers.set('apollo-require-preflight', 'persisted-query-get');
    const httpGraphQLRequest: HTTPGraphQLRequest = { method: req.method ?? 'GET', headers, search: url.search, body: exchange.body };
    const key = exchange.laneKey;
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest,
      context: async () => {
        const context = exchange.context();
        if (lane !== null && key !== null) lane.track(context, key);
        return context;
      },
    });
    if (lane !== null && key !== null && exchange.hasContext()) lane.learn(exchange.context(), response);
    const sending = sendGraphQLResponse(exchange, response, logger);
    if (sending !== undefined) await sending;
    return true;
  };
  return { name: 'apollo', handle };
}
