import { AnswerJson } from '../../src/execution/answer-json';

/*
 * The lane's data JSON keeps text for objects that repeat from one answer to the next; every
 * answer must still be exactly what JSON.stringify writes for it, whatever changed.
 */

const document = {};

function person(id: number, name: string, title: string | null) {
  return { id: `P${id}`, name, title };
}

function quote(id: number, text: string, speaker: ReturnType<typeof person> | null) {
  return { id: `Q${id}`, text, partial: false, kind: 'INDIRECT', cue: 'said', speaker, source: speaker === null ? { id: 'O1', name: 'Harbour Trust' } : { id: speaker.id, name: speaker.name } };
}

function page(headline: string, quotes: ReturnType<typeof quote>[]) {
  return { articles: { nodes: [{ id: 'A1', headline, score: 1.5, quotes }, { id: 'A2', headline: 'Ferries resume', score: 2, quotes: [] }] } };
}

describe('AnswerJson', () => {
  it('writes what JSON.stringify writes, answer after answer, as the records change', () => {
    const json = new AnswerJson();
    const mira = person(1, 'Mira Okonjo', 'Harbour master');
    const answers = [
      page('Tide gauges fail', [quote(1, 'the gauges were "years overdue"', mira), quote(2, 'repairs start in May', null)]),
      page('Tide gauges fail', [quote(1, 'the gauges were "years overdue"', mira), quote(2, 'repairs start in May', null)]),
      // the headline edited, the person renamed, a quote's text corrected, a quote gone
      page('Tide gauges failed', [quote(1, 'the gauges were "years overdue"', person(1, 'Mira Okonjo-Bell', 'Harbour master')), quote(2, 'repairs start in June', null)]),
      page('Tide gauges failed', [quote(2, 'repairs start in June', null)]),
      // the same values again, in new objects and new strings
      JSON.parse(JSON.stringify(page('Tide gauges failed', [quote(2, 'repairs start in June', null)]))) as ReturnType<typeof page>,
    ];
    for (const answer of answers) expect(json.stringify(answer, document)).toBe(JSON.stringify(answer));
  });

  it('writes a changed key set, order, list length or nesting as it now is', () => {
    const json = new AnswerJson();
    const variants: Record<string, unknown>[] = [
      { id: 'X', a: 1, b: [1, 2] },
      { id: 'X', b: [1, 2], a: 1 },
      { id: 'X', a: 1, b: [1, 2, 3] },
      { id: 'X', a: 1, b: { c: [1, 2] } },
      { id: 'X', a: 1 },
      { id: 'X', a: 1, b: null },
      { id: 'X', a: '1', b: null },
      { id: 'X', a: true, b: null },
    ];
    for (let round = 0; round < 2; round++) {
      for (const variant of variants) expect(json.stringify({ node: variant }, document)).toBe(JSON.stringify({ node: variant }));
    }
  });

  it('leaves to JSON.stringify what only it knows how to write', () => {
    const json = new AnswerJson();
    const when = new Date(Date.UTC(2026, 0, 2));
    const values: Record<string, unknown>[] = [
      { id: 'D', at: when, n: NaN, inf: Infinity, gone: undefined, list: [undefined, () => 1, 'x'] },
      { id: 'D', at: when, n: NaN, inf: Infinity, gone: undefined, list: [undefined, () => 1, 'x'] },
      { id: 'J', nested: { toJSON: () => 'as JSON' } },
      { id: 'J', nested: { toJSON: () => 'as JSON again' } },
      { id: 'K', toJSON: () => ({ replaced: true }) },
      { kept: 1, nothing: { toJSON: () => undefined }, inList: [{ toJSON: () => undefined }, 2] },
      { plain: { 'key "quoted"': '\u2028 line', emoji: '\ud83d\ude00', lone: '\ud800' } },
    ];
    for (let round = 0; round < 2; round++) {
      for (const value of values) expect(json.stringify({ node: value }, document)).toBe(JSON.stringify({ node: value }));
    }
  });

  it('keeps within its budget, and answers the same once it dropped what it kept', () => {
    const json = new AnswerJson({ budget: 4_000 });
    for (let n = 0; n < 200; n++) {
      const answer = { nodes: [{ id: `N${n}`, text: 'x'.repeat(50) }, { id: 'N0', text: 'x'.repeat(50) }] };
      expect(json.stringify(answer, document)).toBe(JSON.stringify(answer));
      expect(json.keptChars()).toBeLessThanOrEqual(4_000);
    }
  });

  it('stops keeping where objects change on every answer, and still keeps below them', () => {
    const json = new AnswerJson();
    for (let n = 0; n < 300; n++) {
      // the article's count changes every time; its quotes do not
      const answer = { article: { id: 'A1', views: n, quotes: [{ id: 'Q1', text: 'the bridge stays shut' }] } };
      expect(json.stringify(answer, document)).toBe(JSON.stringify(answer));
    }
    // Kept now: the quote's text and its two keys and values, not the article.
    expect(json.keptChars()).toBe(JSON.stringify({ id: 'Q1', text: 'the bridge stays shut' }).length + 4 * 8);
  });

  it('stops keeping where ids are mostly new, and keeps again later', () => {
    const json = new AnswerJson();
    const pageOf = (n: number) => ({ nodes: [{ id: `N${n}`, text: `item ${n}` }] });
    for (let n = 0; n < 600; n++) expect(json.stringify(pageOf(n), document)).toBe(JSON.stringify(pageOf(n)));
    expect(json.keptChars()).toBe(0);
    // Past the pause, the same page answered again is kept.
    for (let n = 0; n < 5000; n++) expect(json.stringify(pageOf(7), document)).toBe(JSON.stringify(pageOf(7)));
    expect(json.keptChars()).toBe(JSON.stringify(pageOf(7).nodes[0]).length + 4 * 8);
  });

  it('keeps nothing under keys past the positions it makes', () => {
    const json = new AnswerJson();
    const wide: Record<string, unknown> = {};
    for (let n = 0; n < 300; n++) wide[`k${n}`] = { id: `W${n}`, text: 'same' };
    const answer = { scalar: wide };
    for (let round = 0; round < 3; round++) expect(json.stringify(answer, document)).toBe(JSON.stringify(answer));
    // 256 keys get a position (each keeps its one object); the other 44 keep nothing.
    let expected = 0;
    for (let n = 0; n < 256; n++) expected += JSON.stringify({ id: `W${n}`, text: 'same' }).length + 4 * 8;
    expect(json.keptChars()).toBe(expected);
  });
});
