import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runGatewayExpectingFailure, startGatewayProcess, type GatewayProcess } from '../helpers/gateway-process';

const CONTRACT_QUERY = `{ articles(first: 10) { nodes { headline section dateline people { name title } organizations { name } quotes { text partial speaker { name } } } } }`;

interface Front {
  articles: {
    nodes: {
      headline: string;
      section: string;
      dateline: string;
      people: { name: string; title: string | null }[];
      organizations: { name: string }[];
      quotes: { text: string; partial: boolean; speaker: { name: string } | null }[];
    }[];
  };
}

describe('npm start on the embedded default', () => {
  let dir: string;
  let gateway: GatewayProcess;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-start-'));
    gateway = await startGatewayProcess({
      DATABASE_URL: join(dir, 'data', 'news.db'),
      ENTITY_DATABASE_URL: join(dir, 'data', 'entities.db'),
    });
  }, 30000);

  afterAll(async () => {
    expect(await gateway.stop()).toBe(0);
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints its URL and answers health checks', async () => {
    expect(gateway.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/);
    const base = gateway.url.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
  });

  it('serves the sample article with its seven people, organizations and six quotes, speakers right', async () => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: CONTRACT_QUERY }),
    });
    const body = (await response.json()) as { data: Front; errors?: unknown };
    expect(body.errors).toBeUndefined();
    const [article] = body.data.articles.nodes;
    expect(body.data.articles.nodes).toHaveLength(1);
    expect(article.headline).toBe('U.S., Russian diplomats agree to work with Ukraine’s government');
    expect(article.section).toBe('World & Nation');
    expect(article.dateline).toBe('WASHINGTON');

    const people = Object.fromEntries(article.people.map((p) => [p.name, p.title]));
    expect(Object.keys(people)).toHaveLength(7);
    expect(people['John F. Kerry']).toMatch(/Secretary of State/);
    expect(people['Sergei Lavrov']).toMatch(/Foreign Minister/);
    expect(people['Vladimir Putin']).toMatch(/President/);
    expect(people['Sergey Kislyak']).toMatch(/ambassador/i);
    expect(people['Dianne Feinstein']).toBeDefined();
    expect(Object.keys(people).some((n) => /Obama/.test(n))).toBe(true);
    expect(Object.keys(people).some((n) => /Yanukovich/.test(n))).toBe(true);
    expect(Object.keys(people).some((n) => /Jacquelyn Martin/.test(n))).toBe(false);

    const orgs = article.organizations.map((o) => o.name).join(' | ');
    for (const needle of [/Senate Intelligence Committee/, /Kremlin/, /CNN/, /ABC/]) expect(orgs).toMatch(needle);

    expect(article.quotes.map((q) => [q.speaker?.name ?? null, q.partial])).toEqual([
      ['John F. Kerry', false],
      ['John F. Kerry', true],
      ['John F. Kerry', false],
      ['Sergei Lavrov', true],
      ['Dianne Feinstein', true],
      ['Sergey Kislyak', true],
    ]);
    expect(article.quotes[0].text).toMatch(/^In the end, Ukrainians are going to have to make that decision/);
    expect(article.quotes[1].text).toBe('any solution');
    expect(article.quotes[4].text).toMatch(/^like an invasion force/);
    expect(article.quotes[5].text).toMatch(/^a normal exercise/);
    for (const q of article.quotes) expect(q.text).not.toMatch(/State of the Union|This Week/);
  });
});

describe('configuration', () => {
  it.each([
    ['PORT', 'eighty'],
    ['DATABASE_URL', 'mysql://localhost/news'],
    ['ENTITY_SERVICE_URL', 'not a url'],
    ['LOG_LEVEL', 'loud'],
    ['MAX_QUERY_DEPTH', 'deep'],
    ['MAX_ALIASES', '-1'],
    ['MAX_DIRECTIVES', 'many'],
    ['MAX_TOKENS', '10'],
    ['MAX_QUERY_COST', '0'],
    ['API_KEYS', 'a-key-without-a-role'],
    ['API_KEYS', 'some-key:superuser'],
    ['REQUIRE_KEY_FOR_READS', 'maybe'],
    ['REQUIRE_KEY_FOR_READS', 'true'], // without API_KEYS no request could be answered
    ['RATE_LIMIT_PER_KEY', 'lots'],
    ['RATE_LIMIT_PER_IP', '-5'],
    ['REDIS_URL', 'http://127.0.0.1:6379'],
    ['TRUST_PROXY', 'sometimes'],
    ['GRAPHIQL', 'maybe'],
    ['SEED_SAMPLE', 'perhaps'],
  ])('a bad %s is refused at start with one line naming it', async (variable, value) => {
    const { code, output } = await runGatewayExpectingFailure({ [variable]: value });
    expect(code).toBe(2);
    const lines = output.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(variable);
  });
});
