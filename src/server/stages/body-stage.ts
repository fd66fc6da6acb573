import { readBody } from '../request-body';
import { MalformedRequestError } from './http-answers';
import type { Exchange, Stage } from './stage';

export interface BodyStageOptions {
  /** Largest body in bytes; a larger one fails the request with BodyTooLargeError (413). */
  maxBodyBytes: number;
  /**
   * Parse the JSON here (the response cache keys on it). Otherwise it is parsed only if the
   * lane does not answer: a body the lane knows was valid JSON when Apollo answered it.
   */
  parse: boolean;
}

/** Reads a POST's body (Exchange.raw), refusing one over the limit as it arrives; other methods have none. */
export function bodyStage(options: BodyStageOptions): Stage {
  // One step on the body's promise (not an async function around it): the request goes on a microtask sooner.
  const read = (exchange: Exchange): Promise<boolean> =>
    readBody(exchange.req, options.maxBodyBytes).then((raw) => {
      exchange.raw = raw;
      if (options.parse) exchange.body = parseBody(raw, exchange.req.headers['content-type']);
      return false;
    });
  return { name: 'body', handle: (exchange) => (exchange.req.method === 'POST' ? read(exchange) : false) };
}

/** JSON bodies are parsed here; any other content type reaches Apollo as text, which refuses it. */
export function parseBody(raw: string, contentType: string | undefined): unknown {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'application/json' || type.endsWith('+json')) {
    if (raw.trim() === '') throw new MalformedRequestError('The request body is empty; send a JSON object with "query".');
    try {
      return JSON.parse(raw);
    } catch {
      throw new MalformedRequestError('The request body is not valid JSON.');
    }
  }
  return raw;
}
