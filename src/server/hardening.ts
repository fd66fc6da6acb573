import type { ApolloServerPlugin } from '@apollo/server';
import type { ParseOptions } from 'graphql';
import type { Logger } from 'pino';
import { accessPolicyFromEnv, ApiKeyRegistry, type AccessPolicy, type Viewer } from '../auth/api-keys';
import { operationAuthPlugin } from '../auth/auth-plugin';
import type { RequestContext } from '../context';
import { parseOptionsFor, operationLimitsPlugin } from '../limits/limits-plugin';
import { limitsFromEnv, type OperationLimits } from '../limits/operation-limits';
import { trustedProxiesFromEnv } from '../rate-limit/client-address';
import { rateLimitRoute } from '../rate-limit/rate-limit-route';
import { RequestRateLimiter } from '../rate-limit/request-rate-limit';
import { rateLimitsFromEnv, type RateLimitSettings } from '../rate-limit/token-bucket';
import type { GatewayOptions } from './gateway';

type Env = Record<string, string | undefined>;
type Route = NonNullable<GatewayOptions['routes']>[number];

/** Everything the hardening reads from the environment, checked; building it has no side effects. */
export interface HardeningSettings {
  limits: OperationLimits;
  keys: ApiKeyRegistry;
  policy: AccessPolicy;
  rateLimits: RateLimitSettings;
  /** TRUST_PROXY: proxies in front of the gateway whose X-Forwarded-For entries are believed. */
  trustedProxies: number;
  /** NODE_ENV=production: no "Did you mean …" suggestions in errors. */
  production: boolean;
}

/**
 * Reads MAX_QUERY_DEPTH, MAX_ALIASES, MAX_DIRECTIVES, MAX_TOKENS, MAX_QUERY_COST, API_KEYS,
 * REQUIRE_KEY_FOR_READS, RATE_LIMIT_PER_KEY, RATE_LIMIT_PER_IP, REDIS_URL, TRUST_PROXY and
 * NODE_ENV. A bad value throws ConfigError naming the variable. Call it before opening anything,
 * so that a bad value stops the start cleanly.
 */
export function hardeningSettingsFromEnv(env: Env = process.env): HardeningSettings {
  return {
    limits: limitsFromEnv(env),
    keys: ApiKeyRegistry.fromEnv(env),
    policy: accessPolicyFromEnv(env),
    rateLimits: rateLimitsFromEnv(env),
    trustedProxies: trustedProxiesFromEnv(env),
    production: (env.NODE_ENV ?? '').trim() === 'production',
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
  /** Prefix of the rate limiter's Redis keys. Default `newsgraph:rate:` (tests isolate themselves with their own). */
  rateLimitPrefix?: string;
  /** Where the rate limiter reports Redis errors; default a warning per error on `logger`. */
  onRedisError?: (error: Error) => void;
}

/**
 * What `npm start` runs, in one place so tests exercise the same set:
 * - the token limit in the parser, then, once the operation is known and before any resolver:
 *   keys and roles (mutations need `editor`; reads need `reader` with REQUIRE_KEY_FOR_READS; a
 *   malformed or unknown key is refused at once rather than served as anonymous, so a client
 *   with a wrong key learns it instead of silently spending its address's allowance), and the
 *   operation limits (depth, aliases, directives, cost, reported in `extensions.cost`);
 * - per-key and per-address rate limits, checked before the body is read;
 * - no suggestions in production errors.
 */
export function createHardening(settings: HardeningSettings, options: HardeningOptions): Hardening {
  const { keys } = settings;
  const limiter = RequestRateLimiter.create(settings.rateLimits, {
    prefix: options.rateLimitPrefix,
    onError: options.onRedisError ?? ((error) => options.logger.warn({ err: error }, 'rate limiter: Redis did not answer; the request was allowed')),
  });
  const authenticate = (authorization: string | undefined): Viewer => keys.authenticate(authorization);
  return {
    plugins: [
      operationAuthPlugin<RequestContext>({ policy: settings.policy, viewerOf: (context) => context.viewer, refuseInvalidKeys: true }),
      operationLimitsPlugin<RequestContext>({ limits: settings.limits }),
    ],
    routes: [
      rateLimitRoute({
        limiter,
        keyIdOf: (req) => authenticate(firstHeader(req.headers.authorization)).keyId,
        trustedProxies: settings.trustedProxies,
      }),
    ],
    parseOptions: parseOptionsFor(settings.limits),
    authenticate,
    hideSuggestions: settings.production,
    settings,
    close: () => limiter.close(),
  };
}

/** hardeningSettingsFromEnv, then createHardening. */
export function hardeningFromEnv(env: Env, options: HardeningOptions): Hardening {
  return createHardening(hardeningSettingsFromEnv(env), options);
}

function firstHeader(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
