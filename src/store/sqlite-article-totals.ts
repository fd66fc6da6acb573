/*
 * The totals an entity's and a speaker's pages read (`entity_article_count`, migration 3: the
 * distinct articles mentioning an entity; `speaker_kind_quote_count`, migration 5: a speaker's
 * quotes per kind), counted once per article saved instead of once per row.
 *
 * Migrations 3 and 5 kept both with triggers on every row. The insert triggers ran for each
 * mention and each quote a save wrote (some 35 an article): a probe for another mention of the
 * same entity in the article, an upsert of the total, and, since a statement with a trigger may
 * fail halfway, a copy of every page it changed into the statement journal. Migration 10 drops
 * those two; the save adds an article's totals with the two statements below, after writing its
 * rows, to the same numbers. The delete and update triggers stay: deleting an article's rows (a
 * new version, a cascade) and moving them to another entity or speaker (merges, corrections)
 * still keep the totals row by row.
 */

/** Migration 10: the per-row insert triggers of migrations 3 and 5, replaced by ARTICLE_TOTALS. */
export const DROP_INSERT_TOTAL_TRIGGERS = `
  DROP TRIGGER entity_article_count_after_insert;
  DROP TRIGGER speaker_kind_quote_count_after_insert;`;

/** Adds an article's totals once its rows are written (the article's id the one parameter of each). */
export const ARTICLE_TOTALS = {
  /** Each entity the article mentions counts the article once, however many times it is named. */
  mentioned: `INSERT INTO entity_article_count (entity_id, n)
    SELECT DISTINCT entity_id, 1 FROM mentions WHERE article_id = ?
    ON CONFLICT (entity_id) DO UPDATE SET n = n + 1`,
  /** Each quote with a speaker counts once, for its speaker and kind. */
  quoted: `INSERT INTO speaker_kind_quote_count (speaker_id, kind, n)
    SELECT speaker_id, kind, COUNT(*) FROM quotes WHERE article_id = ? AND speaker_id IS NOT NULL GROUP BY speaker_id, kind
    ON CONFLICT (speaker_id, kind) DO UPDATE SET n = n + excluded.n`,
} as const;
