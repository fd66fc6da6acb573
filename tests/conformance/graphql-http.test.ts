/**
 * GraphQL over HTTP conformance: graphql-http's server audits against the real gateway.
 * Every MUST passes and no SHOULD warns; a MAY that is not met is a "notice", and the three
 * there are the ones Apollo's CSRF prevention causes on purpose (a GET carrying query text
 * and no preflight header is refused; see docs/clients.md). The counts are asserted so that
 * the numbers in docs/clients.md stay true.
 */
import { serverAudits, type AuditResult } from 'graphql-http';
import { startTestGateway, type TestGateway } from '../helpers/test-gateway';

let gw: TestGateway | undefined;
let started: Promise<TestGateway> | undefined;

/** The gateway starts when the first audit asks for its URL. */
function gatewayUrl(): Promise<string> {
  started ??= startTestGateway().then((gateway) => (gw = gateway));
  return started.then((gateway) => gateway.url);
}

const audits = serverAudits({ url: gatewayUrl, fetchFn: fetch });
const results: AuditResult[] = [];

/** MAYs the gateway declines: each is a GET with query text and no CSRF preflight header. */
const DECLINED_MAYS = [
  'MAY accept application/x-www-form-urlencoded formatted GET requests',
  'MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/graphql-response+json',
  'MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/json',
];

afterAll(async () => {
  await gw?.close();
});

describe('graphql-http server audits against the gateway', () => {
  test.each(audits.map((audit) => [audit.name, audit] as const))('%s', async (_name, audit) => {
    const result = await audit.fn();
    results.push(result);
    if (audit.name.startsWith('MAY') && result.status === 'notice') {
      expect(DECLINED_MAYS).toContain(audit.name);
      return;
    }
    expect({ status: result.status, reason: result.status === 'ok' ? undefined : result.reason }).toEqual({ status: 'ok', reason: undefined });
  });

  test('totals: every MUST and SHOULD passes; only the CSRF-refused MAYs are notices', () => {
    const counts = { ok: 0, notice: 0, warn: 0, error: 0 };
    for (const result of results) counts[result.status] += 1;
    expect(results).toHaveLength(audits.length);
    expect(counts).toEqual({ ok: audits.length - DECLINED_MAYS.length, notice: DECLINED_MAYS.length, warn: 0, error: 0 });
    expect(audits.length).toBe(61);
  });
});
