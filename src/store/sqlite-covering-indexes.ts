/*
 * Covering indexes for the reads that land on a different article or speaker each time (a cold
 * read: bench/scale-cold.ts). Such a read finds its rows in an index and then fetched each row
 * from the table by id: one more page per row wherever the table keeps it, which in a file far
 * larger than SQLite's cache is a page read per row. An index that holds every column the read
 * selects answers it from its own leaves, where the rows it wants sit side by side.
 *
 * - An article's mentions (mentionsByArticle: an article page, each article of a front page):
 *   mentions_by_article (article_id, paragraph, start_offset) found the rows, then read them
 *   from the table. The covering index replaces it (every statement that looked mentions up by
 *   article uses it the same way: deletes of an article's mentions, its totals, its pairs).
 * - A speaker's page of quotes (quotesBySpeaker: Person.quotes): quotes_by_speaker_kind_time
 *   found the page's quote ids, then each quote was read from the table, ten pages for ten
 *   quotes of ten articles. The page's rows are now read off the covering index by their
 *   keys (src/store/sqlite-article-reads.ts). The narrow index stays: the count of a speaker's
 *   articles (a quotedSpeaker filter) walks every quote of the speaker, and walks fewer pages in
 *   it.
 *
 * PostgreSQL is unchanged.
 */

/** Migration 11. */
export const COVERING_INDEXES = `
  CREATE INDEX mentions_by_article_covering ON mentions
    (article_id, paragraph, start_offset, id, entity_id, entity_type, text, end_offset, method, confidence);
  DROP INDEX mentions_by_article;
  CREATE INDEX quotes_by_speaker_kind_time_covering ON quotes
    (speaker_id, kind, sort_time DESC, article_id DESC, position,
     text, cue, speaker_name, paragraph, start_offset, end_offset, partial, method, confidence, source_organization_id);`;
