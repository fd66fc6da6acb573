import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityService } from '../../src/entities/entity-service';
import type { EntityLookup } from '../../src/records/entity-records';
import { InvalidInputError } from '../../src/errors';
import { extractArticle } from '../../src/ingest/extract-article';
import { ingestArticle } from '../../src/ingest/pipeline';
import { ARTICLE_CAPS } from '../../src/store/article-caps';
import { useTempSqlite } from '../helpers/temp-sqlite';

const sample = readFileSync(join(__dirname, '..', '..', 'src', 'sample', 'kerry-lavrov-paris.txt'), 'utf8');

const secondArticle = `World

Kerry heads to Moscow for talks on Ukraine

WASHINGTON — Secretary of State John Kerry will travel to Moscow next week, the State Department said on Tuesday.

"We are going to keep talking as long as there is something to talk about," Kerry told reporters.

Russian Foreign Minister Sergei Lavrov said the visit was "welcome."
`;

/** Counts calls per method, to check that linking batches its requests. */
function counting(service: EntityService): { service: EntityService; calls: Record<string, number> } {
  const calls: Record<string, number> = {};
  const proxy = new Proxy(service, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls[String(prop)] = (calls[String(prop)] ?? 0) + 1;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { service: proxy, calls };
}

describe('ingestArticle with the SQLite article store and entity service', () => {
  const t = useTempSqlite('newsgraph-ingest-');

  it('keeps reported speech within the quote cap rather than refuse a long article, and never drops a direct quote', async () => {
    const cap = ARTICLE_CAPS.quotes;
    // Each paragraph: one direct quote and one reported statement, so the article holds 1.5× the cap.
    const paragraphs = Array.from(
      { length: (3 * cap) / 4 },
      (_, i) => `"We will keep working on item ${i} of the plan," said John Kerry. Kerry said the talks on item ${i} would resume within a week.`,
    );
    const text = `World\n\nA long day of talks, as it happened\n\n${paragraphs.join('\n\n')}\n`;
    const extracted = extractArticle(text).quotes;
    expect(extracted.filter((q) => q.kind === 'direct')).toHaveLength((3 * cap) / 4);
    expect(extracted.length).toBeGreaterThan(cap);

    const result = await ingestArticle({ text }, { store: t.store, entities: t.entities });
    const [stored] = await t.store.quotesByArticle([result.articleId]);
    expect(stored).toHaveLength(cap);
    expect(stored.filter((q) => q.kind === 'direct')).toHaveLength((3 * cap) / 4);
    // The reported statements kept are the first ones of the text.
    const reported = stored.filter((q) => q.kind !== 'direct');
    expect(reported).toHaveLength(cap / 4);
    expect(reported.every((q) => q.paragraph < cap / 2)).toBe(true);
  });

  it('stores the sample article whole: people, quotes with speaker ids, mentions with provenance', async () => {
    const { service, calls } = counting(t.entities);
    const result = await ingestArticle({ text: sample, publishedAt: '2014-03-30T12:00:00Z' }, { store: t.store, entities: service });
    // Six direct quotations and 30 reported attributions (Kerry’s and Lavrov’s statements among them, and the news agencies’ “according to” over Lavrov’s).
    expect(result).toMatchObject({ outcome: 'created', people: 7, organizations: 6, quotes: 36 });
    // Nobody is known yet: full names first, then the other names of people their full name did not settle.
    expect(calls).toEqual({ lookup: 2, upsert: 2 });

    const [article] = await t.store.getArticles([result.articleId]);
    expect(article).toMatchObject({ headline: 'U.S., Russian diplomats agree to work with Ukraine’s government', dateline: 'WASHINGTON', section: 'World & Nation', slug: result.slug });
    expect(article!.images).toEqual([{ caption: expect.stringMatching(/^U\.S\. Secretary of State/), credit: 'Jacquelyn Martin / Pool Photo', url: null }]);

    const [all] = await t.store.quotesByArticle([result.articleId]);
    const quotes = all.filter((q) => q.kind === 'direct');
    const speakers = await t.entities.getByIds(quotes.map((q) => q.speakerId!));
    expect(speakers.map((s) => s?.name)).toEqual(['John F. Kerry', 'John F. Kerry', 'John F. Kerry', 'Sergei Lavrov', 'Dianne Feinstein', 'Sergey Kislyak']);
    const reported = all.filter((q) => q.kind !== 'direct');
    const reporters = await t.entities.getByIds(reported.flatMap((q) => (q.speakerId === null ? [] : [q.speakerId])));
    expect(new Set(reporters.map((s) => s?.name))).toEqual(new Set(['John F. Kerry', 'Sergei Lavrov', 'Sergey Kislyak', 'Vladimir Putin', 'Obama', 'Dianne Feinstein']));
    expect(reported.find((q) => q.text.startsWith('Russia had agreed to work with'))).toMatchObject({ kind: 'mixed', cue: 'said' });
    expect(quotes.every((q) => q.attribution !== null && q.attribution.confidence > 0 && q.attribution.method !== '')).toBe(true);

    const [mentions] = await t.store.mentionsByArticle([result.articleId]);
    expect(mentions.length).toBe(extractArticle(sample).entities.mentions.length);
    expect(mentions.every((m) => article!.paragraphs[m.paragraph].slice(m.start, m.end) === m.text)).toBe(true);
    const people = await t.entities.getByIds([...new Set(mentions.filter((m) => m.entityType === 'person').map((m) => m.entityId))]);
    expect(people.map((p) => p?.name).sort()).toEqual(['Dianne Feinstein', 'John F. Kerry', 'Obama', 'Sergei Lavrov', 'Sergey Kislyak', 'Viktor Yanukovich', 'Vladimir Putin']);
    const feinstein = people.find((p) => p?.name === 'Dianne Feinstein');
    expect(feinstein).toMatchObject({ type: 'person', title: 'U.S. Senator' });
  });

  it('names a stored person by the fullest form once an article gives it', async () => {
    const first = await ingestArticle({ text: 'Plant to close\n\nThe plant will close in May, Mr. Ferrante said on Monday. He gave no reason.', url: 'https://example.com/a' }, { store: t.store, entities: t.entities });
    const [before] = await t.store.mentionsByArticle([first.articleId]);
    const id = before.find((m) => m.entityType === 'person')!.entityId;
    expect((await t.entities.getByIds([id]))[0]).toMatchObject({ name: 'Ferrante' });
    await ingestArticle({ text: 'Plant closes\n\nThe plant closed on Friday, analyst Tom Ferrante of Wedbush said.', url: 'https://example.com/b' }, { store: t.store, entities: t.entities });
    const [after] = await t.entities.getByIds([id]);
    expect(after).toMatchObject({ name: 'Tom Ferrante' });
    expect(after!.aliases).toContain('Ferrante');
  });

  it('links known people by their full names in one lookup, to the same entities', async () => {
    const first = await ingestArticle({ text: sample, publishedAt: '2014-03-30T12:00:00Z' }, { store: t.store, entities: t.entities });
    const before = await t.store.mentionsByArticle([first.articleId]);
    const asked: string[] = [];
    const recording = new Proxy(t.entities, {
      get(target, prop, receiver) {
        if (prop !== 'lookup') return Reflect.get(target, prop, receiver) as unknown;
        return (lookups: EntityLookup[]) => {
          for (const l of lookups) if (l.type === 'person') asked.push(l.name);
          return target.lookup(lookups);
        };
      },
    });
    const { service, calls } = counting(recording);
    const again = await ingestArticle({ text: sample, publishedAt: '2014-03-30T12:00:00Z' }, { store: t.store, entities: service });
    expect(calls.lookup).toBe(1);
    // Each person's own name only: no other name (often a bare surname, which could match every
    // namesake in a large entity base) is looked up once the name settles the match.
    const people = extractArticle(sample).entities.people;
    expect(people.some((p) => p.aliases.length > 0)).toBe(true);
    expect(asked.sort()).toEqual(people.map((p) => p.name).sort());
    const after = await t.store.mentionsByArticle([again.articleId]);
    expect(after[0].map((m) => [m.text, m.entityId])).toEqual(before[0].map((m) => [m.text, m.entityId]));
  });

  it('is idempotent: the same text twice is one article, and the same person keeps one id across articles', async () => {
    const deps = { store: t.store, entities: t.entities };
    const first = await ingestArticle({ text: sample }, deps);
    const again = await ingestArticle({ text: sample.replace(/\n/g, '\r\n') }, deps);
    expect(again).toMatchObject({ articleId: first.articleId, outcome: 'unchanged' });
    expect(await t.store.countArticles()).toBe(1);

    const second = await ingestArticle({ text: secondArticle, url: 'https://example.test/kerry-moscow' }, deps);
    expect(second.outcome).toBe('created');
    const byUrl = await ingestArticle({ text: secondArticle + '\nA correction was appended.\n', url: 'https://example.test/kerry-moscow' }, deps);
    expect(byUrl).toMatchObject({ articleId: second.articleId, outcome: 'updated' });
    expect(await t.store.countArticles()).toBe(2);

    const [m1, m2] = await t.store.mentionsByArticle([first.articleId, second.articleId]);
    const idOf = async (mentions: typeof m1, surname: string): Promise<number> => {
      const ids = [...new Set(mentions.filter((m) => m.entityType === 'person').map((m) => m.entityId))];
      const records = await t.entities.getByIds(ids);
      return records.find((r) => r?.name.endsWith(surname))!.id;
    };
    expect(await idOf(m2, 'Kerry')).toBe(await idOf(m1, 'Kerry'));
    expect(await idOf(m2, 'Lavrov')).toBe(await idOf(m1, 'Lavrov'));
    const stateDepartment = await t.entities.lookup([{ type: 'organization', name: 'State Department' }]);
    expect(stateDepartment[0]).toHaveLength(1);
  });

  it.each([
    ['empty text', ''],
    ['whitespace only', '  \n\t\n  '],
    ['binary data', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0xff, 0xfe]).toString('utf8')],
    ['5 MB of text', `Headline\n\n${'All work and no play. '.repeat(240_000)}`],
    ['a headline with no body', 'Only a headline here'],
  ])('refuses %s with a clear error and stores nothing', async (_label, text) => {
    const deps = { store: t.store, entities: t.entities };
    await expect(ingestArticle({ text }, deps)).rejects.toBeInstanceOf(InvalidInputError);
    await expect(ingestArticle({ text }, deps)).rejects.toThrow(/empty|binary|not valid UTF-8|limit|no body|no headline/);
    expect(await t.store.countArticles()).toBe(0);
    expect((await t.entities.list({ type: 'person', limit: 10 })).totalCount).toBe(0);
  });
});
