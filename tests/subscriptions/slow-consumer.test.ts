import WebSocket from 'ws';
import type { NewsEvent } from '../../src/events/news-events';
import { SLOW_CONSUMER_CLOSE } from '../../src/subscriptions/subscription-server';
import { withStartedApp } from '../helpers/started-app';
import { liveClient, subscribe, wsUrlOf } from '../helpers/live-client';

// Arbitrary message shapes; the test checks the fields it names.
type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const BIG = 'subscription { articleIngested { headline body } }';

describe('a subscriber that stops reading', () => {
  it('is dropped once its events back up, while a subscriber that keeps reading gets every event', async () => {
    await withStartedApp({ WS_QUEUE_LIMIT: '5', WS_MAX_BUFFERED_BYTES: '65536', WS_KEEPALIVE_MS: '600000' }, async (app) => {
      const events = app.services.events;
      const live = app.live;
      if (events === undefined || live === null) throw new Error('the app has no event stream');
      // The sample article, seeded at start: id 1.
      expect(await app.services.store.countArticles()).toBe(1);
      const event: NewsEvent = { type: 'articleIngested', articleId: 1, section: null, mentions: [], outcome: 'created' };

      const fast = liveClient(app.url);
      const reading = subscribe(fast, BIG);
      const slow = new WebSocket(wsUrlOf(app.url), 'graphql-transport-ws');
      const slowMessages: Json[] = [];
      slow.on('message', (data) => slowMessages.push(JSON.parse(data.toString())));
      const closed = new Promise<number>((resolve) => slow.on('close', (code) => resolve(code)));
      await new Promise((resolve) => slow.once('open', resolve));
      slow.send(JSON.stringify({ type: 'connection_init' }));
      for (let i = 0; i < 2000 && !slowMessages.some((m) => m.type === 'connection_ack'); i++) await new Promise((resolve) => setTimeout(resolve, 10));
      slow.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: BIG } }));
      for (let i = 0; i < 2000 && live.subscriptions < 2; i++) await new Promise((resolve) => setTimeout(resolve, 10));
      expect(live.subscriptions).toBe(2);
      // The same document: both share one execution per event; the slow one must not hold up the other.
      expect(live.groups).toBe(1);
      slow.pause();

      // One event at a time, each read by the fast subscriber before the next: only the paused one falls behind.
      let published = 0;
      while (live.subscriptions === 2 && published < 50_000) {
        await events.publish([event]);
        published++;
        await reading.received(published);
      }
      expect(live.subscriptions).toBe(1);
      expect(reading.results).toHaveLength(published);
      expect(reading.results[0].data.articleIngested.body.length).toBeGreaterThan(1000);

      // The reader goes on as before.
      await events.publish([event]);
      expect(await reading.received(published + 1)).toHaveLength(published + 1);

      slow.resume();
      // 1008 when the close frame gets through, 1006 when the server had to cut the connection.
      expect([SLOW_CONSUMER_CLOSE.code, 1006]).toContain(await closed);
      expect(slowMessages.filter((m) => m.type === 'next').length).toBeLessThan(published);
      await fast.dispose();
    });
  }, 120_000);
});
