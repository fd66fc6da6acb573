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
  const answer = async (exchange: Exchange, key: string): Promise<boolean> => {
    const response = await lane.answer(key, exchange, exchange.startedAt);
    if (response === null) return false;
    const sending = sendGraphQLResponse(exchange, response, logger);
    if (sending !== undefined) await sending;
    return true;
  };
  return {
    name: 'lane',
    handle: (exchange) => {
      if (exchange.raw === undefined) return false;
      const key = lane.keyOf(exchange.req.headers, exchange.raw);
      exchange.laneKey = key;
      return key === null ? false : answer(exchange, key);
    },
  };
}
