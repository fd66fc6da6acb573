/**
 * The one ingestion pipeline, used by `npm run ingest` and the
 * `ingestArticle` mutation: raw text → extraction → entity linking →
 * one `saveArticle` transaction (bulk ingest: `ingestArticles` in batch-ingest.ts, the same steps
 * with one `saveArticleBatch` transaction for many articles).
 *
 * Entity linking makes one or two `lookup` calls (every name and alias of
 * every extracted entity; see linkEntities) and at most two `upsert` calls (organizations
 * first, so that people's roles can reference organization ids), none for the
 * entities that are stored already with everything the article says of them. The store
 * makes the article idempotent by url, or by content hash without one.
 */
import type { EntityService } from '../entities/entity-service';
import { normalizeName } from '../entities/normalize-name';
import { leavesUnchanged } from '../entities/unchanged-upsert';
import type { EntityLookup, EntityRecord, EntityUpsert, OrganizationRecord, PersonRecord } from '../records/entity-records';
import { ingestEvents } from '../events/ingest-events';
import type { NewsEvents } from '../events/news-events';
import { InvalidInputError } from '../errors';
import { ARTICLE_CAPS, overCap, overCapMessage } from '../store/article-caps';
import { withinQuoteCap } from './quote-cap';
import type { ArticleStore } from '../store/article-store';
import type { ArticleDraft, InsertOutcome } from '../records/article-records';
import { extractArticle, type ArticleExtraction } from './extract-article';
import { checkIngestInput } from './ingest-input';
import type { IngestInput } from '../records/article-records';
import type { EntityExtraction, ExtractedOrganization, ExtractedPerson } from './entity-extraction';


export interface IngestDeps {
  store: ArticleStore;
  entities: EntityService;
  /** Told of the new article, its quotes and entities that gained a name, after the save committed. */
  events?: NewsEvents;
}

export interface IngestResult {
  articleId: number;
  outcome: InsertOutcome;
  slug: string;
  people: number;
  organizations: number;
  quotes: number;
}

/**
 * Ingests one article. Throws InvalidInputError (nothing stored, nothing
 * sent to the entity service) for bad text or metadata; UpstreamError when the entity service fails (nothing stored either:
 * the article is written last).
 */
export async function ingestArticle(input: IngestInput, deps: IngestDeps): Promise<IngestResult> {
  const prepared = await prepareArticle(input, deps);
  return announceSaved(prepared, await deps.store.saveArticle(prepared.draft), deps);
}

/** An article extracted and linked, ready to save: its draft, what it links, and what the result reports. */
export interface PreparedArticle {
  draft: ArticleDraft;
  links: EntityLinks;
  people: number;
  organizations: number;
  quotes: number;
}

/**
 * Everything of ingestArticle before the save: the input checked, extraction, the quote cap, the
 * article caps, entity linking (the entity service's writes happen here) and the store's draft.
 */
export async function prepareArticle(input: IngestInput, deps: IngestDeps): Promise<PreparedArticle> {
  checkIngestInput(input);
  let extraction = extractArticle(input.text, {
    url: input.url,
    publishedAt: input.publishedAt,
    section: input.section,
    byline: input.byline,
    headline: input.headline,
  });
  // Reported speech past the quote cap is left out; direct quotes never are (quote-cap.ts).
  const capped = withinQuoteCap(extraction.quotes, ARTICLE_CAPS.quotes);
  if (capped.dropped > 0) extraction = { ...extraction, quotes: capped.quotes };
  // Refused before any entity is looked up or created; the store checks the same caps again.
  const over = overCap({ paragraphs: extraction.paragraphs, images: extraction.images, mentions: extraction.entities.mentions, quotes: extraction.quotes });
  if (over) throw new InvalidInputError(`Invalid article: ${overCapMessage(over)}`, over);
  const links = await linkEntities(extraction.entities, deps.entities);
  return {
    draft: buildDraft(extraction, links),
    links,
    people: extraction.entities.people.length,
    organizations: extraction.entities.organizations.length,
    quotes: extraction.quotes.length,
  };
}

/** After the save committed: subscribers told of a new or changed article, and the result. */
export async function announceSaved(prepared: PreparedArticle, saved: { id: number; outcome: InsertOutcome }, deps: IngestDeps): Promise<IngestResult> {
  const { draft, links } = prepared;
  if (deps.events && saved.outcome !== 'unchanged') {
    await deps.events.publish(await ingestEvents(deps.store, { articleId: saved.id, outcome: saved.outcome, draft, changedEntities: links.changed }));
  }
  return { articleId: saved.id, outcome: saved.outcome, slug: draft.slug, people: prepared.people, organizations: prepared.organizations, quotes: prepared.quotes };
}

/** How an extracted entity was tied to the entity service. */
export interface EntityLink {
  id: number;
  /** "exact-name", "alias", "surname" (matched an existing entity) or "new". */
  method: string;
  confidence: number;
}

export interface EntityLinks {
  people: EntityLink[];
  organizations: EntityLink[];
  /** Existing entities this article gave another name or a title. */
  changed: number[];
}

/**
 * Ties extracted people and organizations to the entity service: existing ones by name
 * or alias, the rest created. Lookups go in at most two batches: every organization's
 * names and every person's full name first; a person's other names (often a bare
 * surname, which may match hundreds of namesakes in a large entity base) only for the
 * people whose full name did not settle the match. The outcome is the same as looking
 * everything up at once, since matchPerson tries a person's names in order.
 */
export async function linkEntities(extracted: EntityExtraction, service: EntityService): Promise<EntityLinks> {
  const lookups: EntityLookup[] = [];
  const orgLookups = extracted.organizations.map((o) => namesOf(o).map((name) => lookups.push({ type: 'organization', name }) - 1));
  const personNames = extracted.people.map((p) => namesOf(p));
  const fullNameLookups = personNames.map((names) => (names.length > 0 ? lookups.push({ type: 'person', name: names[0] }) - 1 : -1));
  const found = lookups.length > 0 ? await service.lookup(lookups) : [];

  const personResults = personNames.map((_, i) => (fullNameLookups[i] === -1 ? [] : [found[fullNameLookups[i]] ?? []]));
  const settled = extracted.people.map((p, i) => matchPerson(p, personResults[i]));
  const otherLookups: EntityLookup[] = [];
  const otherNameLookups = personNames.map((names, i) =>
    settled[i] !== null ? [] : names.slice(1).map((name) => otherLookups.push({ type: 'person', name }) - 1),
  );
  const foundOthers = otherLookups.length > 0 ? await service.lookup(otherLookups) : [];
  for (const [i, keys] of otherNameLookups.entries()) personResults[i].push(...keys.map((k) => foundOthers[k] ?? []));

  const orgMatches = extracted.organizations.map((o, i) => matchOrganization(o, orgLookups[i].map((k) => found[k] ?? [])));
  const orgUpserts = extracted.organizations.map((o, i) => organizationUpsert(o, orgMatches[i]?.record ?? null));
  const orgIds = await upsertIds(service, orgUpserts, orgMatches.map((m) => m?.record ?? null));
  const organizations = orgIds.map((id, i) => ({ id, method: orgMatches[i]?.method ?? 'new', confidence: orgMatches[i]?.confidence ?? 0.9 }));

  const personMatches = extracted.people.map((p, i) => settled[i] ?? matchPerson(p, personResults[i]));
  const personUpserts = extracted.people.map((p, i) => personUpsert(p, personMatches[i]?.record ?? null, organizations));
  const personIds = await upsertIds(service, personUpserts, personMatches.map((m) => m?.record ?? null));
  const people = personIds.map((id, i) => ({ id, method: personMatches[i]?.method ?? 'new', confidence: personMatches[i]?.confidence ?? 0.9 }));
  return { people, organizations, changed: [...orgUpserts, ...personUpserts].filter(gainsSomething).map((u) => u.id as number) };
}

/** An upsert of an existing entity that adds a name or a title. */
function gainsSomething(upsert: EntityUpsert): boolean {
  return upsert.id != null && ((upsert.aliases?.length ?? 0) > 0 || (upsert.type === 'person' && upsert.title != null));
}

/**
 * The entity id of each upsert, in order. An upsert that would leave the entity it matched as
 * the lookup answered it (nothing new to add: most of an article's entities, once stored) is not
 * sent, since the service would write nothing and answer that entity; the rest go in one call.
 * An entity two of them matched is always sent, both times: the service applies them in order,
 * and the first may change what the second finds.
 */
async function upsertIds(service: EntityService, upserts: EntityUpsert[], matched: (EntityRecord | null)[]): Promise<number[]> {
  const times = new Map<number, number>();
  for (const record of matched) if (record !== null) times.set(record.id, (times.get(record.id) ?? 0) + 1);
  const known = upserts.map((upsert, i) => {
    const record = matched[i];
    return record !== null && times.get(record.id) === 1 && leavesUnchanged(upsert, record) ? record.id : null;
  });
  const records = await upsertAll(service, upserts.filter((_, i) => known[i] === null));
  let next = 0;
  return known.map((id) => id ?? records[next++].id);
}

async function upsertAll(service: EntityService, upserts: EntityUpsert[]): Promise<EntityRecord[]> {
  if (upserts.length === 0) return [];
  const records = await service.upsert(upserts);
  if (records.length !== upserts.length) throw new Error(`The entity service answered ${records.length} records for ${upserts.length} upserts.`);
  return records;
}

function namesOf(e: { name: string; aliases: string[] }): string[] {
  const seen = new Set<string>();
  return [e.name, ...e.aliases].filter((n) => {
    const key = normalizeName(n);
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

interface Match<T> {
  record: T;
  method: string;
  confidence: number;
}

function matchOrganization(_o: ExtractedOrganization, results: EntityRecord[][]): Match<OrganizationRecord> | null {
  for (let k = 0; k < results.length; k++) {
    const hit = results[k].find((r): r is OrganizationRecord => r.type === 'organization');
    if (hit) return { record: hit, method: k === 0 ? 'exact-name' : 'alias', confidence: k === 0 ? 0.95 : 0.85 };
  }
  return null;
}

/**
 * The first name looked up is the full name: its best hit links. Aliases
 * that are a bare surname link only to a person whose name ends with it and
 * whose given name (when we have one) agrees, and only when that person is the
 * only such candidate.
 */
function matchPerson(p: ExtractedPerson, results: EntityRecord[][]): Match<PersonRecord> | null {
  const names = namesOf(p);
  const ours = normalizeName(p.name).split(' ');
  for (let k = 0; k < results.length; k++) {
    const multiWord = names[k].trim().includes(' ');
    const hits = results[k].filter((r): r is PersonRecord => r.type === 'person');
    if (hits.length === 0) continue;
    if (k === 0 && (multiWord || hits.length === 1)) return { record: hits[0], method: 'exact-name', confidence: multiWord ? 0.95 : 0.8 };
    const fitting = hits.filter((h) => compatibleNames(ours, normalizeName(h.name).split(' ')));
    if (fitting.length === 1) return { record: fitting[0], method: multiWord ? 'alias' : 'surname', confidence: multiWord ? 0.9 : 0.75 };
  }
  return null;
}

/** Same surname, and same given name or initial when both give one. */
function compatibleNames(a: string[], b: string[]): boolean {
  if (a[a.length - 1] !== b[b.length - 1]) return false;
  if (a.length === 1 || b.length === 1) return true;
  return a[0] === b[0] || (a[0].length === 1 && b[0].startsWith(a[0])) || (b[0].length === 1 && a[0].startsWith(b[0]));
}

function organizationUpsert(o: ExtractedOrganization, existing: OrganizationRecord | null): EntityUpsert {
  if (existing) {
    return { type: 'organization', id: existing.id, name: existing.name, aliases: extraNames(o, existing) };
  }
  return { type: 'organization', name: o.name, aliases: o.aliases, kind: o.kind, country: o.country };
}

function personUpsert(p: ExtractedPerson, existing: PersonRecord | null, orgs: EntityLink[]): EntityUpsert {
  const roles = p.roles.map((r) => ({ title: r.title, organizationId: r.organization === null ? null : orgs[r.organization].id }));
  if (existing) {
    // "Kerry" stored from an earlier article, "John F. Kerry" in this one: the fullest form becomes the name.
    const fuller = fullerName(p.name, existing.name);
    return {
      type: 'person',
      id: existing.id,
      name: fuller ? p.name : existing.name,
      aliases: fuller ? [...extraNames(p, existing).filter((n) => normalizeName(n) !== normalizeName(p.name)), existing.name] : extraNames(p, existing),
      ...(existing.title === null && p.title !== null ? { title: p.title } : {}),
      roles,
    };
  }
  return { type: 'person', name: p.name, aliases: p.aliases, title: p.title, roles };
}

/**
 * Whether `ours` is a fuller form of the stored name: more words, the same
 * surname, and every stored given name or initial in its place ("Kerry" and
 * "John Kerry" < "John F. Kerry"; not "Bill Clinton" < "Hillary Clinton").
 */
export function fullerName(ours: string, stored: string): boolean {
  const a = normalizeName(ours).split(' ');
  const b = normalizeName(stored).split(' ');
  if (a.length <= b.length || a[a.length - 1] !== b[b.length - 1]) return false;
  return b.slice(0, -1).every((w, i) => w === a[i] || (w.length === 1 && a[i]?.startsWith(w)));
}

/** Our name and aliases that the stored entity does not have yet. */
function extraNames(ours: { name: string; aliases: string[] }, existing: { name: string; aliases: string[] }): string[] {
  const known = new Set([existing.name, ...existing.aliases].map(normalizeName));
  return namesOf(ours).filter((n) => !known.has(normalizeName(n)));
}

/** The store's draft: entity ids on mentions, speaker and source organization ids on quotes, provenance on both. */
export function buildDraft(x: ArticleExtraction, links: EntityLinks): ArticleDraft {
  const linkOf = (type: 'person' | 'organization', index: number): EntityLink => (type === 'person' ? links.people[index] : links.organizations[index]);
  return {
    slug: x.slug,
    url: x.url,
    headline: x.headline,
    headlineDerived: x.headlineDerived,
    section: x.section,
    dateline: x.dateline,
    byline: x.byline,
    publishedAt: x.publishedAt,
    paragraphs: x.paragraphs,
    images: x.images.map((i) => ({ caption: i.caption, credit: i.credit, url: null })),
    contentHash: x.contentHash,
    mentions: x.entities.mentions.map((m) => {
      const link = linkOf(m.type, m.entity);
      return {
        entityId: link.id,
        entityType: m.type,
        text: m.text,
        paragraph: m.paragraph,
        start: m.start,
        end: m.end,
        method: `${m.method}+${link.method}`,
        confidence: round(m.confidence * link.confidence),
      };
    }),
    quotes: x.quotes.map((q) => {
      // Quote.speaker is a Person: an organization source keeps its name, with no speaker id, and is
      // linked as the quote's source organization (Quote.source), through the same entity links as mentions.
      const source = q.source ?? q.speaker;
      const isPerson = source?.type === 'person';
      const speakerId = source && isPerson ? links.people[source.index].id : null;
      const sourceOrganizationId = source && !isPerson ? links.organizations[source.index].id : null;
      return {
        kind: q.kind,
        text: q.text,
        cue: q.cue,
        sourceOrganizationId,
        speakerId,
        speakerName: q.speakerName,
        paragraph: q.paragraph,
        start: q.start,
        end: q.end,
        partial: q.partial,
        attribution:
          source && q.method !== null && q.confidence !== null
            ? { method: isPerson ? q.method : `organization:${q.method}`, confidence: round(q.confidence * (isPerson ? links.people[source.index].confidence : 1)) }
            : null,
      };
    }),
  };
}

function round(n: number): number {
  return Math.round(Math.min(1, Math.max(0, n)) * 1000) / 1000;
}
