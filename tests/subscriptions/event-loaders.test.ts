import { withStartedApp } from '../helpers/started-app';
import { liveClient, subscribe } from '../helpers/live-client';

describe('one event, many subscriptions', () => {
  it('executes each event once for all of them, reading the store once per level, with loaders fresh for each event', async () => {
    await withStartedApp({}, async (app) => {
      const events = app.services.events;
      if (events === undefined) throw new Error('the app has no event stream');
      const store = app.services.store as typeof app.services.store & { statementCount: number };
      const [quotes] = await store.quotesByArticle([1]);
      const client = liveClient(app.url);
      try {
        const subs = Array.from({ length: 10 }, () => subscribe(client, 'subscription { quoteAdded { text article { headline } } }'));
        const live = app.live;
        if (live === null) throw new Error('the app has no subscriptions');
        for (let i = 0; i < 1000 && live.subscriptions < 10; i++) await new Promise((resolve) => setTimeout(resolve, 10));
        expect(live.subscriptions).toBe(10);
        // The same document and variables: one execution per event, one listener on the event stream.
        expect(live.groups).toBe(1);
        expect(events.listenerCount).toBe(1);

        const before = store.statementCount;
        await events.publish([{ type: 'quoteAdded', quoteId: quotes[0].id, articleId: 1, speakerId: quotes[0].speakerId, kind: 'direct', mentions: [] }]);
        await Promise.all(subs.map((s) => s.received(1)));
        // The quote, then its article: one read each for all ten subscriptions.
        expect(store.statementCount - before).toBe(2);
        expect(subs.map((s) => s.results[0].data.quoteAdded.text)).toEqual(Array(10).fill(quotes[0].text));

        // The next event reads again rather than answering from the first event's loaders.
        const between = store.statementCount;
        await events.publish([{ type: 'quoteAdded', quoteId: quotes[1].id, articleId: 1, speakerId: quotes[1].speakerId, kind: 'direct', mentions: [] }]);
        await Promise.all(subs.map((s) => s.received(2)));
        expect(store.statementCount - between).toBe(2);

        // One of them completes: the others go on sharing the execution; the one that left gets nothing more.
        subs[0].stop();
        for (let i = 0; i < 1000 && live.subscriptions > 9; i++) await new Promise((resolve) => setTimeout(resolve, 10));
        expect(live.subscriptions).toBe(9);
        await events.publish([{ type: 'quoteAdded', quoteId: quotes[0].id, articleId: 1, speakerId: quotes[0].speakerId, kind: 'direct', mentions: [] }]);
        await Promise.all(subs.slice(1).map((s) => s.received(3)));
        expect(subs[0].results).toHaveLength(2);
      } finally {
        await client.dispose();
      }
      // Once every member has gone, so has the group's listener.
      for (let i = 0; i < 1000 && events.listenerCount > 0; i++) await new Promise((resolve) => setTimeout(resolve, 10));
      expect(events.listenerCount).toBe(0);
      expect(app.live?.groups).toBe(0);
    });
  });
});
