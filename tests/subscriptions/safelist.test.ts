import { print } from 'graphql';
import { QuoteAddedDocument } from '../../sdk/generated/graphql';
import { withStartedApp } from '../helpers/started-app';
import { liveClient, subscribe } from '../helpers/live-client';

describe('subscriptions with PERSISTED_QUERIES=safelist', () => {
  it("runs the manifest's subscriptions and refuses any other with PERSISTED_QUERY_NOT_ALLOWED", async () => {
    await withStartedApp({ PERSISTED_QUERIES: 'safelist' }, async (app) => {
      const client = liveClient(app.url);
      try {
        const other = subscribe(client, 'subscription { quoteAdded { text } }');
        await other.ended;
        expect(other.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_ALLOWED');

        // The SDK's QuoteAdded, as the SDK sends it: listed in sdk/persisted-queries.json.
        const listed = subscribe(client, print(QuoteAddedDocument), { filter: null });
        for (let i = 0; i < 1000 && (app.live?.subscriptions ?? 0) === 0 && listed.errors === null; i++) await new Promise((resolve) => setTimeout(resolve, 10));
        expect(listed.errors).toBeNull();
        expect(app.live?.subscriptions).toBe(1);
      } finally {
        await client.dispose();
      }
    });
  });
});
