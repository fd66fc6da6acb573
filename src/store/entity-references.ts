import { InvalidInputError } from '../errors';
import { MAX_MERGE_IDS } from '../records/entity-records';
import { isPositiveId } from './draft-validation';

/*
 * Moving an article store's references from merged entities to their survivor
 * (ArticleStore.mergeEntityReferences): the check of the request and the statements, for
 * SQLite and PostgreSQL alike. `ids` is the dialect's list of the merged ids (json_each or
 * ANY), `param(n)` its n-th parameter. Pair counts are not rewritten here: each article
 * touched takes its pairs back before its rows move and adds them again after, exactly as a
 * new version of the article would (src/store/pair-sql.ts), so a pair of two merged entities
 * disappears (no self-pairs), pairs with the same other entity add up, and nothing is counted
 * twice however often it runs.
 */

/** Most ids one merge may move. */

/** Throws InvalidInputError unless `into` and every id of `from` are ids, `from` is not empty and holds no `into`. */
export function checkEntityMove(into: number, from: readonly number[]): void {
  if (!isPositiveId(into)) throw new InvalidInputError('Invalid merge: "into" must be a positive whole number.');
  if (from.length === 0 || from.length > MAX_MERGE_IDS) throw new InvalidInputError(`Invalid merge: "from" must hold 1 to ${MAX_MERGE_IDS} ids.`);
  if (!from.every(isPositiveId)) throw new InvalidInputError('Invalid merge: "from" must hold positive whole numbers.');
  if (from.includes(into)) throw new InvalidInputError('Invalid merge: an entity cannot be merged into itself.');
}

export interface EntityReferenceSql {
  /** The articles holding a reference to a merged id (mentions, quote speakers, quote sources), with their sort time, by id. */
  articles: string;
  /** For one article (param 2) the rows naming a merged id name the survivor (param 1) instead. */
  moves: string[];
}

export function entityReferenceSql(ids: string, param: (n: number) => string): EntityReferenceSql {
  const article = param(2);
  const into = param(1);
  return {
    articles: `SELECT a.id AS article_id, a.sort_time FROM articles a WHERE a.id IN (
                 SELECT article_id FROM mentions WHERE entity_id IN (${ids})
                 UNION SELECT article_id FROM quotes WHERE speaker_id IN (${ids})
                 UNION SELECT article_id FROM quotes WHERE source_organization_id IN (${ids}))
               ORDER BY a.id`,
    moves: [
      `UPDATE mentions SET entity_id = ${into} WHERE article_id = ${article} AND entity_id IN (${ids})`,
      `UPDATE quotes SET speaker_id = ${into} WHERE article_id = ${article} AND speaker_id IN (${ids})`,
      `UPDATE quotes SET source_organization_id = ${into} WHERE article_id = ${article} AND source_organization_id IN (${ids})`,
    ],
  };
}
