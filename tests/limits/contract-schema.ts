import { buildSchema, GraphQLSchema } from 'graphql';

/**
 * The contract's public types as SDL (docs: /CONTRACT.md "The core schema"), so the limits are
 * measured against the real shape of the graph without building the type-graphql schema.
 */
export const CONTRACT_SDL = /* GraphQL */ `
  scalar DateTime
  interface Node { id: ID! }
  type PageInfo { hasNextPage: Boolean! hasPreviousPage: Boolean! startCursor: String endCursor: String }

  type Article implements Node {
    id: ID! slug: String! headline: String! section: String dateline: String byline: String
    publishedAt: DateTime body: String! paragraphs: [Paragraph!]! wordCount: Int!
    images: [Image!]!
    people: [Person!]
    organizations: [Organization!]
    mentions: [Mention!]!
    quotes: [Quote!]!
  }
  type Paragraph { index: Int! text: String! }
  type Image { caption: String credit: String url: String }
  union Entity = Person | Organization
  type Mention { entity: Entity text: String! paragraph: Int! start: Int! end: Int! }

  type Person implements Node {
    id: ID! name: String! aliases: [String!]!
    title: String
    roles: [Role!]! affiliations: [Organization!]!
    articles(first: Int, after: String): ArticleConnection!
    quotes(first: Int, after: String): QuoteConnection!
  }
  type Role { title: String! organization: Organization }
  enum OrganizationKind { GOVERNMENT COMPANY PARTY NGO MEDIA OTHER }
  type Organization implements Node {
    id: ID! name: String! aliases: [String!]! kind: OrganizationKind! country: String
    members: [Person!]!
    articles(first: Int, after: String): ArticleConnection!
  }
  type Quote implements Node {
    id: ID! text: String!
    speaker: Person speakerName: String
    article: Article! paragraph: Int! partial: Boolean!
  }

  type ArticleEdge { cursor: String! node: Article! }
  type ArticleConnection { edges: [ArticleEdge!]! nodes: [Article!]! pageInfo: PageInfo! totalCount: Int! }
  type PersonEdge { cursor: String! node: Person! }
  type PersonConnection { edges: [PersonEdge!]! nodes: [Person!]! pageInfo: PageInfo! totalCount: Int! }
  type OrganizationEdge { cursor: String! node: Organization! }
  type OrganizationConnection { edges: [OrganizationEdge!]! nodes: [Organization!]! pageInfo: PageInfo! totalCount: Int! }
  type QuoteEdge { cursor: String! node: Quote! }
  type QuoteConnection { edges: [QuoteEdge!]! nodes: [Quote!]! pageInfo: PageInfo! totalCount: Int! }

  union SearchResult = Article | Person | Organization | Quote
  input ArticleFilter { section: String mentions: [ID!] quotedSpeaker: ID search: String
                        publishedAfter: DateTime publishedBefore: DateTime }
  input QuoteFilter { speaker: ID article: ID organization: ID search: String }

  type Query {
    node(id: ID!): Node
    nodes(ids: [ID!]!): [Node]!
    article(id: ID, slug: String): Article
    articles(first: Int, after: String, filter: ArticleFilter): ArticleConnection!
    person(id: ID!): Person
    people(first: Int, after: String, search: String): PersonConnection!
    organization(id: ID!): Organization
    organizations(first: Int, after: String, search: String): OrganizationConnection!
    quote(id: ID!): Quote
    quotes(first: Int, after: String, filter: QuoteFilter): QuoteConnection!
    search(query: String!, first: Int): [SearchResult!]!
  }

  input IngestArticleInput { text: String! }
  type Mutation { ingestArticle(input: IngestArticleInput!): Article! }
`;

export function contractSchema(): GraphQLSchema {
  return buildSchema(CONTRACT_SDL);
}

/** Queries shaped like the README's examples: what the default limits must let through. */
export const README_QUERIES: Record<string, string> = {
  frontPage: `query FrontPage {
    articles(first: 20) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node {
        id slug headline section dateline byline publishedAt wordCount
        images { caption credit url }
        people { id name title affiliations { id name kind } }
        organizations { id name kind country }
      } }
    }
  }`,
  quotesWithSpeakers: `query QuotesWithSpeakers($first: Int = 20) {
    quotes(first: $first) {
      nodes {
        id text partial paragraph speakerName
        speaker { id name title roles { title organization { id name } } }
        article { id headline publishedAt }
      }
      pageInfo { hasNextPage endCursor }
    }
  }`,
  personWithQuotesAndArticles: `query Person($id: ID!) {
    person(id: $id) {
      id name aliases title
      roles { title organization { name } }
      affiliations { id name }
      quotes(first: 20) { totalCount edges { node { text article { headline slug publishedAt } } } }
      articles(first: 20) { totalCount nodes { headline slug organizations { name } } }
    }
  }`,
  articleReader: `query Article($slug: String!) {
    article(slug: $slug) {
      headline byline dateline publishedAt body wordCount
      paragraphs { index text }
      mentions { text paragraph start end entity { __typename ... on Person { id name } ... on Organization { id name } } }
      quotes { text speakerName speaker { id name quotes(first: 5) { nodes { text article { headline } } } } }
    }
  }`,
  search: `query Search($q: String!) {
    search(query: $q, first: 20) {
      __typename
      ... on Article { id headline }
      ... on Person { id name title }
      ... on Organization { id name kind }
      ... on Quote { id text speaker { name } }
    }
  }`,
  entityGraph: `{
    articles(first: 20) { edges { node {
      people { affiliations { members { name } } }
      quotes { speaker { quotes(first: 5) { nodes { article { headline } } } } }
    } } }
  }`,
  organizationMembers: `query Org($id: ID!) {
    organization(id: $id) {
      name kind country
      members { name title quotes(first: 3) { nodes { text } } }
      articles(first: 10) { edges { node { headline quotes { speaker { name } text } } } }
    }
  }`,
};
