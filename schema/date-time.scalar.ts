import { GraphQLScalarType } from 'graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { ReadMostlyLruMap } from '../src/lru-map';

/** Serialized date-times kept per stored string: an article's date is serialized on every page it appears on. */
const serialized = new ReadMostlyLruMap<string, string>(10_000);

/**
 * graphql-scalars' DateTime (same name, description, parsing of inputs and
 * checks), serialized straight to the text a client receives: graphql-scalars
 * validates and parses the stored string into a Date on every call, which
 * JSON then prints with `toISOString()`. This answers that same text, and
 * keeps it per stored string. An invalid value is refused exactly as before.
 */
export const DateTime = new GraphQLScalarType({
  ...GraphQLDateTime.toConfig(),
  serialize(value: unknown): string {
    if (typeof value === 'string') {
      let text = serialized.get(value);
      if (text === undefined) {
        text = toText(GraphQLDateTime.serialize(value));
        serialized.set(value, text);
      }
      return text;
    }
    return toText(GraphQLDateTime.serialize(value));
  },
});

function toText(value: unknown): string {
  // graphql-scalars answers a Date for every valid input.
  return value instanceof Date ? value.toISOString() : String(value);
}
