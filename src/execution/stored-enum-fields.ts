import { getNullableType, isEnumType, isObjectType, type GraphQLSchema } from 'graphql';

/**
 * An enum field whose resolver only turns the record's stored value into the enum's name
 * (`Quote.kind`: the store's 'indirect' is INDIRECT).
 */
export interface StoredEnumField {
  typeName: string;
  fieldName: string;
  enumName: string;
  /** Stored spelling → the enum value's name, for every value the store holds. */
  names: Readonly<Record<string, string>>;
}

/*
 * graphql-jit runs a field that has a resolver through its resolver machinery: a resolve-info
 * object, the response path as a chain of objects, the arguments object and three closures per
 * call (as much of it as V8 does not optimize away). A field without one is read off the record
 * inline. Such a field here
 * loses its resolver, so the record's stored value is read as it is, and its enum serializes
 * the stored spellings to their names, as the resolver did, besides its own values (which it
 * still serializes and parses as before: arguments, default values and introspection are
 * unchanged). Both executors read the same schema, so they answer alike; an unknown stored
 * value is an error, as the enum makes it for any value it does not know.
 */

/**
 * Makes `fields` of `schema` read their stored values (see above), in place; returns how many
 * fields changed. The schema must declare each field with its enum (else this throws: a
 * renamed field must not silently keep a resolver nobody measures).
 */
export function readStoredEnumFields(schema: GraphQLSchema, fields: readonly StoredEnumField[]): number {
  let changed = 0;
  for (const spec of fields) {
    const type = schema.getType(spec.typeName);
    const enumType = schema.getType(spec.enumName);
    const field = isObjectType(type) ? type.getFields()[spec.fieldName] : undefined;
    if (field === undefined || !isEnumType(enumType)) throw new Error(`The schema has no field ${spec.typeName}.${spec.fieldName} or no enum ${spec.enumName}.`);
    if (getNullableType(field.type) !== enumType) throw new Error(`${spec.typeName}.${spec.fieldName} is not of the enum ${spec.enumName}.`);
    for (const name of Object.values(spec.names)) {
      if (enumType.getValue(name) === undefined) throw new Error(`The enum ${spec.enumName} has no value ${name}.`);
    }
    serializeStoredSpellings(enumType, spec.names);
    if (field.resolve !== undefined) {
      field.resolve = undefined;
      changed++;
    }
  }
  return changed;
}

type Serializable = { serialize(value: unknown): unknown };

/** Marks the enums already taught stored spellings, with the spellings (a second call with the same ones is a no-op). */
const taught = new WeakMap<object, Readonly<Record<string, string>>>();

function serializeStoredSpellings(enumType: Serializable, names: Readonly<Record<string, string>>): void {
  const known = taught.get(enumType);
  if (known !== undefined) {
    if (known !== names) throw new Error('An enum can be taught stored spellings once.');
    return;
  }
  const own = enumType.serialize.bind(enumType);
  const byStored = new Map(Object.entries(names));
  // An own property on this enum object: graphql-js and graphql-jit both call `type.serialize(value)`.
  enumType.serialize = (value: unknown): unknown => (typeof value === 'string' ? byStored.get(value) : undefined) ?? own(value);
  taught.set(enumType, names);
}
