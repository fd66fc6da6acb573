/**
 * `@newsgraph/sdk`: the typed client and, for every operation in sdk/operations, its result
 * and variable types and its TypedDocumentNode (FrontPageDocument, …).
 */
export * from './client';
export * from './generated/graphql';
