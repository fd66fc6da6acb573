import type { EntityType } from '../records/entity-records';
import type { ArticleRecord, ImageRecord, MentionRecord, QuoteDraft, QuoteKind, QuoteRecord } from '../records/article-records';

/**
 * Rows as both stores select them (same column names and value types; the
 * Postgres store casts JSON columns to text and parses int8 as number).
 */
export interface ArticleRow {
  id: number;
  slug: string;
  url: string | null;
  headline: string;
  /** 0/1 in SQLite, boolean in Postgres. */
  headline_derived: number | boolean;
  section: string | null;
  dateline: string | null;
  byline: string | null;
  published_at: string | null;
  sort_time: number;
  paragraphs: string;
  images: string;
  content_hash: string;
  ingested_at: string;
}

export interface MentionRow {
  id: number;
  article_id: number;
  entity_id: number;
  entity_type: string;
  text: string;
  paragraph: number;
  start_offset: number;
  end_offset: number;
  method: string;
  confidence: number;
}

export interface QuoteRow {
  id: number;
  article_id: number;
  position: number;
  kind: string;
  text: string;
  cue: string | null;
  speaker_id: number | null;
  speaker_name: string | null;
  paragraph: number;
  start_offset: number;
  end_offset: number;
  /** 0/1 in SQLite, boolean in Postgres. */
  partial: number | boolean;
  method: string | null;
  confidence: number | null;
  source_organization_id: number | null;
  sort_time: number;
}

export function articleFromRow(row: ArticleRow): ArticleRecord {
  return {
    id: row.id,
    slug: row.slug,
    url: row.url,
    headline: row.headline,
    headlineDerived: Boolean(row.headline_derived),
    section: row.section,
    dateline: row.dateline,
    byline: row.byline,
    publishedAt: row.published_at,
    paragraphs: JSON.parse(row.paragraphs) as string[],
    images: JSON.parse(row.images) as ImageRecord[],
    contentHash: row.content_hash,
    ingestedAt: row.ingested_at,
  };
}

export function mentionFromRow(row: MentionRow): MentionRecord {
  return {
    id: row.id,
    articleId: row.article_id,
    entityId: row.entity_id,
    entityType: row.entity_type as EntityType,
    text: row.text,
    paragraph: row.paragraph,
    start: row.start_offset,
    end: row.end_offset,
    method: row.method,
    confidence: row.confidence,
  };
}

export function quoteFromRow(row: QuoteRow): QuoteRecord {
  return {
    id: row.id,
    articleId: row.article_id,
    position: row.position,
    kind: row.kind as QuoteKind,
    text: row.text,
    cue: row.cue,
    speakerId: row.speaker_id,
    speakerName: row.speaker_name,
    paragraph: row.paragraph,
    start: row.start_offset,
    end: row.end_offset,
    partial: Boolean(row.partial),
    sourceOrganizationId: row.source_organization_id,
    attribution: row.method === null || row.confidence === null ? null : { method: row.method, confidence: row.confidence },
  };
}

/** Groups rows by a key into one list per key, in key order. */
export function groupInKeyOrder<K, R, T>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K, map: (row: R) => T): T[][] {
  const byKey = new Map<K, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    let list = byKey.get(key);
    if (!list) byKey.set(key, (list = []));
    list.push(map(row));
  }
  return keys.map((k) => byKey.get(k) ?? []);
}

/** One slot per key, in key order, null where no row has that key. */
export function slotsInKeyOrder<K, R, T>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K, map: (row: R) => T): (T | null)[] {
  const byKey = new Map<K, T>();
  for (const row of rows) byKey.set(keyOf(row), map(row));
  return keys.map((k) => byKey.get(k) ?? null);
}

/** The JSON an insert statement expands into mention rows. */
export function mentionsJson(mentions: readonly Omit<MentionRecord, 'id' | 'articleId'>[]): string {
  return JSON.stringify(
    mentions.map((m) => ({
      entity_id: m.entityId,
      entity_type: m.entityType,
      text: m.text,
      paragraph: m.paragraph,
      start_offset: m.start,
      end_offset: m.end,
      method: m.method,
      confidence: m.confidence,
    })),
  );
}

/** A quote as the statement that writes an article's quotes reads it from JSON. */
export interface QuoteInsertRow {
  position: number;
  kind: QuoteKind;
  text: string;
  cue: string | null;
  source_organization_id: number | null;
  speaker_id: number | null;
  speaker_name: string | null;
  paragraph: number;
  start_offset: number;
  end_offset: number;
  partial: boolean;
  method: string | null;
  confidence: number | null;
}

/** The row a quote is written as; `position` is its place in the article. */
export function quoteRow(q: QuoteDraft, position: number): QuoteInsertRow {
  return {
    position,
    kind: q.kind ?? 'direct',
    text: q.text,
    cue: q.cue ?? null,
    source_organization_id: q.sourceOrganizationId ?? null,
    speaker_id: q.speakerId,
    speaker_name: q.speakerName,
    paragraph: q.paragraph,
    start_offset: q.start,
    end_offset: q.end,
    partial: q.partial,
    method: q.attribution?.method ?? null,
    confidence: q.attribution?.confidence ?? null,
  };
}
