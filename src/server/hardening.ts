import type { ApolloServerPlugin } from '@apollo/server';
import type { ParseOptions } from 'graphql';
import type { IncomingMessage } from 'node:http';
import type { Logger } from 'pino';
import { ApiKeyRegistry, type AccessPolicy, type Viewer } from '../auth/api-keys';
import { operationAuthPlugin } from '../auth/auth-plugin';
import type { RequestContext } from '../context/request-context';
import { parseOptionsFor, operationLimitsPlugin } from '../limits/limits-plugin';
import { isProduction, type Config } from '../config/config';
import type { OperationLimits, TrustedProxies } from '../config/request-settings';
import { responseSizePlugin } from '../limits/response-size-plugin';
import { rateLimitRoute } from '../rate-limit/rate-limit-route';
import { RequestRateLimiter } from '../rate-limit/request-rate-limit';
import type { RateLimitSettings } from '../rate-limit/token-bucket';
import { UnauthenticatedError } from '../errors';
import type { GatewayOptions } from './gateway';
import { requestPath } from '../http/request-path';

type Route = NonNullable<GatewayOptions['routes']>[number];

/** What the hardening is built from, taken from the configuration; building it has no side effects. */
export interface HardeningSettings {
  limits: OperationLimits;
  keys: ApiKeyRegistry;
  policy: AccessPolicy;
  rateLimits: RateLimitSettings;
  /** TRUST_PROXY: proxies in front of the gateway whose X-Forwarded-For entries are believed. */
  trustedProxies: TrustedProxies;
  /** NODE_ENV=production: no "Did you mean …" suggestions in errors. */
  production: boolean;
}

/**
 * The hardening settings of a configuration (loadConfig already checked every variable:
 * the operation limits, API_KEYS, REQUIRE_KEY_FOR_READS, the rate limits, REDIS_URL,
 * TRUST_PROXY and NODE_ENV).
 */
export function hardeningSettingsFor(config: Config): HardeningSettings {
  return {
    limits: config.limits,
    keys: new ApiKeyRegistry(config.apiKeys),
    policy: { requireKeyForReads: config.requireKeyForReads },
    rateLimits: { redisUrl: config.redisUrl, ...config.rateLimits },
    trustedProxies: config.trustedProxies,
    production: isProduction(config),
  };
}

/** The gateway options that harden it (spread them into createGateway), and what to close on shutdown. */
export interface Hardening {
  plugins: ApolloServerPlugin<RequestContext>[];
  /** The rate limit, answering 429 before a request's body is read. */
  routes: Route[];
  parseOptions: ParseOptions;
  authenticate: (authorization: string | undefined) => Viewer;
  hideSuggestions: boolean;
  settings: HardeningSettings;
  /** Closes the rate limiter (its Redis connection, when REDIS_URL is set). */
  close(): Promise<void>;
}

export interface HardeningOptions {
  logger: Logger;
  /** Prefix of the rate limiter's Redis keys. Default `newsgraph:rate:` (`startApp`: REDIS_PREFIX + `rate:`; tests use their own). */
  rateLimitPrefix?: string;
  /** Where the rate limiter reports Redis errors; default a warning per error on `logger`. */
  onRedisError?: (error: Error) => void;
  /** The metrics page: rate-limited (an allowance of its own), and with REQUIRE_KEY_FOR_READS it needs a key. Default `/metrics`. */
  metricsPath?: string;
}

/**
 * What `npm start` runs, in one place so tests exercise the same set:
 * - the token limit in the parser, then, once the operation is known and before any resolver:
 *   keys and roles (mutations need `editor`; reads need `reader` with REQUIRE_KEY_FOR_READS; a
 *   malformed or unknown key is refused at once rather than served as anonymous, so a client
 *   with a wrong key learns it instead of silently spending its address's allowance), and the
 *   operation limits (depth, aliases, directives, cost, reported in `extensions.cost`);
 * - per-key and per-address rate limits, checked before the body is read, on /graphql and,
 *   with an allowance of its own, /metrics (which, with REQUIRE_KEY_FOR_READS, needs a key);
 * - the size of an answer (RESPONSE_TOO_LARGE) and of a query's variables;
 * - no suggestions in production errors.
 */
export function createHardening(settings: HardeningSettings, options: HardeningOptions): Hardening {
  const { keys } = settings;
  const limiter = RequestRateLimiter.create(settings.rateLimits, {
    prefix: options.rateLimitPrefix,
    onError: options.onRedisError ?? ((error) => options.logger.warn({ err: error }, 'rate limiter: Redis did not answer; the request was allowed')),
  });
  const authenticate = (authorization: string | undefined): Viewer => keys.authenticate(authorization);
  const metricsPath = options.metricsPath ?? '/metrics';
  const keyIdOf = (req: IncomingMessage): string | null => authenticate(firstHeader(req.headers.authorization)).keyId;
  return {
    plugins: [
      operationAuthPlugin<RequestContext>({ policy: settings.policy, viewerOf: (context) => context.viewer, refuseInvalidKeys: true }),
      operationLimitsPlugin<RequestContext>({ limits: settings.limits }),
      responseSizePlugin<RequestContext>(settings.limits.maxResponseBytes),
    ],
    routes: [
      rateLimitRoute({ limiter, keyIdOf, trustedProxies: settings.trustedProxies }),
      rateLimitRoute({ limiter, keyIdOf, trustedProxies: settings.trustedProxies, path: metricsPath, scope: 'metrics' }),
      ...(settings.policy.requireKeyForReads ? [keyRequiredRoute(metricsPath, authenticate)] : []),
    ],
    parseOptions: parseOptionsFor(settings.limits),
    authenticate,
    hideSuggestions: settings.production,
    settings,
    close: () => limiter.close(),
  };
}

/** hardeningSettingsFor, then createHardening. */
export function hardeningFor(config: Config, options: HardeningOptions): Hardening {
  return createHardening(hardeningSettingsFor(config), options);
}

/** A route answering 401 UNAUTHENTICATED for `path` unless the request carries a valid key (any role). */
function keyRequiredRoute(path: string, authenticate: (authorization: string | undefined) => Viewer): Route {
  return (req, res) => {
    if (requestPath(req) !== path || authenticate(firstHeader(req.headers.authorization)).role !== null) return false;
    req.resume();
    const error = new UnauthenticatedError(`${path} needs an API key (REQUIRE_KEY_FOR_READS): send "Authorization: Bearer KEY".`);
    const text = JSON.stringify({ errors: [{ message: error.message, extensions: { code: error.extensions.code } }] });
    res.writeHead(401, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), 'www-authenticate': 'Bearer' });
    res.end(text);
    return true;
  };
}

function firstHeader(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
