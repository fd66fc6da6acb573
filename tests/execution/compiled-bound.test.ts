import { parse } from 'graphql';
import { compiledFieldCount } from '../../src/execution/compiled-size';
import { startTestGateway, type TestGateway } from '../helpers/test-gateway';

/*
 * Compiled documents are kept within a number of fields compiled (what their memory grows
 * with), and the known-operation lane holds none of its own: a key whose document the bound
 * dropped is answered by Apollo, which compiles it again, and then by the lane again.
 */

describe('compiledFieldCount', () => {
  it("counts every field of the operation, and a fragment's fields as often as it is spread", () => {
    const document = parse(`
      query Page {
        articles(first: 2) { nodes { ...Card ... on Article { slug } } }
        older: articles(first: 1) { nodes { ...Card } }
      }
      fragment Card on Article { id headline people { name } }`);
    // articles, nodes, Card (id, headline, people, name), slug; older, nodes, Card again
    expect(compiledFieldCount(document, 'Page')).toBe(13);
  });

  it('counts the operation asked for, not the others of the document', () => {
    const document = parse('query Short { articles(first: 1) { totalCount } } query Long { articles(first: 1) { totalCount nodes { id slug headline } } }');
    expect(compiledFieldCount(document, 'Short')).toBe(2);
    expect(compiledFieldCount(document, 'Long')).toBe(6);
  });
});

describe('the bound on compiled fields, with the lane', () => {
  let gateway: TestGateway;

  beforeAll(async () => {
    // Room for one of the two four-field documents below, not both.
    gateway = await startTestGateway({ maxCompiledFields: 6 });
  });

  afterAll(async () => {
    await gateway.close();
  });

  it('answers a document the bound dropped through Apollo, then from the lane again, with the same bytes', async () => {
    const headlines = 'query Headlines { articles(first: 1) { totalCount nodes { headline } } }';
    const slugs = 'query Slugs { articles(first: 1) { totalCount nodes { slug } } }';
    const lane = gateway.gateway.fastLane;
    expect(lane).not.toBeNull();
    const first = await gateway.query(headlines);
    const second = await gateway.query(headlines);
    expect(lane?.stats()).toMatchObject({ answered: 1, declined: 0 });
    // Compiling the second document drops the first's compiled form.
    expect((await gateway.query(slugs)).status).toBe(200);
    const third = await gateway.query(headlines);
    expect(lane?.stats()).toMatchObject({ answered: 1, declined: 1 });
    const fourth = await gateway.query(headlines);
    expect(lane?.stats()).toMatchObject({ answered: 2, declined: 1 });
    for (const answer of [second, third, fourth]) {
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual(first.body);
    }
    expect(first.body).toEqual({ data: { articles: { totalCount: 0, nodes: [] } } });
  });
});
