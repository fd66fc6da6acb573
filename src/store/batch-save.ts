import { asError } from '../errors';
import type { ArticleDraft, InsertOutcome } from '../records/article-records';
import { validateDraft, type ValidDraft } from './draft-validation';

/** What saving one draft of a batch came to: its id and outcome, or the error that kept it out of the store. */
export type BatchSaveResult = { ok: true; id: number; outcome: InsertOutcome } | { ok: false; error: Error };

/** How a store saves valid drafts: all of them in one transaction, or one in a transaction of its own. */
export interface BatchSaveSteps {
  /** Saves every draft in one transaction, in order (rolled back whole if any save throws). */
  saveAll(drafts: readonly ValidDraft[]): Promise<{ id: number; outcome: InsertOutcome }[]>;
  /** Saves one draft in its own transaction, as saveArticle does. */
  saveOne(draft: ValidDraft): Promise<{ id: number; outcome: InsertOutcome }>;
}

/**
 * Saves drafts as one transaction, falling back to one transaction a draft when that fails.
 *
 * Each draft is validated first: an invalid one gets its error and is not part of the
 * transaction. The valid ones are saved in order in one transaction, so the batch costs one
 * commit. When any of those saves throws (a database error, a lost race on a unique key), the
 * transaction has been rolled back whole, so nothing of the batch is stored; each draft is then
 * saved again alone, in the same order, and only the ones that fail alone get an error. The
 * outcomes are those of saving the drafts one after another (a second draft with the url of a
 * first one in the same batch updates it, or leaves it unchanged).
 */
export async function saveDraftBatch(drafts: readonly ArticleDraft[], steps: BatchSaveSteps): Promise<BatchSaveResult[]> {
  const results: (BatchSaveResult | null)[] = drafts.map(() => null);
  const valid: { index: number; draft: ValidDraft }[] = [];
  drafts.forEach((draft, index) => {
    try {
      valid.push({ index, draft: validateDraft(draft) });
    } catch (error) {
      results[index] = { ok: false, error: asError(error) };
    }
  });
  if (valid.length > 0) {
    let saved: { id: number; outcome: InsertOutcome }[] | null = null;
    try {
      saved = await steps.saveAll(valid.map((v) => v.draft));
    } catch {
      saved = null;
    }
    if (saved !== null) {
      valid.forEach((v, k) => (results[v.index] = { ok: true, ...saved[k] }));
    } else {
      for (const v of valid) {
        try {
          results[v.index] = { ok: true, ...(await steps.saveOne(v.draft)) };
        } catch (error) {
          results[v.index] = { ok: false, error: asError(error) };
        }
      }
    }
  }
  return results.map((r) => r as BatchSaveResult);
}
