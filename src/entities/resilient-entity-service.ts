import {
  BrokenCircuitError,
  circuitBreaker,
  CircuitState,
  ConsecutiveBreaker,
  ExponentialBackoff,
  handleWhen,
  retry,
  TaskCancelledError,
  timeout,
  TimeoutStrategy,
  type CircuitBreakerPolicy,
  type RetryPolicy,
  type TimeoutPolicy,
} from 'cockatiel';
import { UpstreamError } from '../errors';
import { HttpEntityService, type EntityHttpRequest, type HttpEntityServiceOptions } from './http-entity-service';

const SERVICE = 'entity service';

/** The breaker's state as reported to readiness checks and metrics. */
export type BreakerState = 'closed' | 'open' | 'half_open';

export const BREAKER_STATES: readonly BreakerState[] = ['closed', 'open', 'half_open'];

/** How one call through the resilience layer ended, for metrics. */
export type EntityCallFailure = 'error' | 'short_circuit' | 'deadline';

/**
 * Watches the link to the entity service (metrics). Every hook is optional and
 * must be cheap: it runs on the request path.
 */
export interface EntityLinkObserver {
  /** One HTTP request that reached the network, with how long it took. */
  request?(endpoint: string, durationMs: number, ok: boolean): void;
  /** A failed read about to be tried again. */
  retry?(endpoint: string): void;
  /** A call that gave up: its last request failed, the breaker refused it, or the deadline passed. */
  failure?(endpoint: string, kind: EntityCallFailure): void;
  breakerStateChanged?(state: BreakerState): void;
}

export interface ResilienceOptions {
  /** Retries of a failed read after the first try. Default 2 (three tries). */
  retries?: number;
  /** Overall budget of one read, tries and backoff included, in ms. Default 3000. */
  deadlineMs?: number;
  /** First backoff delay before a retry, in ms; later ones grow exponentially, jittered. Default 100. */
  backoffInitialMs?: number;
  /** Largest backoff delay, in ms. Default 1000. */
  backoffMaxMs?: number;
  /** Consecutive failed requests that open the breaker. Default 5. */
  breakerThreshold?: number;
  /** Time an open breaker fails fast before one probe request may pass, in ms. Default 5000. */
  breakerCooldownMs?: number;
  observer?: EntityLinkObserver;
}

export type ResilientEntityServiceOptions = HttpEntityServiceOptions & ResilienceOptions;

/** Reads: idempotent, so a failed one may be sent again. */
const READ_ENDPOINTS = new Set(['POST /entities/batch', 'POST /entities/lookup', 'POST /organizations/members', 'GET /entities']);
const PING_ENDPOINT = 'GET /healthz';

/**
 * HttpEntityService with a per-request timeout (the base class), retries with
 * jittered exponential backoff for reads within an overall deadline, and a
 * circuit breaker shared by every call.
 *
 * Composition, outermost first, for reads: deadline → retry → breaker →
 * request. Each retry passes through the breaker, so once it opens the
 * remaining tries stop at once. Writes (upsert) go through the breaker but are
 * tried once: resending a write whose reply was lost is not ours to decide.
 * `ping()` bypasses the breaker, so readiness reports whether the service
 * answers now, not what the breaker last concluded.
 *
 * Only UpstreamError (no answer, timeout, 5xx, unreadable reply) counts as a
 * failure; a 4xx (InvalidInputError) is the caller's problem and passes
 * through untouched. Callers see UpstreamError for every outage, including
 * "circuit open" and "deadline passed".
 */
export class ResilientEntityService extends HttpEntityService {
  private readonly breaker: CircuitBreakerPolicy;
  private readonly retryPolicy: RetryPolicy;
  private readonly deadline: TimeoutPolicy;
  private readonly deadlineMs: number;
  private readonly observer: EntityLinkObserver;

  constructor(options: ResilientEntityServiceOptions) {
    super(options);
    const retries = options.retries ?? 2;
    this.deadlineMs = options.deadlineMs ?? 3000;
    this.observer = options.observer ?? {};
    const isOutage = handleWhen((error) => error instanceof UpstreamError);
    this.breaker = circuitBreaker(isOutage, {
      halfOpenAfter: options.breakerCooldownMs ?? 5000,
      breaker: new ConsecutiveBreaker(options.breakerThreshold ?? 5),
    });
    this.retryPolicy = retry(isOutage, {
      maxAttempts: retries,
      backoff: new ExponentialBackoff({ initialDelay: options.backoffInitialMs ?? 100, maxDelay: options.backoffMaxMs ?? 1000 }),
    });
    this.deadline = timeout(this.deadlineMs, TimeoutStrategy.Aggressive);
    this.breaker.onStateChange((state) => this.observer.breakerStateChanged?.(toBreakerState(state)));
  }

  /** The breaker's current state; an open breaker whose cooldown has passed still reads "open" until a call probes. */
  get breakerState(): BreakerState {
    return toBreakerState(this.breaker.state);
  }

  /** One real request, bypassing the breaker: readiness must reflect whether the service answers now. */
  override async ping(): Promise<void> {
    await this.timed(PING_ENDPOINT, { method: 'GET', path: '/healthz' });
  }

  protected override async request(req: EntityHttpRequest): Promise<unknown> {
    const endpoint = endpointOf(req);
    try {
      if (READ_ENDPOINTS.has(endpoint)) return await this.readWithRetries(endpoint, req);
      return await this.breaker.execute(({ signal }) => this.timed(endpoint, { ...req, signal }));
    } catch (error) {
      throw this.asUpstreamError(endpoint, error);
    }
  }

  private readWithRetries(endpoint: string, req: EntityHttpRequest): Promise<unknown> {
    return this.deadline.execute(({ signal }) =>
      this.retryPolicy.execute(({ attempt }) => {
        // The retry loop does not watch the deadline during its backoff sleep;
        // once the deadline has passed (the caller already has its answer),
        // stop rather than send a request nobody waits for.
        if (signal.aborted) throw new DeadlinePassed();
        if (attempt > 0) this.observer.retry?.(endpoint);
        return this.breaker.execute(() => this.timed(endpoint, { ...req, signal }), signal);
      }, signal),
    );
  }

  /** super.request(), reported to the observer with its duration. */
  private async timed(endpoint: string, req: EntityHttpRequest): Promise<unknown> {
    const started = performance.now();
    try {
      const reply = await super.request(req);
      this.observer.request?.(endpoint, performance.now() - started, true);
      return reply;
    } catch (error) {
      this.observer.request?.(endpoint, performance.now() - started, !(error instanceof UpstreamError));
      throw error;
    }
  }

  /** Every outage reaches the caller as UpstreamError, with a message saying which kind. */
  private asUpstreamError(endpoint: string, error: unknown): unknown {
    if (error instanceof BrokenCircuitError) {
      this.observer.failure?.(endpoint, 'short_circuit');
      return new UpstreamError(SERVICE, `${endpoint}: not called, the entity service failed repeatedly (circuit open)`, { cause: error });
    }
    if (error instanceof TaskCancelledError || error instanceof DeadlinePassed) {
      this.observer.failure?.(endpoint, 'deadline');
      return new UpstreamError(SERVICE, `${endpoint}: no answer within the ${this.deadlineMs} ms deadline`, { cause: error });
    }
    if (error instanceof UpstreamError) this.observer.failure?.(endpoint, 'error');
    return error;
  }
}

class DeadlinePassed extends Error {}

/** "POST /entities/batch": method and path without the query, a small fixed set (safe as a metric label). */
function endpointOf(req: EntityHttpRequest): string {
  return `${req.method} ${req.path.split('?')[0]}`;
}

function toBreakerState(state: CircuitState): BreakerState {
  switch (state) {
    case CircuitState.Closed:
      return 'closed';
    case CircuitState.HalfOpen:
      return 'half_open';
    default:
      // Isolated (held open by hand) fails fast like Open; we never isolate.
      return 'open';
  }
}
