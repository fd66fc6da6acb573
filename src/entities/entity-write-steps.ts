import type { EntitySize } from './entity-input';
import type { MergeRow, MergeStatement } from './entity-merge';
import type { EntityType, EntityUpsert, RoleRecord } from '../records/entity-records';

/*
 * The primitive steps the entity write flows (entity-write-flows.ts) ask a store for, and the
 * two drivers that run a flow against a store.
 *
 * A flow is written once, as a generator: it yields a step (`{ step: 'entityRow', id }`) and
 * resumes with the step's result. The SQLite service answers each step synchronously inside
 * its better-sqlite3 transaction (`runSync`); the PostgreSQL service awaits each one inside its
 * transaction (`runAsync`). A store thus supplies only what really differs between the
 * dialects, one statement (or, for `deleteRoles`, SQLite's one per id) per step, while the
 * order of the statements, the checks between them and the errors belong to the flow.
 */

/** What each step carries, by name. */
export interface WriteStepArgs {
  /** The stored type and survivor of an entity, by id. */
  entityRow: { id: number };
  /** The live entity an id-less upsert merges into: same rules and order as lookup's best match. */
  mergeTarget: { type: EntityType; normalized: string };
  /** A new entity; answers its id. */
  insertEntity: { input: EntityUpsert; normalized: string };
  /** The entity's name replaced when `rename`, its other fields when a new non-null value is given. */
  updateEntity: { id: number; input: EntityUpsert; normalized: string; rename: boolean };
  /** An alias added unless held already or equal to the name. */
  insertAlias: { id: number; alias: string; normalized: string };
  /** The roles a person holds, unordered. */
  heldRoles: { personId: number };
  insertRole: { personId: number; role: RoleRecord };
  /** What the entity holds now, for the size limits. */
  size: { id: number };
  /** The rows a merge names (PostgreSQL locks them). */
  mergeRows: { ids: number[] };
  /** One statement of a retirement (entity-merge.ts retireSql), bound to the two ids. */
  retireStatement: { statement: MergeStatement; into: number; from: number };
  /** The roles a person holds, in the order they were added. */
  rolesOf: { personId: number };
  /** The roles naming an organization. */
  members: { organizationId: number };
  /** Roles deleted by id (never empty). */
  deleteRoles: { ids: number[] };
}

/** What each step answers, by name. */
export interface WriteStepResults {
  entityRow: { type: string; merged_into: number | null } | undefined;
  mergeTarget: number | null;
  insertEntity: number;
  /** Rows changed: 0 when the row already held every value given. */
  updateEntity: number;
  /** Rows added: 0 when the alias was held already or is the name. */
  insertAlias: number;
  heldRoles: { title: string; organization_id: number | null }[];
  insertRole: void;
  size: EntitySize;
  mergeRows: MergeRow[];
  retireStatement: void;
  rolesOf: RoleRecord[];
  members: { id: number; person_id: number; title: string; organization_id: number | null }[];
  deleteRoles: void;
}

export type WriteStepName = keyof WriteStepArgs;

/** A step as a flow yields it: its name and what it carries. */
export type WriteStep = { [K in WriteStepName]: { step: K } & WriteStepArgs[K] }[WriteStepName];

/** A write flow: yields steps, resumes with their results, returns T. */
export type WriteFlow<T> = Generator<WriteStep, T, unknown>;

/** A store's steps, answered at once (better-sqlite3). */
export type SyncWriteSteps = { [K in WriteStepName]: (step: WriteStepArgs[K]) => WriteStepResults[K] };

/** A store's steps, answered by a promise (pg). */
export type AsyncWriteSteps = { [K in WriteStepName]: (step: WriteStepArgs[K]) => Promise<WriteStepResults[K]> };

/** Inside a flow, `yield* perform({ step: 'size', id })` asks for one step and evaluates to its result. */
export function* perform<K extends WriteStepName>(step: { step: K } & WriteStepArgs[K]): WriteFlow<WriteStepResults[K]> {
  // The drivers resume the flow with the result of the handler named by `step.step`.
  return (yield step as unknown as WriteStep) as WriteStepResults[K];
}

/** Runs a flow to its end, each step answered by the store at once; whatever a step or the flow throws passes through. */
export function runSync<T>(flow: WriteFlow<T>, steps: SyncWriteSteps): T {
  let next = flow.next();
  while (!next.done) next = flow.next(handlerOf(steps, next.value)(next.value));
  return next.value;
}

/** Runs a flow to its end, awaiting each step before the next; whatever a step or the flow throws passes through. */
export async function runAsync<T>(flow: WriteFlow<T>, steps: AsyncWriteSteps): Promise<T> {
  let next = flow.next();
  while (!next.done) next = flow.next(await handlerOf(steps, next.value)(next.value));
  return next.value;
}

/** The handler of a step, typed for the union (TypeScript cannot pair a handler with its step's name). */
function handlerOf(steps: SyncWriteSteps | AsyncWriteSteps, step: WriteStep): (step: WriteStep) => unknown {
  return steps[step.step] as (step: WriteStep) => unknown;
}
