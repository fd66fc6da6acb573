import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { EntityService } from '../entities/entity-service';
import { BREAKER_STATES, ResilientEntityService, type EntityLinkObserver } from '../entities/resilient-entity-service';
import type { BatchObserver } from '../loaders/loaders';
import { LabelledHistogram } from './labelled-histogram';
import type { ArticleStore } from '../store/article-store';

export interface GatewayMetricsOptions {
  /**
   * Distinct operation names given their own label value; later names are
   * counted as "other", so clients cannot grow the label set without bound.
   * Default 200.
   */
  maxOperationNames?: number;
  /** Node.js process metrics (CPU, memory, event-loop lag, GC). Default true. */
  processMetrics?: boolean;
}

/** What the gateway measures about one finished GraphQL request. */
export interface OperationObservation {
  /** The operation's name from the document; null when unnamed or never resolved. */
  operationName: string | null;
  /** query, mutation, subscription; null when the document did not parse or validate. */
  operationType: string | null;
  durationSeconds: number;
  errorCodes: readonly string[];
}

/** Label value for a request whose document never resolved to an operation (parse or validation failure). */
export const UNRESOLVED_OPERATION = 'invalid';
export const ANONYMOUS_OPERATION = 'anonymous';
export const OTHER_OPERATION = 'other';

/**
 * The gateway's Prometheus metrics, in a registry of their own (not prom-client's
 * global one, so several gateways in one process each report their own figures).
 *
 * Families (all prefixed `newsgraph_`):
 * - graphql_request_duration_seconds{operation,type}: histogram per operation
 * - graphql_errors_total{code}: errors sent to clients, by extensions.code
 * - graphql_answered_before_execution_total{by,status}: response-cache hits and route answers (rate limit)
 * - dataloader_batch_size{loader}: histogram of keys per batch
 * - entity_service_calls_total: requests the entity service received (HTTP) or calls it served (in-process), read at scrape
 * - entity_service_request_duration_seconds{endpoint,outcome}: HTTP requests that reached the network
 * - entity_service_failures_total{endpoint,kind}: calls given up: error, short_circuit (breaker open), deadline
 * - entity_service_retries_total{endpoint}
 * - entity_service_breaker_state{state}: 1 for the breaker's current state (HTTP link only), read at scrape
 * - entity_service_breaker_transitions_total{state}
 * - store_statements_total: statements the article store ran, read at scrape
 * plus prom-client's process metrics (process_*, nodejs_*).
 */
export class GatewayMetrics {
  readonly registry = new Registry();
  private readonly maxOperationNames: number;
  private readonly operationNames = new Set<string>();
  private store: Pick<ArticleStore, 'statementCount'> | null = null;
  private entities: Pick<EntityService, 'requestCount'> | null = null;

  // Observed on every request: a LabelledHistogram (exposed as prom-client's Histogram, at a fraction of its cost per observation).
  private readonly requestDuration = new LabelledHistogram(
    'newsgraph_graphql_request_duration_seconds',
    'GraphQL requests by operation name ("anonymous" when unnamed, "other" past the name cap, "invalid" when the document did not resolve) and type.',
    ['operation', 'type'] as const,
    [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    this.registry,
  );
  private readonly errors = new Counter({
    name: 'newsgraph_graphql_errors_total',
    help: 'Errors sent to clients, by extensions.code.',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });
  private readonly answeredOutsideApollo = new Counter({
    name: 'newsgraph_graphql_answered_before_execution_total',
    help: 'GraphQL-path requests answered without reaching Apollo: by "cache" (response-cache hit) or "route" (rate limit, GraphiQL page), and HTTP status.',
    labelNames: ['by', 'status'] as const,
    registers: [this.registry],
  });
  // Observed on every batch of every request (five on an article page).
  private readonly batchSize = new LabelledHistogram(
    'newsgraph_dataloader_batch_size',
    'Keys per DataLoader batch, by loader.',
    ['loader'] as const,
    [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000],
    this.registry,
  );
  private readonly entityRequestDuration = new Histogram({
    name: 'newsgraph_entity_service_request_duration_seconds',
    help: 'HTTP requests to the entity service that reached the network, by endpoint and outcome (ok, failed).',
    labelNames: ['endpoint', 'outcome'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });
  private readonly entityFailures = new Counter({
    name: 'newsgraph_entity_service_failures_total',
    help: 'Entity-service calls that gave up, by endpoint and kind: error (last try failed), short_circuit (breaker open), deadline.',
    labelNames: ['endpoint', 'kind'] as const,
    registers: [this.registry],
  });
  private readonly entityRetries = new Counter({
    name: 'newsgraph_entity_service_retries_total',
    help: 'Entity-service reads sent again after a failure, by endpoint.',
    labelNames: ['endpoint'] as const,
    registers: [this.registry],
  });
  private readonly breakerTransitions = new Counter({
    name: 'newsgraph_entity_service_breaker_transitions_total',
    help: 'Circuit-breaker state changes, by the state entered.',
    labelNames: ['state'] as const,
    registers: [this.registry],
  });

  constructor(options: GatewayMetricsOptions = {}) {
    this.maxOperationNames = options.maxOperationNames ?? 200;
    if (options.processMetrics ?? true) collectDefaultMetrics({ register: this.registry });
    this.registerScrapeTimeReadings();
  }

  /** Reads the store's and entity service's own counters at each scrape (they count; we only report). Call once. */
  watch(services: { store: Pick<ArticleStore, 'statementCount'>; entities: EntityService }): void {
    if (this.entities !== null) throw new Error('GatewayMetrics.watch: already watching a set of services');
    this.store = services.store;
    this.entities = services.entities;
    const link = services.entities;
    if (link instanceof ResilientEntityService) {
      new Gauge({
        name: 'newsgraph_entity_service_breaker_state',
        help: 'The entity-service circuit breaker: 1 for its current state (closed, open, half_open), 0 for the others.',
        labelNames: ['state'] as const,
        registers: [this.registry],
        collect() {
          for (const state of BREAKER_STATES) this.set({ state }, link.breakerState === state ? 1 : 0);
        },
      });
    }
  }

  /** Pass as the gateway's `observeBatch`. */
  readonly observeBatch: BatchObserver = (loader, size) => this.batchSize.observe(loader, () => ({ loader }), size);

  /** Pass to openEntityService / ResilientEntityService. */
  readonly entityObserver: EntityLinkObserver = {
    request: (endpoint, durationMs, ok) => this.entityRequestDuration.observe({ endpoint, outcome: ok ? 'ok' : 'failed' }, durationMs / 1000),
    retry: (endpoint) => this.entityRetries.inc({ endpoint }),
    failure: (endpoint, kind) => this.entityFailures.inc({ endpoint, kind }),
    breakerStateChanged: (state) => this.breakerTransitions.inc({ state }),
  };

  /** Records one finished GraphQL request (called by the metrics plugin). */
  observeOperation(observation: OperationObservation): void {
    const operation = this.operationLabel(observation);
    const type = observation.operationType ?? UNRESOLVED_OPERATION;
    // Operation labels are names (no newline: a GraphQL name is letters, digits and underscores) or the fixed words above.
    this.requestDuration.observe(`${operation}\n${type}`, () => ({ operation, type }), observation.durationSeconds);
    for (const code of observation.errorCodes) this.errors.inc({ code });
  }

  /** Records a GraphQL-path request that never reached Apollo (src/server/gateway.ts observeAnswered). */
  observeAnswered(answer: { by: 'cache' | 'route'; httpStatus: number }): void {
    this.answeredOutsideApollo.inc({ by: answer.by, status: String(answer.httpStatus) });
    if (answer.httpStatus === 429) this.errors.inc({ code: 'RATE_LIMITED' });
  }

  /** The Prometheus text exposition. */
  async render(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }

  private operationLabel({ operationName, operationType }: OperationObservation): string {
    if (operationType === null) return UNRESOLVED_OPERATION;
    if (operationName === null) return ANONYMOUS_OPERATION;
    if (this.operationNames.has(operationName)) return operationName;
    if (this.operationNames.size >= this.maxOperationNames) return OTHER_OPERATION;
    this.operationNames.add(operationName);
    return operationName;
  }

  private registerScrapeTimeReadings(): void {
    const statements = (): number | undefined => this.store?.statementCount;
    const entityCalls = (): number | undefined => this.entities?.requestCount;
    new Counter({
      name: 'newsgraph_store_statements_total',
      help: 'SQL statements the article store has run since it opened.',
      registers: [this.registry],
      collect() {
        this.reset();
        this.inc(statements() ?? 0);
      },
    });
    new Counter({
      name: 'newsgraph_entity_service_calls_total',
      help: 'Requests sent to the entity service (HTTP, each try counts) or calls it served (in-process).',
      registers: [this.registry],
      collect() {
        this.reset();
        this.inc(entityCalls() ?? 0);
      },
    });
  }
}
