import type { OperationDefinitionNode } from 'graphql';

/** How large a request's variables are, as far as the walk went (it stops past a bound). */
export interface JsonSize {
  /** Length of the variables as JSON, in characters (escapes not counted); past `maxBytes`, some value over it. */
  bytes: number;
  /** Deepest nesting of objects and arrays; the variables object itself is depth 1. Past `maxDepth`, some value over it. */
  depth: number;
}

/**
 * Measures `value` as JSON without recursion (a variable nested 100,000 levels deep cannot
 * overflow the stack) and stops as soon as it passes either bound, so measuring costs at
 * most about `maxBytes` steps however large the value is.
 */
export function measureJson(value: unknown, maxBytes: number, maxDepth: number): JsonSize {
  let bytes = 0;
  let depth = 0;
  // Two parallel stacks (value, its depth) rather than an object per entry: the response-size
  // check walks every answer, and this walk allocates nothing per value.
  const values: unknown[] = [value];
  const depths: number[] = [1];
  while (values.length > 0) {
    const item = values.pop();
    const itemDepth = depths.pop() as number;
    if (typeof item === 'string') bytes += item.length + 2;
    else if (typeof item === 'number' || typeof item === 'boolean') bytes += String(item).length;
    else if (item === null || item === undefined) bytes += 4;
    else if (typeof item === 'object') {
      depth = Math.max(depth, itemDepth);
      if (depth > maxDepth) return { bytes, depth };
      bytes += 2;
      if (Array.isArray(item)) {
        for (const element of item) {
          bytes += 1;
          values.push(element);
          depths.push(itemDepth + 1);
          if (bytes > maxBytes) return { bytes, depth };
        }
      } else {
        for (const key of Object.keys(item)) {
          bytes += key.length + 4;
          values.push((item as Record<string, unknown>)[key]);
          depths.push(itemDepth + 1);
          if (bytes > maxBytes) return { bytes, depth };
        }
      }
    } else bytes += 4;
    if (bytes > maxBytes) return { bytes, depth };
  }
  return { bytes, depth };
}

/** Names of `variables` the operation does not declare (at most `limit` of them). */
export function undeclaredVariables(operation: OperationDefinitionNode, variables: Readonly<Record<string, unknown>> | undefined, limit = 5): string[] {
  if (!variables) return [];
  const declared = new Set((operation.variableDefinitions ?? []).map((definition) => definition.variable.name.value));
  const undeclared: string[] = [];
  for (const name of Object.keys(variables)) {
    if (declared.has(name)) continue;
    undeclared.push(name);
    if (undeclared.length >= limit) break;
  }
  return undeclared;
}

/** Only the declared variables' values, keys sorted: what can change an operation's measures. */
export function declaredVariablesKey(operation: OperationDefinitionNode, variables: Readonly<Record<string, unknown>> | undefined): string {
  const names = (operation.variableDefinitions ?? []).map((definition) => definition.variable.name.value).sort();
  return JSON.stringify(names.map((name) => (variables && Object.prototype.hasOwnProperty.call(variables, name) ? variables[name] : null)));
}
