import { Kind, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';

/**
 * The fields graphql-jit compiles for one operation of a validated document: every field of
 * the operation, each fragment spread counted with its fragment's fields as often as it is
 * spread (graphql-jit compiles a spread in place each time). What the compiled form's memory
 * grows with: about 2 KB of heap a field before its first run (docs/performance.md). An
 * operation that is not there counts 1.
 */
export function compiledFieldCount(document: DocumentNode, operationName: string | undefined): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation: OperationDefinitionNode | undefined;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    else if (definition.kind === Kind.OPERATION_DEFINITION && (operationName === undefined || definition.name?.value === operationName)) operation ??= definition;
  }
  if (operation === undefined) return 1;
  const perFragment = new Map<string, number>();
  const count = (selectionSet: SelectionSetNode, visiting: ReadonlySet<string>): number => {
    let fields = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) fields += 1 + (selection.selectionSet ? count(selection.selectionSet, visiting) : 0);
      else if (selection.kind === Kind.INLINE_FRAGMENT) fields += count(selection.selectionSet, visiting);
      else fields += fragmentFields(selection.name.value, visiting);
    }
    return fields;
  };
  const fragmentFields = (name: string, visiting: ReadonlySet<string>): number => {
    const known = perFragment.get(name);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    // Validation refuses unknown and cyclic spreads before anything is compiled; they count nothing here.
    if (fragment === undefined || visiting.has(name)) return 0;
    const fields = count(fragment.selectionSet, new Set(visiting).add(name));
    perFragment.set(name, fields);
    return fields;
  };
  return Math.max(1, count(operation.selectionSet, new Set()));
}
