import { entityRoute, LocalFanout, speakerRoute, typeRoute, type NewsEvent } from '../../src/events/news-events';

const OPTIONS = { queueLimit: 10, onOverflow: () => undefined };

describe('the event fan-out, indexed by route', () => {
  it('offers an event only to the listeners that can accept it, and to those without a route', async () => {
    const fanout = new LocalFanout();
    const offered: string[] = [];
    const listener = (name: string, accept: (e: NewsEvent) => boolean, route?: string) =>
      fanout.listen((e) => {
        offered.push(name);
        return accept(e);
      }, { ...OPTIONS, route });
    const entity5 = listener('entity 5', (e) => e.type === 'entityChanged' && e.entityId === 5, entityRoute(5));
    // Many other entities' listeners: none of them is offered entity 5's change.
    for (let id = 6; id < 1006; id++) listener(`entity ${id}`, (e) => e.type === 'entityChanged' && e.entityId === id, entityRoute(id));
    const speaker7 = listener('speaker 7', (e) => e.type === 'quoteAdded' && e.speakerId === 7, speakerRoute(7));
    const quotes = listener('quotes', (e) => e.type === 'quoteAdded', typeRoute('quoteAdded'));
    const everything = listener('everything', () => true);
    expect(fanout.size).toBe(1004);

    fanout.deliver({ type: 'entityChanged', entityId: 5, change: 'CORRECTED' });
    expect(offered.sort()).toEqual(['entity 5', 'everything']);
    offered.length = 0;
    fanout.deliver({ type: 'quoteAdded', quoteId: 1, articleId: 1, speakerId: 7, kind: 'direct', mentions: [] });
    expect(offered.sort()).toEqual(['everything', 'quotes', 'speaker 7']);
    offered.length = 0;
    fanout.deliver({ type: 'quoteAdded', quoteId: 2, articleId: 1, speakerId: 8, kind: 'direct', mentions: [] });
    expect(offered.sort()).toEqual(['everything', 'quotes']);

    expect((await entity5.next()).value).toMatchObject({ type: 'entityChanged', entityId: 5 });
    expect((await speaker7.next()).value).toMatchObject({ quoteId: 1 });
    expect((await quotes.next()).value).toMatchObject({ quoteId: 1 });
    expect((await quotes.next()).value).toMatchObject({ quoteId: 2 });
    expect((await everything.next()).value).toMatchObject({ type: 'entityChanged' });

    await entity5.return?.();
    await everything.return?.();
    expect(fanout.size).toBe(1002);
    offered.length = 0;
    fanout.deliver({ type: 'entityChanged', entityId: 5, change: 'CORRECTED' });
    expect(offered).toEqual([]);
  });
});
