import type { HTTPGraphQLResponse } from '@apollo/server';
import type { Logger } from 'pino';
import type { RequestContext } from '../../context/request-context';
import type { FastLane } from '../../execution/fast-lane';
import { sendGraphQLResponse } from './graphql-response';
import type { Exchange, Stage } from './stage';

/**
 * The known-operation lane (src/execution/fast-lane.ts): a POST whose lane key is known
 * is answered from its compiled query, with a fresh context; anything else (an unknown
 * key, a run with errors) goes on to Apollo, which answers with the same context.
 */
export function laneStage(lane: FastLane<RequestContext>, logger: Logger): Stage {
  // No await where nothing waits: a run answered from memory is sent in the same step.
  const send = (exchange: Exchange, response: HTTPGraphQLResponse | null): boolean | Promise<boolean> => {
    if (response === null) return false;
    const sending = sendGraphQLResponse(exchange, response, logger);
    return sending === undefined ? true : sending.then(() => true);
  };
  return {
    name: 'lane',
    handle: (exchange) => {
      if (exchange.raw === undefined) return false;
      const key = lane.keyOf(exchange.req.headers, exchange.raw);
      exchange.laneKey = key;
      if (key === null) return false;
      const response = lane.answer(key, exchange, exchange.startedAt);
      return response instanceof Promise ? response.then((settled) => send(exchange, settled)) : send(exchange, response);
    },
  };
}
