/**
 * The SDK client's methods for co-occurrence, timelines and subscriptions, against the
 * gateway as `npm start` wires it (startApp: WebSocket subscriptions, the sample corpus).
 */
import WebSocket from 'ws';
import { NewsgraphClient, NewsgraphError } from '../../sdk/client';
import { withStartedApp } from '../helpers/started-app';

const EDITOR_KEY = 'sdk-live-editor-key-2f8a';

const STORY = 'World\n\nThe SDK hears of it\n\nBERLIN — John F. Kerry met Sergei Lavrov in Berlin on Monday.\n\n"The SDK heard this," Kerry said.\n';

describe('the SDK client, live', () => {
  it('reads co-occurrence and timelines, and receives quoteAdded after an ingest', async () => {
    await withStartedApp({ API_KEYS: `${EDITOR_KEY}:editor` }, async (app) => {
      const client = new NewsgraphClient({ url: app.url, apiKey: EDITOR_KEY, webSocketImpl: WebSocket });
      try {
        const kerry = (await client.search({ query: 'Kerry' })).search.find((r) => r.__typename === 'Person');
        if (!kerry || kerry.__typename !== 'Person') throw new Error('no Kerry in the sample');

        const pairs = await client.personCoOccurrence({ id: kerry.id });
        const names = pairs.person?.coMentioned.nodes.map((n) => (n.entity && 'name' in n.entity ? n.entity.name : null));
        expect(names).toContain('Sergei Lavrov');
        const timelines = await client.personTimelines({ id: kerry.id, interval: 'MONTH', from: '2014-01-01T00:00:00Z', to: '2015-01-01T00:00:00Z' });
        expect(timelines.person?.mentionTimeline).toHaveLength(12);
        expect(timelines.person?.mentionTimeline.find((b) => b.start.startsWith('2014-03'))?.count).toBe(1);

        const quotes = client.quoteAdded({ filter: { speaker: kerry.id } });
        const first = quotes.next();
        // Subscribing is asynchronous: ingest until the subscription hears one (bounded).
        let heard: IteratorResult<unknown> | undefined;
        void first.then((result) => (heard = result));
        for (let i = 0; i < 50 && heard === undefined; i++) {
          await client.ingestArticle({ input: { text: STORY.replace('Monday', `Monday ${i}`), url: `https://sdk.example/${i}` } });
          for (let j = 0; j < 20 && heard === undefined; j++) await new Promise((resolve) => setTimeout(resolve, 10));
        }
        const event = await first;
        expect(event.done).toBe(false);
        expect(event.value?.quoteAdded).toMatchObject({ text: 'The SDK heard this,', speaker: { name: 'John F. Kerry' }, article: { headline: 'The SDK hears of it' } });
        await quotes.return?.();

        // A refused document ends the loop with the server's code.
        const refused = client.entityChanged({ id: 'not-an-id' });
        const error = await refused.next().then(() => undefined, (e: unknown) => e);
        expect(error).toBeInstanceOf(NewsgraphError);
        expect((error as NewsgraphError).code).toBe('BAD_USER_INPUT');
      } finally {
        await client.close();
      }
    });
  });
});
