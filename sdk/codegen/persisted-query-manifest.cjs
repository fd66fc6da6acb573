// @ts-check
/**
 * A GraphQL Code Generator plugin writing an Apollo persisted query manifest
 * (`{ format: "apollo-persisted-query-manifest", version: 1, operations: [...] }`)
 * for every operation in the loaded documents.
 *
 * Each operation's `body` is `print()` of a document holding the operation and,
 * after it, every fragment it uses (transitively, in order of first use): the
 * same text the SDK client sends for the generated typed document, so the
 * manifest's `id` (sha256 of `body`, hex) is the hash the client sends for
 * automatic persisted queries. Operations are sorted by name, so the file is
 * stable. Plain CommonJS because the codegen CLI loads plugins with require().
 */
const { createHash } = require('node:crypto');
const { Kind, print, visit } = require('graphql');

/** @typedef {import('graphql').DocumentNode} DocumentNode */
/** @typedef {import('graphql').FragmentDefinitionNode} FragmentDefinitionNode */
/** @typedef {import('graphql').OperationDefinitionNode} OperationDefinitionNode */

/**
 * @param {import('graphql').ASTNode} node
 * @returns {string[]} names of the fragments spread in `node`, in order of first appearance
 */
function spreadNames(node) {
  /** @type {string[]} */
  const names = [];
  visit(node, {
    FragmentSpread(spread) {
      if (!names.includes(spread.name.value)) names.push(spread.name.value);
    },
  });
  return names;
}

/**
 * @param {OperationDefinitionNode} operation
 * @param {Map<string, FragmentDefinitionNode>} fragments
 * @returns {DocumentNode}
 */
function operationDocument(operation, fragments) {
  /** @type {FragmentDefinitionNode[]} */
  const used = [];
  const pending = spreadNames(operation);
  while (pending.length > 0) {
    const name = /** @type {string} */ (pending.shift());
    const fragment = fragments.get(name);
    if (!fragment) throw new Error(`Fragment "${name}" is used but not defined in the documents.`);
    if (used.includes(fragment)) continue;
    used.push(fragment);
    pending.push(...spreadNames(fragment));
  }
  return { kind: Kind.DOCUMENT, definitions: [operation, ...used] };
}

/** @type {import('@graphql-codegen/plugin-helpers').PluginFunction} */
function plugin(_schema, documents) {
  const definitions = documents.flatMap((file) => (file.document ? file.document.definitions : []));
  /** @type {Map<string, FragmentDefinitionNode>} */
  const fragments = new Map();
  for (const definition of definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const operations = definitions
    .filter(/** @returns {d is OperationDefinitionNode} */ (d) => d.kind === Kind.OPERATION_DEFINITION)
    .map((operation) => {
      if (!operation.name) throw new Error('Every persisted operation needs a name.');
      const body = print(operationDocument(operation, fragments));
      return {
        id: createHash('sha256').update(body).digest('hex'),
        name: operation.name.value,
        type: operation.operation,
        body,
      };
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return `${JSON.stringify({ format: 'apollo-persisted-query-manifest', version: 1, operations }, null, 2)}\n`;
}

module.exports = { plugin };
