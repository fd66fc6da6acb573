import type { EntityService } from '../entities/entity-service';
import { BadUserInputError, NotFoundError } from '../errors';
import type { NewsEvents } from '../events/news-events';
import { toGlobalId, type NodeType } from '../ids';
import { MAX_MERGE_IDS, type EntityRecord, type EntityType } from '../records/entity-records';
import type { ArticleStore } from '../store/article-store';

/** Most entities one merge may fold into its survivor. */

export interface MergeParts {
  store: ArticleStore;
  entities: EntityService;
  /** Told of the merge (entityChanged, MERGED) once it is complete. */
  events?: NewsEvents;
}

/** An editor's merge of duplicates, as the API names it: local ids, of one type. */
export interface MergeRequest {
  type: EntityType;
  into: number;
  /** As given: duplicates are merged once, errors name the position given. */
  from: readonly number[];
}

const TYPE_NAMES: Record<EntityType, NodeType> = { person: 'Person', organization: 'Organization' };

/**
 * Merges duplicate people or organizations into one survivor, across both stores, and
 * answers the survivor as it is afterwards.
 *
 * The steps, in an order where a failure at any point loses nothing and the same merge run
 * again completes it:
 * 1. check, reading only: every id names a live entity of the type, or one already merged
 *    into `into` (a repeat); `into` is not among `from` and was not merged away;
 * 2. the article store moves mentions, quote speakers and sources to the survivor, in one
 *    transaction (the merged entities still exist; their articles now count as the survivor's);
 * 3. the entity service retires the merged entities into the survivor, in one transaction;
 * 4. the article store moves again what an ingest saved between 2 and 3 with an old id
 *    (usually nothing: one read);
 * 5. `entityChanged` MERGED for the survivor and for each merged id, so that a subscriber
 *    watching an old id learns where it went. A repeat announces again.
 *
 * Throws NotFoundError (unknown ids) and BadUserInputError (a request that is no merge)
 * before anything is written; after step 2, the entity service's own refusal (a concurrent
 * merge) or an outage reaches the caller as it is.
 */
export async function mergeEntities(parts: MergeParts, request: MergeRequest): Promise<EntityRecord> {
  const from = await checkMerge(parts.entities, request);
  await parts.store.mergeEntityReferences(request.into, from);
  const merged = await parts.entities.merge({ into: request.into, from });
  await parts.store.mergeEntityReferences(request.into, from);
  await parts.events?.publish([request.into, ...from].map((entityId) => ({ type: 'entityChanged' as const, entityId, change: 'MERGED' as const })));
  return merged.entity;
}

/** Step 1: the ids of `from` to merge, each once; throws when the request cannot be carried out. */
async function checkMerge(entities: EntityService, { type, into, from }: MergeRequest): Promise<number[]> {
  const typeName = TYPE_NAMES[type];
  if (from.length === 0) throw new BadUserInputError('Name at least one entity to merge in "input.from".', { argument: 'input.from' });
  if (from.length > MAX_MERGE_IDS) {
    throw new BadUserInputError(`At most ${MAX_MERGE_IDS} entities can be merged at once.`, { argument: 'input.from' });
  }
  const positions = new Map<number, number>();
  from.forEach((id, i) => {
    if (id === into) throw new BadUserInputError(`"input.from[${i}]" is "input.into": an entity cannot be merged into itself.`, { argument: `input.from[${i}]` });
    if (!positions.has(id)) positions.set(id, i);
  });
  const ids = [...positions.keys()];
  const [survivor, ...merged] = await entities.getByIds([into, ...ids]);
  // A retired id reads as its survivor: a record with another id.
  if (survivor === null || survivor.type !== type) throw new NotFoundError(`No ${type} has the id given as "input.into".`, { argument: 'input.into' });
  if (survivor.id !== into) {
    throw new BadUserInputError(`"input.into" was merged into ${toGlobalId(typeName, survivor.id)}; merge into that one.`, {
      argument: 'input.into',
      mergedInto: toGlobalId(typeName, survivor.id),
    });
  }
  ids.forEach((id, k) => {
    const argument = `input.from[${positions.get(id)}]`;
    const record = merged[k];
    if (record === null || record.type !== type) throw new NotFoundError(`No ${type} has the id given as "${argument}".`, { argument });
    if (record.id !== id && record.id !== into) {
      throw new BadUserInputError(`"${argument}" was already merged into ${toGlobalId(typeName, record.id)}.`, { argument, mergedInto: toGlobalId(typeName, record.id) });
    }
  });
  return ids;
}
