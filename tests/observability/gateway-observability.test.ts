import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEntityHttpServer } from '../../src/entities/http-server';
import { ResilientEntityService } from '../../src/entities/resilient-entity-service';
import { SqliteEntityService } from '../../src/entities/sqlite-entity-service';
import { GatewayMetrics } from '../../src/observability/gateway-metrics';
import { createMetricsPlugin } from '../../src/observability/metrics-plugin';
import { createMetricsRoute } from '../../src/observability/metrics-route';
import { createOperationLogPlugin } from '../../src/observability/operation-log-plugin';
import { buildNewsroom } from '../helpers/newsroom-fixture';
import { startTestGateway, type TestGateway } from '../helpers/test-gateway';
import { familyNames, parsePrometheusText, valueOf, type Sample } from './prometheus-text';
import { capturingLogger } from '../helpers/log-capture';

const FRONT_PAGE = 'query FrontPage { articles(first: 10) { nodes { headline people { name affiliations { name } } } } }';

describe('logs and metrics of a gateway in use', () => {
  let dir: string;
  let backing: SqliteEntityService;
  let entityServer: http.Server;
  let entities: ResilientEntityService;
  let metrics: GatewayMetrics;
  let gw: TestGateway;
  const { logger, lines } = capturingLogger();
  const operationLines = () => lines.filter((line) => line.msg === 'graphql operation');

  const scrape = async (): Promise<{ status: number; contentType: string | null; samples: Sample[] }> => {
    const res = await fetch(gw.url.replace(/\/graphql$/, '/metrics'));
    return { status: res.status, contentType: res.headers.get('content-type'), samples: parsePrometheusText(await res.text()) };
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-obs-'));
    backing = SqliteEntityService.open(join(dir, 'entities.db'));
    entityServer = createEntityHttpServer(backing, { logger: { error: () => undefined } });
    await new Promise<void>((resolve) => entityServer.listen(0, '127.0.0.1', resolve));
    metrics = new GatewayMetrics();
    entities = new ResilientEntityService({
      baseUrl: `http://127.0.0.1:${(entityServer.address() as AddressInfo).port}`,
      retries: 0,
      breakerThreshold: 1,
      breakerCooldownMs: 60000,
      observer: metrics.entityObserver,
    });
    gw = await startTestGateway({
      entities,
      logger,
      plugins: [createOperationLogPlugin(), createMetricsPlugin(metrics)],
      routes: [createMetricsRoute(metrics)],
      observeBatch: metrics.observeBatch,
    });
    metrics.watch(gw.services);
    await buildNewsroom(gw.store, entities, 3);

    await gw.query(FRONT_PAGE, undefined, { 'x-request-id': 'front-page-1' });
    await gw.query('{ articles(first: 2) { totalCount } }');
    await gw.query('query TooMany { articles(first: 1000) { totalCount } }');
    await gw.query('{ articles(first: 2) {');
  });

  afterAll(async () => {
    await gw.close();
    entityServer.closeAllConnections();
    await new Promise<void>((resolve) => entityServer.close(() => resolve()));
    await backing.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('logs one line per operation with its request id, client, name, type, duration and error codes', () => {
    const ops = operationLines();
    expect(ops).toHaveLength(4);
    expect(ops[0]).toMatchObject({
      level: 30,
      requestId: 'front-page-1',
      operationName: 'FrontPage',
      operationType: 'query',
      errorCodes: [],
      httpStatus: 200,
    });
    expect(ops[0].clientIp).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
    expect(ops[1]).toMatchObject({ operationName: null, operationType: 'query', errorCodes: [] });
    expect(ops[2]).toMatchObject({ level: 40, operationName: 'TooMany', operationType: 'query', errorCodes: ['BAD_USER_INPUT'] });
    expect(ops[3]).toMatchObject({ operationName: null, operationType: null, errorCodes: ['GRAPHQL_PARSE_FAILED'], httpStatus: 400 });
    for (const line of ops) {
      expect(typeof line.durationMs).toBe('number');
      expect(line.durationMs).toBeGreaterThanOrEqual(0);
    }
    // Without an x-request-id the gateway made one (a UUID), distinct per request.
    expect(ops[1].requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(ops.map((line) => line.requestId)).size).toBe(4);
  });

  it('echoes the request id it logged', async () => {
    const res = await gw.query('query Echo { articles(first: 1) { totalCount } }');
    const line = operationLines().find((l) => l.operationName === 'Echo');
    expect(line?.requestId).toBe(res.headers.get('x-request-id'));
  });

  it('/metrics shows request durations by operation and errors by code', async () => {
    const { status, contentType, samples } = await scrape();
    expect(status).toBe(200);
    expect(contentType).toMatch(/^text\/plain; version=0\.0\.4/);
    const count = (labels: Record<string, string>) => valueOf(samples, 'newsgraph_graphql_request_duration_seconds_count', labels);
    expect(count({ operation: 'FrontPage', type: 'query' })).toBe(1);
    expect(count({ operation: 'TooMany', type: 'query' })).toBe(1);
    expect(count({ operation: 'anonymous', type: 'query' })).toBe(1);
    expect(count({ operation: 'invalid', type: 'invalid' })).toBe(1);
    expect(valueOf(samples, 'newsgraph_graphql_request_duration_seconds_sum', { operation: 'FrontPage' })).toBeGreaterThan(0);
    expect(valueOf(samples, 'newsgraph_graphql_errors_total', { code: 'BAD_USER_INPUT' })).toBe(1);
    expect(valueOf(samples, 'newsgraph_graphql_errors_total', { code: 'GRAPHQL_PARSE_FAILED' })).toBe(1);
  });

  it('/metrics shows DataLoader batch sizes by loader', async () => {
    const { samples } = await scrape();
    // The front page: one batch of articles' mentions, one of their people, one of the people's employers.
    expect(valueOf(samples, 'newsgraph_dataloader_batch_size_count', { loader: 'mentionsByArticle' })).toBe(1);
    expect(valueOf(samples, 'newsgraph_dataloader_batch_size_sum', { loader: 'mentionsByArticle' })).toBe(3);
    expect(valueOf(samples, 'newsgraph_dataloader_batch_size_count', { loader: 'entity' })).toBe(2);
    expect(valueOf(samples, 'newsgraph_dataloader_batch_size_sum', { loader: 'entity' })).toBeGreaterThan(2);
  });

  it('/metrics shows entity-service calls, latency and a closed breaker, and store statements', async () => {
    const { samples } = await scrape();
    const batchRequests = valueOf(samples, 'newsgraph_entity_service_request_duration_seconds_count', { endpoint: 'POST /entities/batch', outcome: 'ok' });
    expect(batchRequests).toBe(2);
    expect(valueOf(samples, 'newsgraph_entity_service_request_duration_seconds_count', { endpoint: 'POST /entities/upsert', outcome: 'ok' })).toBeGreaterThan(0);
    expect(valueOf(samples, 'newsgraph_entity_service_calls_total')).toBe(entities.requestCount);
    expect(valueOf(samples, 'newsgraph_entity_service_breaker_state', { state: 'closed' })).toBe(1);
    expect(valueOf(samples, 'newsgraph_entity_service_breaker_state', { state: 'open' })).toBe(0);
    const statements = valueOf(samples, 'newsgraph_store_statements_total')!;
    expect(statements).toBeGreaterThan(0);
    expect(statements).toBeLessThanOrEqual(gw.store.statementCount);
  });

  it('/metrics includes the process metrics', async () => {
    const names = familyNames((await scrape()).samples);
    expect(names).toContain('process_cpu_user_seconds_total');
    expect(names).toContain('process_resident_memory_bytes');
    expect(names).toContain('nodejs_eventloop_lag_seconds');
  });

  it('/metrics counts entity-service failures and shows the breaker open once the service is gone', async () => {
    entityServer.closeAllConnections();
    await new Promise<void>((resolve) => entityServer.close(() => resolve()));
    const res = await gw.query(FRONT_PAGE);
    expect(res.body.errors?.map((e) => e.extensions?.code)).toContain('UPSTREAM_UNAVAILABLE');
    const { samples } = await scrape();
    expect(valueOf(samples, 'newsgraph_entity_service_failures_total', { endpoint: 'POST /entities/batch', kind: 'error' })).toBe(1);
    expect(valueOf(samples, 'newsgraph_entity_service_request_duration_seconds_count', { endpoint: 'POST /entities/batch', outcome: 'failed' })).toBe(1);
    expect(valueOf(samples, 'newsgraph_entity_service_breaker_state', { state: 'open' })).toBe(1);
    expect(valueOf(samples, 'newsgraph_entity_service_breaker_transitions_total', { state: 'open' })).toBe(1);
    expect(valueOf(samples, 'newsgraph_graphql_errors_total', { code: 'UPSTREAM_UNAVAILABLE' })).toBeGreaterThan(0);
  });
});

describe('operation-name label', () => {
  it('calls unnamed operations "anonymous" and names past the cap "other"', async () => {
    const metrics = new GatewayMetrics({ maxOperationNames: 2, processMetrics: false });
    const observe = (operationName: string | null) => metrics.observeOperation({ operationName, operationType: 'query', durationSeconds: 0.01, errorCodes: [] });
    for (const name of ['A', 'B', 'C', 'D', 'A', null]) observe(name);
    const samples = parsePrometheusText((await metrics.render()).body);
    const operations = samples.filter((s) => s.name === 'newsgraph_graphql_request_duration_seconds_count').map((s) => [s.labels.operation, s.value]);
    expect(Object.fromEntries(operations)).toEqual({ A: 2, B: 1, other: 2, anonymous: 1 });
  });
});
