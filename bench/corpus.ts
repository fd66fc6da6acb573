import type { EntityService } from '../src/entities/entity-service';
import type { OrganizationKind, OrganizationRecord, PersonRecord } from '../src/records/entity-records';
import type { ArticleStore } from '../src/store/article-store';
import type { ArticleDraft, InsertOutcome } from '../src/records/article-records';

/**
 * A deterministic synthetic newsroom for benchmarks: the same seed and sizes
 * always give the same entities, articles, mentions and quotes (and, on a
 * fresh store, the same ids). Popularity is skewed the way news is: a few
 * people and organizations appear in many articles, most in a few.
 */
/** Bumped when the same seed and sizes write different articles (2: reported speech besides the direct quotes). */
export const CORPUS_VERSION = 2;

export interface CorpusOptions {
  seed: number;
  articles: number;
  /** Default: articles / 10, at least 50. */
  people?: number;
  /** Default: people / 5, at least 10. */
  organizations?: number;
  /** Articles per store call (one transaction on SQLite). Default 2,000. */
  batchSize?: number;
  /** Called with 0 once the entities exist, then after each batch with the number of articles written so far (a bulk store then builds the pair counts). */
  onProgress?: (written: number) => void;
}

export interface CorpusSummary {
  articles: number;
  mentions: number;
  quotes: number;
  /** Of `quotes`, the reported ones (indirect and mixed). */
  reportedQuotes: number;
  people: PersonRecord[];
  organizations: OrganizationRecord[];
  /** People by descending popularity rank (index 0 is mentioned most). */
  peopleByRank: PersonRecord[];
  /** Slug of the newest article. */
  newestSlug: string;
}

/**
 * A store that can save many drafts in one transaction, leaving the pair counts to one
 * set-based rebuild at the end (SqliteArticleStore).
 */
interface BulkStore {
  saveArticles(drafts: readonly ArticleDraft[], options: { pairCounts: 'rebuild' }): Promise<{ id: number; outcome: InsertOutcome }[]>;
  rebuildPairCounts(): Promise<void>;
}

const FIRST_NAMES = [
  'Amira', 'Bernard', 'Chiara', 'Dmitri', 'Elena', 'Farid', 'Greta', 'Hiroshi', 'Ingrid', 'Jamal', 'Katrin', 'Luis',
  'Mei', 'Nadia', 'Oskar', 'Priya', 'Quentin', 'Rosa', 'Samir', 'Tamar', 'Ulrich', 'Valeria', 'Wen', 'Xavier',
  'Yara', 'Zoltan', 'Aiko', 'Bruno', 'Carmen', 'Desmond', 'Esther', 'Felipe', 'Gloria', 'Hector', 'Irene', 'Jonas',
];
const SURNAMES = [
  'Abernathy', 'Balogun', 'Castellano', 'Drummond', 'Eriksen', 'Fairbanks', 'Gallagher', 'Haddad', 'Ivanova',
  'Jorgensen', 'Kowalczyk', 'Lindqvist', 'Moreau', 'Nakamura', 'Okafor', 'Petrakis', 'Quispe', 'Rasmussen',
  'Santangelo', 'Thorne', 'Uchida', 'Vasquez', 'Whitlock', 'Xiong', 'Yilmaz', 'Zamora', 'Achterberg', 'Bianchi',
  'Colquhoun', 'Delacroix', 'Esposito', 'Fitzgerald', 'Grimaldi', 'Halvorsen', 'Iglesias', 'Jablonski',
];
const ORG_STEMS = [
  'Northern', 'Coastal', 'Federal', 'Atlantic', 'Pacific', 'Central', 'Highland', 'Riverside', 'Eastern', 'Western',
  'Meridian', 'Summit', 'Harbor', 'Prairie', 'Granite', 'Silverline', 'Redwood', 'Bluewater', 'Ironbridge', 'Sunfield',
];
const ORG_FORMS: { suffix: string; kind: OrganizationKind; title: string }[] = [
  { suffix: 'Ministry of Finance', kind: 'GOVERNMENT_AGENCY', title: 'Finance Minister' },
  { suffix: 'Assembly', kind: 'LEGISLATURE', title: 'Speaker of the Assembly' },
  { suffix: 'Labour Party', kind: 'POLITICAL_PARTY', title: 'Party Leader' },
  { suffix: 'Holdings', kind: 'COMPANY', title: 'Chief Executive' },
  { suffix: 'University', kind: 'EDUCATION', title: 'Professor of Economics' },
  { suffix: 'Relief Fund', kind: 'NGO', title: 'Director' },
  { suffix: 'Gazette', kind: 'NEWS_MEDIA', title: 'Editor' },
  { suffix: 'Defence Forces', kind: 'MILITARY', title: 'General' },
];
const SECTIONS = ['Politics', 'Business', 'World', 'Science', 'Culture', 'Sport'];
const TOPICS = [
  'the budget', 'a trade agreement', 'the port expansion', 'water rights', 'the election timetable', 'interest rates',
  'a housing plan', 'the rail strike', 'vaccine supplies', 'the border talks', 'energy prices', 'a new stadium',
];
const VERBS = ['defends', 'criticizes', 'questions', 'backs', 'rejects', 'unveils', 'delays', 'revives'];
const QUOTE_WORDS = [
  'we', 'will', 'not', 'accept', 'a', 'deal', 'that', 'leaves', 'families', 'behind', 'this', 'is', 'the', 'right',
  'moment', 'to', 'act', 'numbers', 'speak', 'for', 'themselves', 'our', 'door', 'remains', 'open', 'nobody', 'wins',
  'delay', 'costs', 'more', 'every', 'week', 'trust', 'must', 'be', 'earned', 'again',
];
/** Reported speech (bench only): reporting phrases, reported clauses and the quoted fragments of mixed quotes. */
const REPORTED_CUES = ['said', 'told reporters', 'argued', 'insisted', 'warned', 'added', 'told the assembly', 'suggested'];
const REPORTED_CLAUSES = [
  'the plan would be ready by the spring', 'the costs had been badly underestimated', 'the talks would resume next week',
  'families could not wait much longer', 'nobody had been consulted in advance', 'the offer remained on the table',
  'the deal was fair to both sides', 'the timetable was still realistic', 'more money would be needed', 'the figures were being checked again',
];
const MIXED_OPENINGS = ['the proposal was', 'the delay had been', 'the vote would be', 'the new rules were'];
const MIXED_FRAGMENTS = ['a step too far', 'long overdue', 'not for sale', 'a matter of trust', 'the only way forward', 'simply unworkable'];
const DATELINES = ['GENEVA', 'NAIROBI', 'LIMA', 'OSLO', 'MANILA', 'CAIRO', 'LISBON', 'OTTAWA'];
/** Article i is published STEP_MS after article i-1, from a fixed start: newest is last. */
const START_MS = Date.UTC(2015, 0, 1);
const STEP_MS = 7 * 60 * 1000;

/** mulberry32: a tiny, fast, seeded PRNG; returns floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A skewed pick in [0, n): rank 0 is the most likely (roughly Zipf-like). */
function skewedIndex(random: () => number, n: number): number {
  return Math.min(n - 1, Math.floor(n * Math.pow(random(), 2.6)));
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

/** Unique, stable person names: first × surname, then a middle initial for larger corpora. */
function personName(i: number): { name: string; surname: string } {
  const first = FIRST_NAMES[i % FIRST_NAMES.length];
  const rest = Math.floor(i / FIRST_NAMES.length);
  const surname = SURNAMES[rest % SURNAMES.length];
  const round = Math.floor(rest / SURNAMES.length);
  const middle = round === 0 ? '' : ` ${String.fromCharCode(65 + (round % 26))}.${round >= 26 ? ` ${Math.floor(round / 26)}` : ''}`;
  return { name: `${first}${middle} ${surname}`, surname };
}

function organizationName(i: number): { name: string; form: (typeof ORG_FORMS)[number] } {
  const form = ORG_FORMS[i % ORG_FORMS.length];
  const stem = ORG_STEMS[Math.floor(i / ORG_FORMS.length) % ORG_STEMS.length];
  const round = Math.floor(i / (ORG_FORMS.length * ORG_STEMS.length));
  return { name: `${stem} ${form.suffix}${round === 0 ? '' : ` ${round + 1}`}`, form };
}

async function upsertInBatches<T>(entities: EntityService, inputs: Parameters<EntityService['upsert']>[0], size: number): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < inputs.length; i += size) out.push(...((await entities.upsert(inputs.slice(i, i + size))) as T[]));
  return out;
}

async function createOrganizations(entities: EntityService, count: number): Promise<OrganizationRecord[]> {
  const inputs = Array.from({ length: count }, (_, i) => {
    const { name, form } = organizationName(i);
    return { type: 'organization' as const, name, kind: form.kind, country: 'ZZ' };
  });
  return upsertInBatches<OrganizationRecord>(entities, inputs, 500);
}

async function createPeople(entities: EntityService, count: number, organizations: readonly OrganizationRecord[], random: () => number): Promise<PersonRecord[]> {
  const inputs = Array.from({ length: count }, (_, i) => {
    const { name, surname } = personName(i);
    const orgIndex = skewedIndex(random, organizations.length);
    const title = ORG_FORMS[orgIndex % ORG_FORMS.length].title;
    return {
      type: 'person' as const,
      name,
      aliases: [surname],
      title,
      roles: [{ title, organizationId: organizations[orgIndex].id }],
    };
  });
  return upsertInBatches<PersonRecord>(entities, inputs, 500);
}

function quoteText(random: () => number): string {
  const words = Array.from({ length: 6 + Math.floor(random() * 10) }, () => pick(random, QUOTE_WORDS));
  words[0] = words[0][0].toUpperCase() + words[0].slice(1);
  return `${words.join(' ')}.`;
}

/** Picks `n` distinct items by skewed rank. */
function distinctSkewed<T>(random: () => number, items: readonly T[], n: number): T[] {
  const chosen = new Set<number>();
  while (chosen.size < Math.min(n, items.length)) chosen.add(skewedIndex(random, items.length));
  return [...chosen].map((i) => items[i]);
}

/**
 * Article i's reported speech: about as many attributions as it has direct
 * quotes, each `X said (that) …` in a paragraph of its own, mostly INDIRECT,
 * some MIXED (a quoted fragment inside), some attributed to an organization
 * of the article ("The … Holdings said …": no speaker, the organization as
 * source), stored the way ingestion stores them. Drawn from a generator of
 * its own, seeded from the seed and the article index, so the shared
 * sequence (and everything else in the corpus) is what it was without them.
 */
function reportedQuotes(
  i: number,
  seed: number,
  directCount: number,
  cast: readonly PersonRecord[],
  orgs: readonly OrganizationRecord[],
  paragraphs: string[],
): ArticleDraft['quotes'] {
  const random = seededRandom((Math.imul(seed, 0x9e3779b1) ^ Math.imul(i + 1, 0x85ebca6b)) >>> 0);
  const count = Math.max(1, directCount - 1 + Math.floor(random() * 3));
  const quotes: ArticleDraft['quotes'] = [];
  for (let r = 0; r < count; r++) {
    const cue = pick(random, REPORTED_CUES);
    const mixed = random() < 0.25;
    const text = mixed ? `${pick(random, MIXED_OPENINGS)} "${pick(random, MIXED_FRAGMENTS)}"` : pick(random, REPORTED_CLAUSES);
    const that = random() < 0.5 ? 'that ' : '';
    const byOrganization = random() < 0.2;
    const speaker = cast[(r + 1) % cast.length];
    const name = byOrganization ? orgs[0].name : (speaker.aliases[0] ?? speaker.name);
    const p = paragraphs.push(`${byOrganization ? `The ${name}` : name} ${cue} ${that}${text}.`) - 1;
    const start = paragraphs[p].indexOf(text);
    quotes.push({
      kind: mixed ? 'mixed' : 'indirect',
      text,
      cue,
      speakerId: byOrganization ? null : speaker.id,
      speakerName: name,
      sourceOrganizationId: byOrganization ? orgs[0].id : null,
      paragraph: p,
      start,
      end: start + text.length,
      partial: false,
      attribution: { method: byOrganization ? 'organization:reported-speech' : 'reported-speech', confidence: 0.85 },
    });
  }
  return quotes;
}

/**
 * Article i: 2–5 people and 1–2 organizations, every one mentioned by name,
 * 1–4 direct quotes by people of that cast, then about as many reported
 * ones (reportedQuotes). Offsets are computed from the text,
 * so they satisfy the store's span checks.
 */
export function articleDraft(i: number, seed: number, people: readonly PersonRecord[], organizations: readonly OrganizationRecord[], random: () => number): ArticleDraft {
  const cast = distinctSkewed(random, people, 2 + Math.floor(random() * 4));
  const orgs = distinctSkewed(random, organizations, 1 + Math.floor(random() * 2));
  const topic = pick(random, TOPICS);
  const headline = `${cast[0].name} ${pick(random, VERBS)} ${topic} (${i})`;
  const paragraphs: string[] = [];
  const mentions: ArticleDraft['mentions'] = [];
  const quotes: ArticleDraft['quotes'] = [];
  const mention = (p: number, text: string, entityId: number, entityType: 'person' | 'organization'): void => {
    const start = paragraphs[p].indexOf(text);
    mentions.push({ entityId, entityType, text, paragraph: p, start, end: start + text.length, method: 'exact-name', confidence: 1 });
  };
  paragraphs.push(`${cast[0].name}, ${cast[0].title ?? 'an official'}, spoke on ${topic} at the ${orgs[0].name} on ${pick(random, ['Monday', 'Tuesday', 'Thursday', 'Friday'])}.`);
  mention(0, cast[0].name, cast[0].id, 'person');
  mention(0, orgs[0].name, orgs[0].id, 'organization');
  for (const person of cast.slice(1)) {
    const p = paragraphs.push(`${person.name} of the ${orgs[orgs.length - 1].name} was also present as the talks on ${topic} went on late into the evening.`) - 1;
    mention(p, person.name, person.id, 'person');
    if (orgs.length > 1) mention(p, orgs[1].name, orgs[1].id, 'organization');
  }
  const quoteCount = 1 + Math.floor(random() * 4);
  for (let q = 0; q < quoteCount; q++) {
    const speaker = cast[q % cast.length];
    const surname = speaker.aliases[0] ?? speaker.name;
    const text = quoteText(random);
    const partial = random() < 0.2;
    const p = paragraphs.push(partial ? `${surname} called it "${text}" and left.` : `"${text}" said ${surname}.`) - 1;
    const start = paragraphs[p].indexOf(text);
    quotes.push({ text, speakerId: speaker.id, speakerName: surname, paragraph: p, start, end: start + text.length, partial, attribution: { method: 'said-verb-after', confidence: 0.9 } });
  }
  quotes.push(...reportedQuotes(i, seed, quoteCount, cast, orgs, paragraphs));
  paragraphs.push(`Officials said further talks on ${topic} were planned. The ${orgs[0].name} did not comment further.`);
  return {
    slug: `${topic.replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '')}-${i}`,
    url: `https://news.example/${seed}/${i}`,
    headline,
    section: pick(random, SECTIONS),
    dateline: pick(random, DATELINES),
    byline: `By ${personName(i * 7 + 3).name}`,
    publishedAt: new Date(START_MS + i * STEP_MS).toISOString(),
    paragraphs,
    images: random() < 0.5 ? [{ caption: `Talks on ${topic}`, credit: 'Staff photographer', url: `https://img.news.example/${i}.jpg` }] : [],
    contentHash: `corpus-${seed}-${i}`,
    mentions,
    quotes,
  };
}

function isBulkStore(store: ArticleStore): store is ArticleStore & BulkStore {
  const bulk = store as Partial<BulkStore>;
  return typeof bulk.saveArticles === 'function' && typeof bulk.rebuildPairCounts === 'function';
}

async function saveBatch(store: ArticleStore, drafts: ArticleDraft[]): Promise<void> {
  if (isBulkStore(store)) await store.saveArticles(drafts, { pairCounts: 'rebuild' });
  else for (const draft of drafts) await store.saveArticle(draft);
}

/**
 * Writes the corpus straight through the store and the entity service (no
 * text extraction); a bulk store saves a batch per transaction and builds the pair
 * counts once at the end. Re-running with the same options on the same store
 * changes nothing: entities merge by name and articles by url.
 */
export async function generateCorpus(store: ArticleStore, entities: EntityService, options: CorpusOptions): Promise<CorpusSummary> {
  const random = seededRandom(options.seed);
  const peopleCount = options.people ?? Math.max(50, Math.floor(options.articles / 10));
  const organizationCount = options.organizations ?? Math.max(10, Math.floor(peopleCount / 5));
  const batchSize = options.batchSize ?? 2000;
  const organizations = await createOrganizations(entities, organizationCount);
  const people = await createPeople(entities, peopleCount, organizations, random);
  let mentions = 0;
  let quotes = 0;
  let reportedQuotes = 0;
  let newestSlug = '';
  options.onProgress?.(0);
  for (let start = 0; start < options.articles; start += batchSize) {
    const drafts: ArticleDraft[] = [];
    for (let i = start; i < Math.min(options.articles, start + batchSize); i++) {
      const draft = articleDraft(i, options.seed, people, organizations, random);
      mentions += draft.mentions.length;
      quotes += draft.quotes.length;
      for (const quote of draft.quotes) if (quote.kind !== undefined && quote.kind !== 'direct') reportedQuotes++;
      newestSlug = draft.slug;
      drafts.push(draft);
    }
    await saveBatch(store, drafts);
    options.onProgress?.(start + drafts.length);
  }
  // After the last onProgress: the bulk store builds the pair counts.
  if (isBulkStore(store)) await store.rebuildPairCounts();
  return { articles: options.articles, mentions, quotes, reportedQuotes, people, organizations, peopleByRank: people, newestSlug };
}
