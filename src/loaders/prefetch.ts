import type { Loaders } from './loaders';
import { mentionedIds, quotedIds, type MentionedIds, type QuotedIds } from './related-ids';

/** What a page of articles is asked for below its nodes (read off the query by the resolver). */
export interface ArticleRelations {
  people: boolean;
  organizations: boolean;
  /** `mentions`, and whether their `entity` is asked for. */
  mentions: boolean;
  mentionEntities: boolean;
  quotes: boolean;
  speakers: boolean;
  /** `source` of the quotes: the speaker, or the source organization when there is no speaker. */
  sources: boolean;
}

/**
 * Loads, for a page of articles, the relations the query asks for below it, a
 * level at a time, in the batches the field resolvers would make (mentions and
 * quotes in one round of store statements, then every person, organization,
 * speaker and quote source in one entity-service batch), before the page is returned. The field
 * resolvers then find their data in the loaders (`peek`) and answer without a
 * promise each: on a front page, some 140 resolver calls stop waiting on
 * promises. The statements and entity-service requests are the same as
 * without it. A failure here is not the page's: each field that needed the
 * data reports it at its own path when it loads (the loaders keep it).
 */
export async function prefetchArticleRelations(loaders: Loaders, articleIds: readonly number[], wanted: ArticleRelations): Promise<void> {
  if (articleIds.length === 0) return;
  const needMentions = wanted.people || wanted.organizations || wanted.mentions;
  const [mentionLists, quoteLists] = await Promise.all([
    needMentions ? loaders.mentionsByArticle.loadMany(articleIds) : [],
    wanted.quotes ? loaders.quotesByArticle.loadMany(articleIds) : [],
  ]);
  // The ids of each list (worked out once per list), in the order they were asked for before; the loader asks each id once.
  const idLists: (readonly number[])[] = [];
  const mentioned: keyof MentionedIds | null =
    wanted.mentionEntities || (wanted.people && wanted.organizations) ? 'all' : wanted.people ? 'person' : wanted.organizations ? 'organization' : null;
  if (mentioned !== null) {
    for (const list of mentionLists) if (!(list instanceof Error)) idLists.push(mentionedIds(list)[mentioned]);
  }
  if (wanted.speakers || wanted.sources) {
    const quoted: keyof QuotedIds = wanted.sources ? 'sources' : 'speakers';
    for (const list of quoteLists) if (!(list instanceof Error)) idLists.push(quotedIds(list)[quoted]);
  }
  // Failures stay in the entity loader: the fields that needed those entities report them.
  if (idLists.length > 0) await loaders.entity.loadAll(idLists).catch(() => undefined);
}
