import type { QuoteKind, QuoteRecord } from '../../src/records/article-records';
import { checkedKinds, kindName, ofKinds, storeKind } from '../../resolvers/quote-kinds';

function quote(id: number, kind: QuoteKind, text: string): QuoteRecord {
  return {
    id, articleId: 1, position: id, kind, text, cue: kind === 'direct' ? null : 'said', speakerId: 7, speakerName: 'Okafor',
    paragraph: id, start: 0, end: text.length, partial: false, sourceOrganizationId: null, attribution: { method: 'said-after', confidence: 0.9 },
  };
}

describe('narrowing an article\'s quotes to the kinds asked for', () => {
  const list = [
    quote(1, 'direct', 'We will not sign this week.'),
    quote(2, 'indirect', 'the harbour would reopen in May'),
    quote(3, 'mixed', 'the plan was "a fair start"'),
    quote(4, 'direct', 'Ask me again on Friday.'),
  ];
  const texts = (quotes: QuoteRecord[]) => quotes.map((q) => q.text);

  it('answers each set of kinds with its own quotes, in reading order, however often and in whatever order it is asked', () => {
    for (let round = 0; round < 2; round++) {
      expect(texts(ofKinds(list, ['direct']))).toEqual(['We will not sign this week.', 'Ask me again on Friday.']);
      expect(texts(ofKinds(list, ['indirect', 'mixed']))).toEqual(['the harbour would reopen in May', 'the plan was "a fair start"']);
      expect(texts(ofKinds(list, ['mixed']))).toEqual(['the plan was "a fair start"']);
      expect(ofKinds(list, ['direct', 'indirect', 'mixed'])).toBe(list);
    }
  });

  it('narrows another list with the same kinds by its own quotes', () => {
    const other = [quote(5, 'indirect', 'talks had stalled'), quote(6, 'direct', 'Nothing is agreed.')];
    expect(texts(ofKinds(list, ['indirect']))).toEqual(['the harbour would reopen in May']);
    expect(texts(ofKinds(other, ['indirect']))).toEqual(['talks had stalled']);
  });

  it('maps kind names both ways and defaults to direct quotes', () => {
    expect(checkedKinds(['DIRECT', 'MIXED'], 'kinds')).toEqual(['direct', 'mixed']);
    expect(checkedKinds(null, 'kinds')).toEqual(['direct']);
    expect(() => checkedKinds([], 'kinds')).toThrow(/at least one kind/);
    expect(storeKind('INDIRECT')).toBe('indirect');
    expect(kindName('mixed')).toBe('MIXED');
  });
});
