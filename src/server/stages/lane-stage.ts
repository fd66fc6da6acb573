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
 *
 * Known requests whose bodies were read in one turn of the event loop, and whose last run was
 * answered from memory without waiting, are answered together,
 * in one synchronous run once that turn's I/O callbacks are done (setImmediate). What the
 * stores check once per synchronous run (whether another process committed:
 * src/db/sqlite-read-cache.ts) is then checked once for all of them, and after every one of
 * them arrived, so that none is answered from before a commit its client could have seen.
 * Under load many requests arrive per turn; alone, a request waits for nothing but the turn's end.
 */
export function laneStage(lane: FastLane<RequestContext>, logger: Logger): Stage {
  // No await where nothing waits: a run answered from memory is sent in the same step.
  const send = (exchange: Exchange, response: HTTPGraphQLResponse | null): boolean | Promise<boolean> => {
    if (response === null) return false;
    const sending = sendGraphQLResponse(exchange, response, logger);
    return sending === undefined ? true : sending.then(() => true);
  };
  const answer = (exchange: Exchange, key: string): boolean | Promise<boolean> => {
    const response = lane.answer(key, exchange, exchange.startedAt);
    return response instanceof Promise ? response.then((settled) => send(exchange, settled)) : send(exchange, response);
  };
  let waiting: Waiting[] = [];
  const answerWaiting = (): void => {
    const turn = waiting;
    waiting = [];
    for (const { exchange, key, settle, fail } of turn) {
      // One request's failure is its own: the others of the turn are answered still.
      try {
        settle(answer(exchange, key));
      } catch (error) {
        fail(error);
      }
    }
  };
  return {
    name: 'lane',
    handle: (exchange) => {
      if (exchange.raw === undefined) return false;
      const key = lane.keyOf(exchange.req.headers, exchange.raw);
      exchange.laneKey = key;
      if (key === null) return false;
      // An unknown key goes on to Apollo at once; a run that waits on its reads (they are
      // checked when made, each in its own step) is not held back either.
      if (!lane.answersAtOnce(key)) return answer(exchange, key);
      return new Promise<boolean>((settle, fail) => {
        if (waiting.length === 0) setImmediate(answerWaiting);
        waiting.push({ exchange, key, settle, fail });
      });
    },
  };
}

/** A known request waiting for the end of its turn of the event loop. */
interface Waiting {
  exchange: Exchange;
  key: string;
  settle(answered: boolean | Promise<boolean>): void;
  fail(error: unknown): void;
}
