/*
 * The JSON text of a query's `data`, byte for byte what `JSON.stringify` gives, for the
 * known-operation lane (fast-lane.ts), which answers the same compiled documents again and again.
 *
 * Most of an answer repeats from one request to the next: a record's fields as a selection
 * asks for them (an article's headline, its quotes with their kind and speaker). An object
 * carrying a string `id` (a record's selection, with its nested objects and lists) is kept as
 * text per position in the answer (the path of response keys, list items sharing their
 * list's position) and id, together with every key and value the text was made from. The
 * next answer's object at that position with that id gets the kept text only when its keys
 * are the same, in the same order, its lists as long, and every value the same (`===`): so
 * the text is always what `JSON.stringify` would write now, however the records changed (an
 * edit, a merge, a new entity record) and whatever their identity; checking is a walk without
 * writing. Objects without an id are written key by key, their values as above; what a kept
 * text may not be made of (values other than strings, numbers, booleans and null, objects
 * that are not plain or have `toJSON`) is written by `JSON.stringify`.
 *
 * A position where fewer than half the objects are found kept and unchanged, over WINDOW
 * of them, stops keeping for RETRY_AFTER objects: where objects change on every answer, its
 * objects' own positions below it keep instead (an article with a field that changes on
 * every request still has its quotes kept); where ids are mostly new (a client paging through
 * the archive), keeping them would only cost (a first writing costs about twice
 * `JSON.stringify`). Bounded: the kept text and values of all positions count
 * against a budget; when it is spent, every position drops what it kept and the count
 * starts again. Positions are made per response key, at most MAX_CHILDREN under one.
 */

/** Kept over all positions, roughly in bytes (a character of text one, a key or value eight), before it is all dropped. */
const DEFAULT_BUDGET = 8_000_000;
/** Response keys one position makes positions for (a JSON scalar's keys are not bounded by the query). */
const MAX_CHILDREN = 256;
/** Objects over which a position's share of those found kept and unchanged is judged. */
const WINDOW = 256;
/** Objects a position that stopped keeping writes before it keeps again. */
const RETRY_AFTER = 4096;

/** Marks in a kept object's keys and values: a nested object starts (its keys and values follow), it ends; a list starts (its length and items follow). */
const NESTED = Symbol('nested');
const ENDS = Symbol('ends');
const LIST = Symbol('list');

type Flat = unknown[];

interface Kept {
  /** key, value, key, value…; a nested object's value is NESTED, its keys and values, ENDS; a list's is LIST, its length, its items. */
  flat: Flat;
  json: string;
}

/** A position in the answers of one document: the same response-key path. */
class Position {
  readonly children = new Map<string, Position>();
  readonly kept = new Map<string, Kept>();
  /** Objects looked up, and those found kept and unchanged, in this window, while keeping; objects left to write before keeping again, while not. */
  lookups = 0;
  found = 0;
  pausedFor = 0;
  /** `"key":` as JSON.stringify writes this position's key. */
  constructor(readonly prefix: string) {}
}

const isPlain = (value: object): boolean => {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/** The value kinds a kept text may be made of (JSON.stringify writes each the same way whenever it is the same value). */
const isKeptLeaf = (value: unknown): boolean => value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

export class AnswerJson {
  private readonly roots = new WeakMap<object, Position>();
  private readonly budget: number;
  private spent = 0;
  /** The positions keeping something now (what a spent budget clears). */
  private readonly keeping = new Set<Position>();

  constructor(options: { budget?: number } = {}) {
    this.budget = options.budget ?? DEFAULT_BUDGET;
  }

  /** What `JSON.stringify(data)` gives, for the answers of the document `document` (any object identifying it, e.g. its compiled form). */
  stringify(data: Record<string, unknown>, document: object): string {
    let root = this.roots.get(document);
    if (root === undefined) {
      root = new Position('');
      this.roots.set(document, root);
    }
    return this.value(data, root) ?? JSON.stringify(data);
  }

  /** What is kept now, in the budget's units (a character of text one, a key or value eight). */
  keptChars(): number {
    return this.spent;
  }

  /** Undefined where JSON.stringify leaves the value out (undefined, a function, a symbol, or what a `toJSON` gives for them). */
  private value(value: unknown, position: Position): string | undefined {
    if (typeof value !== 'object' || value === null) return JSON.stringify(value) as string | undefined;
    if (Array.isArray(value)) return this.list(value, position);
    if (!isPlain(value) || typeof (value as { toJSON?: unknown }).toJSON === 'function') return JSON.stringify(value) as string | undefined;
    const record = value as Record<string, unknown>;
    const id = record.id;
    if (typeof id !== 'string') return this.object(record, position);
    if (position.pausedFor > 0) {
      position.pausedFor--;
      return this.object(record, position);
    }
    const kept = position.kept.get(id);
    const unchanged = kept !== undefined && sameAs(record, kept.flat, 0) === kept.flat.length;
    if (unchanged) position.found++;
    const stops = this.judge(position);
    if (unchanged) return kept.json;
    if (stops) return this.object(record, position);
    const flat: Flat = [];
    if (!flatten(record, flat)) return this.object(record, position);
    const json = JSON.stringify(record);
    const size = json.length + 8 * flat.length;
    if (this.spent + size > this.budget) {
      for (const keeping of this.keeping) keeping.kept.clear();
      this.keeping.clear();
      this.spent = 0;
    }
    if (size <= this.budget) {
      const previous = position.kept.get(id);
      if (previous !== undefined) this.spent -= previous.json.length + 8 * previous.flat.length;
      position.kept.set(id, { flat, json });
      this.keeping.add(position);
      this.spent += size;
    }
    return json;
  }

  /** Counts a look-up at `position`; true when the position stops keeping now. */
  private judge(position: Position): boolean {
    if (++position.lookups < WINDOW) return false;
    const stops = position.found * 2 < position.lookups;
    position.lookups = 0;
    position.found = 0;
    if (stops) {
      this.drop(position);
      position.pausedFor = RETRY_AFTER;
    }
    return stops;
  }

  private drop(position: Position): void {
    for (const kept of position.kept.values()) this.spent -= kept.json.length + 8 * kept.flat.length;
    position.kept.clear();
    this.keeping.delete(position);
  }

  private list(items: readonly unknown[], position: Position): string {
    let json = '[';
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (i > 0) json += ',';
      // As JSON.stringify: what an object would leave out (a `toJSON` may give undefined too) is null in a list.
      json += (item === undefined || typeof item === 'function' || typeof item === 'symbol' ? undefined : this.value(item, position)) ?? 'null';
    }
    return json + ']';
  }

  private object(record: Record<string, unknown>, position: Position): string {
    let json = '{';
    let first = true;
    for (const key in record) {
      const field = record[key];
      if (field === undefined || typeof field === 'function' || typeof field === 'symbol') continue;
      const child = this.child(position, key);
      const text = this.value(field, child);
      // A `toJSON` that gives undefined leaves the key out, as JSON.stringify does.
      if (text === undefined) continue;
      json += first ? child.prefix + text : ',' + child.prefix + text;
      first = false;
    }
    return json + '}';
  }

  private child(position: Position, key: string): Position {
    let child = position.children.get(key);
    if (child === undefined) {
      child = new Position(`${JSON.stringify(key)}:`);
      if (position.children.size < MAX_CHILDREN) position.children.set(key, child);
      // A position made for one object only never keeps (what it kept would never be found).
      else child.pausedFor = Number.POSITIVE_INFINITY;
    }
    return child;
  }
}

/** The keys and values of `record` into `flat`; false when it holds anything a kept text may not be made of. */
function flatten(record: Record<string, unknown>, flat: Flat): boolean {
  for (const key in record) {
    flat.push(key);
    if (!flattenValue(record[key], flat)) return false;
  }
  return true;
}

function flattenValue(value: unknown, flat: Flat): boolean {
  if (isKeptLeaf(value)) {
    flat.push(value);
    return true;
  }
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) {
    flat.push(LIST, value.length);
    for (const item of value as unknown[]) if (!flattenValue(item, flat)) return false;
    return true;
  }
  if (!isPlain(value)) return false;
  flat.push(NESTED);
  if (!flatten(value as Record<string, unknown>, flat)) return false;
  flat.push(ENDS);
  return true;
}

/** Where `record`'s keys and values end in `flat` from `at`, when they are the same as there; -1 when not. */
function sameAs(record: Record<string, unknown>, flat: Flat, at: number): number {
  let i = at;
  for (const key in record) {
    if (flat[i] !== key) return -1;
    i = sameValue(record[key], flat, i + 1);
    if (i < 0) return -1;
  }
  return i;
}

function sameValue(value: unknown, flat: Flat, at: number): number {
  const kept = flat[at];
  if (kept === NESTED) {
    if (typeof value !== 'object' || value === null || Array.isArray(value) || !isPlain(value)) return -1;
    const i = sameAs(value as Record<string, unknown>, flat, at + 1);
    return i < 0 || flat[i] !== ENDS ? -1 : i + 1;
  }
  if (kept === LIST) {
    if (!Array.isArray(value) || value.length !== flat[at + 1]) return -1;
    let i = at + 2;
    for (let n = 0; n < value.length && i >= 0; n++) i = sameValue((value as unknown[])[n], flat, i);
    return i;
  }
  return value === kept ? at + 1 : -1;
}
