import type { IncomingMessage, ServerResponse } from 'node:http';
import { ErrorCode, RateLimitedError } from '../errors';
import { requestPath } from '../http/request-path';
import type { TrustedProxies } from '../config/request-settings';
import { clientAddress } from './client-address';
import type { RateLimitScope, RequestRateDecision, RequestRateLimiter } from './request-rate-limit';

export interface RateLimitRouteOptions {
  limiter: RequestRateLimiter;
  /** The key id of the request's API key; null without a key or with one that is not valid. */
  keyIdOf: (req: IncomingMessage) => string | null;
  /** TRUST_PROXY: the proxies in front whose X-Forwarded-For entries are believed (0: use the socket's peer). */
  trustedProxies: TrustedProxies;
  /** Only requests to this path spend an allowance. Default `/graphql`. */
  path?: string;
  /** Which allowance it spends. Default `graphql`. */
  scope?: RateLimitScope;
}

/**
 * A gateway route (tried before GraphQL) that spends one request from the caller's allowance:
 * the API key's when the request carries a valid key, else the client address's. Over the limit
 * it answers at once, before the body is read or parsed: HTTP 429, `Retry-After`, and
 * `RATE_LIMITED` with `extensions.retryAfter`. Otherwise it adds `RateLimit-Limit` and
 * `RateLimit-Remaining` headers and lets the request through (returns false).
 */
export function rateLimitRoute(options: RateLimitRouteOptions): (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean> {
  const path = options.path ?? '/graphql';
  // Every other path is declined synchronously: the gateway tries this route on each request.
  // So is a request whose allowance is decided in this process (off, or kept in memory).
  return (req, res) => (requestPath(req) === path ? spend(req, res) : false);
  function spend(req: IncomingMessage, res: ServerResponse): boolean | Promise<boolean> {
    const decision = options.limiter.decide({ keyId: options.keyIdOf(req), ip: clientAddress(req, options.trustedProxies) }, options.scope);
    return decision instanceof Promise ? decision.then((decided) => answer(req, res, decided)) : answer(req, res, decision);
  }
  function answer(req: IncomingMessage, res: ServerResponse, decision: RequestRateDecision): boolean {
    if (decision.scope !== null) {
      res.setHeader('ratelimit-limit', String(decision.limitPerMinute));
      res.setHeader('ratelimit-remaining', String(decision.remaining));
    }
    if (decision.allowed) return false;
    // The body is not wanted; drain it so the connection can serve the next request.
    req.resume();
    sendRateLimited(res, decision.retryAfterSeconds);
    return true;
  }
}

function sendRateLimited(res: ServerResponse, retryAfterSeconds: number): void {
  const error = new RateLimitedError(retryAfterSeconds);
  const text = JSON.stringify({ errors: [{ message: error.message, extensions: { code: ErrorCode.RATE_LIMITED, retryAfter: retryAfterSeconds } }] });
  res.writeHead(429, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'retry-after': String(retryAfterSeconds),
  });
  res.end(text);
}

