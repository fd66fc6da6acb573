import { toGlobalId } from '../src/ids';
import type { CorpusSummary } from './corpus';

/** One benchmark operation: what clients send, and how deep it reaches. */
export interface Scenario {
  name: string;
  description: string;
  operationName: string;
  query: string;
  variables: Record<string, unknown>;
  /**
   * Levels of the query that need data: the number of store statements and
   * of entity-service requests a fully batched execution costs (the goal).
   */
  levels: { store: number; entities: number };
}

/** The front page: 20 newest articles with people, organizations, direct quotes and speakers (as before reported speech was stored). */
export const FRONT_PAGE = `query FrontPage {
  articles(first: 20) {
    nodes {
      id slug headline section dateline publishedAt
      people { id name title }
      organizations { id name kind }
      quotes(kinds: [DIRECT]) { id text partial speaker { id name title } }
    }
  }
}`;

/** The same front page with every kind of quote (reported speech too), each with its kind, cue and source. */
export const FRONT_PAGE_ALL_KINDS = `query FrontPageAllKinds {
  articles(first: 20) {
    nodes {
      id slug headline section dateline publishedAt
      people { id name title }
      organizations { id name kind }
      quotes(kinds: [DIRECT, INDIRECT, MIXED]) {
        id text partial kind cue
        speaker { id name title }
        source { ... on Person { id name } ... on Organization { id name } }
      }
    }
  }
}`;

const ARTICLE_BY_SLUG = `query ArticleBySlug($slug: String!) {
  article(slug: $slug) {
    id headline byline publishedAt body
    people { id name title affiliations { id name } }
    organizations { id name kind }
    quotes { id text partial speaker { id name } }
  }
}`;

const PERSON_WITH_QUOTES = `query PersonWithQuotes($id: ID!) {
  person(id: $id) {
    id name title
    affiliations { id name }
    quotes(first: 10) { totalCount nodes { id text article { id headline slug publishedAt } } }
  }
}`;

const SEARCH = `query Search($text: String!) {
  search(query: $text, first: 10) {
    __typename
    ... on Article { id headline slug }
    ... on Person { id name }
    ... on Organization { id name }
    ... on Quote { id text speakerName }
  }
}`;

const QUOTES_BY_SPEAKER = `query QuotesBySpeaker($speaker: ID!) {
  quotes(first: 20, filter: { speaker: $speaker }) {
    totalCount
    nodes { id text partial speaker { id name } article { id headline } }
  }
}`;

/** The benchmark scenarios, with variables drawn from the corpus. */
export function buildScenarios(corpus: CorpusSummary): Scenario[] {
  const popular = corpus.peopleByRank[0];
  const regular = corpus.peopleByRank[Math.min(corpus.peopleByRank.length - 1, 20)];
  return [
    {
      name: 'front-page',
      description: '20 newest articles with people, organizations, quotes and speakers',
      operationName: 'FrontPage',
      query: FRONT_PAGE,
      variables: {},
      // articles page; mentions + quotes | people, organizations and speakers
      levels: { store: 3, entities: 1 },
    },
    {
      name: 'front-page-all-kinds',
      description: 'the front page with every kind of quote (direct, indirect, mixed), each with kind, cue, speaker and source',
      operationName: 'FrontPageAllKinds',
      query: FRONT_PAGE_ALL_KINDS,
      variables: {},
      // articles page; mentions + quotes | people, organizations, speakers and source organizations
      levels: { store: 3, entities: 1 },
    },
    {
      name: 'article-by-slug',
      description: 'one article by slug with people and their affiliations, organizations, quotes',
      operationName: 'ArticleBySlug',
      query: ARTICLE_BY_SLUG,
      variables: { slug: corpus.newestSlug },
      // article; mentions + quotes | entities; affiliations
      levels: { store: 3, entities: 2 },
    },
    {
      name: 'person-with-quotes',
      description: 'a frequently quoted person, affiliations, 10 quotes with their articles',
      operationName: 'PersonWithQuotes',
      query: PERSON_WITH_QUOTES,
      variables: { id: toGlobalId('Person', popular.id) },
      // quotes page; their articles | the person; affiliations
      levels: { store: 2, entities: 2 },
    },
    {
      name: 'search',
      description: 'search across articles, people, organizations and quotes (10 hits)',
      operationName: 'Search',
      query: SEARCH,
      variables: { text: regular.name },
      // articles + quotes (full text) | people + organizations lists
      levels: { store: 2, entities: 2 },
    },
    {
      name: 'quotes-by-speaker',
      description: "20 of one speaker's quotes with speaker and article",
      operationName: 'QuotesBySpeaker',
      query: QUOTES_BY_SPEAKER,
      variables: { speaker: toGlobalId('Person', regular.id) },
      // quotes page; their articles | speakers
      levels: { store: 2, entities: 1 },
    },
  ];
}
