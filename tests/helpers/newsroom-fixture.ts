import type { EntityService } from '../../src/entities/entity-service';
import type { OrganizationRecord, PersonRecord } from '../../src/records/entity-records';
import type { ArticleStore } from '../../src/store/article-store';
import type { ArticleDraft } from '../../src/records/article-records';

export interface Newsroom {
  /** Venues (mentioned by articles), then employers (held in people's roles). */
  organizations: OrganizationRecord[];
  venues: OrganizationRecord[];
  employers: OrganizationRecord[];
  people: PersonRecord[];
  articleIds: number[];
}

/**
 * A small, regular newsroom written straight to the store and entity service
 * (no extraction): `articles` articles, each mentioning three people and one
 * venue organization, and quoting two of those people. People work for
 * employer organizations that no article mentions, so resolving their
 * affiliations always takes its own level. Article i is published on day i,
 * so the newest is the last.
 */
export async function buildNewsroom(store: ArticleStore, entities: EntityService, articles: number): Promise<Newsroom> {
  const organizations = (await entities.upsert(
    [
      'Ministry of Truth',
      'Senate Committee on Ways',
      'Daily Planet',
      'Acme Corporation',
      'Bureau of Weights',
      'House of Lords',
      'Evening Star',
      'Globex Corporation',
    ].map((name, i) => ({
      type: 'organization' as const,
      name,
      kind: (['GOVERNMENT_AGENCY', 'LEGISLATURE', 'NEWS_MEDIA', 'COMPANY'] as const)[i % 4],
      country: 'US',
    })),
  )) as OrganizationRecord[];
  const venues = organizations.slice(0, 4);
  const employers = organizations.slice(4);
  const people = (await entities.upsert(
    Array.from({ length: 8 }, (_, i) => ({
      type: 'person' as const,
      name: `Person Number${i}`,
      aliases: [`Number${i}`],
      title: `Title ${i}`,
      roles: [{ title: `Role ${i}`, organizationId: employers[i % employers.length].id }],
    })),
  )) as PersonRecord[];
  const articleIds: number[] = [];
  for (let i = 0; i < articles; i++) {
    const cast = [people[i % 8], people[(i + 1) % 8], people[(i + 2) % 8]];
    const org = venues[i % venues.length];
    const paragraphs = [
      `${cast[0].name} met ${cast[1].name} and ${cast[2].name} at the ${org.name} on day ${i}.`,
      `"We agreed on item ${i}," said ${cast[0].aliases[0]}.`,
      `${cast[1].aliases[0]} called it "a fine result ${i}."`,
    ];
    const mention = (p: number, text: string, entityId: number, entityType: 'person' | 'organization') => {
      const start = paragraphs[p].indexOf(text);
      return { entityId, entityType, text, paragraph: p, start, end: start + text.length, method: 'fixture', confidence: 1 };
    };
    const quote = (p: number, text: string, speaker: PersonRecord, partial: boolean) => {
      const start = paragraphs[p].indexOf(text);
      return {
        text,
        speakerId: speaker.id,
        speakerName: speaker.aliases[0],
        paragraph: p,
        start,
        end: start + text.length,
        partial,
        attribution: { method: 'fixture', confidence: 1 },
      };
    };
    const draft: ArticleDraft = {
      slug: `day-${i}-meeting`,
      url: `https://news.example/day-${i}`,
      headline: `Day ${i}: a meeting at the ${org.name}`,
      section: i % 2 === 0 ? 'Politics' : 'Business',
      dateline: 'SPRINGFIELD',
      byline: 'Staff',
      publishedAt: new Date(Date.UTC(2024, 0, 1 + i)).toISOString(),
      paragraphs,
      images: [{ caption: `Meeting ${i}`, credit: 'Photo Desk', url: null }],
      contentHash: `fixture-${i}`,
      mentions: [
        mention(0, cast[0].name, cast[0].id, 'person'),
        mention(0, cast[1].name, cast[1].id, 'person'),
        mention(0, cast[2].name, cast[2].id, 'person'),
        mention(0, org.name, org.id, 'organization'),
      ],
      quotes: [quote(1, `We agreed on item ${i},`, cast[0], false), quote(2, `a fine result ${i}.`, cast[1], true)],
    };
    articleIds.push((await store.saveArticle(draft)).id);
  }
  return { organizations, venues, employers, people, articleIds };
}
