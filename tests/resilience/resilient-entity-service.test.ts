import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { InvalidInputError, UpstreamError } from '../../src/errors';
import { ResilientEntityService, type ResilienceOptions } from '../../src/entities/resilient-entity-service';

/**
 * A stand-in entity service whose answers the test scripts: each request takes
 * the next planned status (200 once the plan is used up, or `fallback`), and
 * is recorded. "hang" never answers.
 */
class ScriptedServer {
  readonly seen: string[] = [];
  plan: (number | 'hang')[] = [];
  fallback: number | 'hang' = 200;
  private readonly server = http.createServer((req, res) => this.answer(req, res));
  private readonly hanging = new Set<http.ServerResponse>();
  url = '';

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private answer(req: http.IncomingMessage, res: http.ServerResponse): void {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      this.seen.push(`${req.method} ${req.url}`);
      const status = this.plan.shift() ?? this.fallback;
      if (status === 'hang') {
        this.hanging.add(res);
        return;
      }
      res.writeHead(status, { 'content-type': 'application/json' });
      if (status !== 200) return res.end(JSON.stringify({ error: { message: `scripted ${status}` } }));
      if (req.url === '/healthz') return res.end(JSON.stringify({ status: 'ok' }));
      const ids = (JSON.parse(body || '{}') as { ids?: number[]; entities?: unknown[] }).ids ?? [];
      if (req.url === '/entities/upsert') return res.end(JSON.stringify({ entities: [] }));
      res.end(JSON.stringify({ entities: ids.map(() => null) }));
    });
  }
}

describe('ResilientEntityService', () => {
  let server: ScriptedServer;
  const client = (options: ResilienceOptions & { timeoutMs?: number } = {}) =>
    new ResilientEntityService({ baseUrl: server.url, backoffInitialMs: 5, backoffMaxMs: 20, breakerCooldownMs: 60000, ...options });

  beforeEach(async () => {
    server = new ScriptedServer();
    await server.start();
  });
  afterEach(() => server.close());

  it('retries a failed read and answers once the service does', async () => {
    server.plan = [503, 502];
    const entities = client({ retries: 2 });
    await expect(entities.getByIds([1, 2])).resolves.toEqual([null, null]);
    expect(server.seen).toEqual(['POST /entities/batch', 'POST /entities/batch', 'POST /entities/batch']);
    expect(entities.breakerState).toBe('closed');
  });

  it('gives up after the configured retries with UpstreamError', async () => {
    server.fallback = 503;
    const entities = client({ retries: 2, breakerThreshold: 100 });
    await expect(entities.membersOf([1])).rejects.toBeInstanceOf(UpstreamError);
    expect(server.seen).toHaveLength(3);
  });

  it('never retries a write', async () => {
    server.fallback = 503;
    const entities = client({ retries: 2 });
    await expect(entities.upsert([{ type: 'person', name: 'Ada Lovelace' }])).rejects.toBeInstanceOf(UpstreamError);
    expect(server.seen).toEqual(['POST /entities/upsert']);
  });

  it('passes a 4xx through without retrying or counting it against the service', async () => {
    server.fallback = 400;
    const entities = client({ retries: 2, breakerThreshold: 1 });
    await expect(entities.getByIds([1])).rejects.toBeInstanceOf(InvalidInputError);
    expect(server.seen).toHaveLength(1);
    expect(entities.breakerState).toBe('closed');
  });

  it('opens the breaker after consecutive failures and then fails fast without calling the service', async () => {
    server.fallback = 503;
    const entities = client({ retries: 2, breakerThreshold: 3 });
    await expect(entities.getByIds([1])).rejects.toThrow(/503/);
    expect(server.seen).toHaveLength(3);
    expect(entities.breakerState).toBe('open');

    const before = entities.requestCount;
    for (let i = 0; i < 5; i++) await expect(entities.getByIds([i])).rejects.toThrow(/circuit open/);
    await expect(entities.upsert([{ type: 'person', name: 'Ada Lovelace' }])).rejects.toThrow(/circuit open/);
    expect(entities.requestCount - before).toBe(0);
    expect(server.seen).toHaveLength(3);
  });

  it('ping bypasses an open breaker, so readiness sees the service as it is now', async () => {
    server.fallback = 503;
    const entities = client({ retries: 0, breakerThreshold: 1 });
    await expect(entities.getByIds([1])).rejects.toBeInstanceOf(UpstreamError);
    expect(entities.breakerState).toBe('open');
    server.fallback = 200;
    await expect(entities.ping()).resolves.toBeUndefined();
    expect(server.seen.at(-1)).toBe('GET /healthz');
  });

  it('lets a probe through after the cooldown and closes again when the service answers', async () => {
    server.fallback = 503;
    const entities = client({ retries: 0, breakerThreshold: 1, breakerCooldownMs: 50 });
    await expect(entities.getByIds([1])).rejects.toBeInstanceOf(UpstreamError);
    expect(entities.breakerState).toBe('open');
    server.fallback = 200;
    // Bounded poll: the first call after the cooldown is the probe.
    for (let i = 0; i < 100 && entities.breakerState !== 'closed'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      await entities.getByIds([1]).catch(() => undefined);
    }
    expect(entities.breakerState).toBe('closed');
    await expect(entities.getByIds([7])).resolves.toEqual([null]);
  });

  it('stops a read at the overall deadline even when each try could wait longer', async () => {
    server.fallback = 'hang';
    const entities = client({ retries: 5, deadlineMs: 200, timeoutMs: 10000, breakerThreshold: 100 });
    await expect(entities.lookup([{ name: 'Ada' }])).rejects.toThrow(/200 ms deadline/);
    // The hung request was aborted by the deadline, not retried five times.
    expect(server.seen.length).toBeLessThanOrEqual(2);
  });

  it('reports requests, retries, failures and breaker changes to its observer', async () => {
    const events: string[] = [];
    server.plan = [503];
    server.fallback = 200;
    const entities = client({
      retries: 1,
      breakerThreshold: 2,
      observer: {
        request: (endpoint, ms, ok) => events.push(`request ${endpoint} ${ok ? 'ok' : 'failed'} ${ms >= 0 ? 'timed' : ''}`),
        retry: (endpoint) => events.push(`retry ${endpoint}`),
        failure: (endpoint, kind) => events.push(`failure ${endpoint} ${kind}`),
        breakerStateChanged: (state) => events.push(`breaker ${state}`),
      },
    });
    await entities.getByIds([1]);
    server.fallback = 503;
    await entities.getByIds([1]).catch(() => undefined);
    await entities.getByIds([1]).catch(() => undefined);
    expect(events).toEqual([
      'request POST /entities/batch failed timed',
      'retry POST /entities/batch',
      'request POST /entities/batch ok timed',
      'request POST /entities/batch failed timed',
      'retry POST /entities/batch',
      'request POST /entities/batch failed timed',
      'breaker open',
      'failure POST /entities/batch error',
      'failure POST /entities/batch short_circuit',
    ]);
  });
});
