import type { ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { BodyTooLargeError } from '../request-body';

/** A request the gateway cannot read (its target or its JSON body): 400 BAD_REQUEST. */
export class MalformedRequestError extends Error {}

/** A JSON answer of the gateway's own (routes, refusals), with its length. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/** What a request whose path failed gets: 413 for a body over the limit, 400 for one the gateway cannot read, else 500 (logged). */
export function answerFailure(res: ServerResponse, error: unknown, logger: Logger): void {
  if (error instanceof BodyTooLargeError) {
    sendJson(res, 413, { errors: [{ message: error.message, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
    return;
  }
  if (error instanceof MalformedRequestError) {
    sendJson(res, 400, { errors: [{ message: error.message, extensions: { code: 'BAD_REQUEST' } }] });
    return;
  }
  logger.error({ err: error }, 'request failed');
  if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
  else res.end();
}
