import { InvalidInputError } from '../errors';
import type { CorrectionRecord } from '../records/article-records';

/** A quote_corrections row as both stores select it (CORRECTION_COLUMNS). */
export interface CorrectionRow {
  id: number;
  article_id: number;
  quote_id: number | null;
  quote_text: string;
  editor: string | null;
  corrected_at: string;
  before_speaker_id: number | null;
  before_speaker_name: string | null;
  after_speaker_id: number | null;
  after_speaker_name: string | null;
}

export const CORRECTION_COLUMNS =
  'c.id, c.article_id, c.quote_id, c.quote_text, c.editor, c.corrected_at, c.before_speaker_id, c.before_speaker_name, c.after_speaker_id, c.after_speaker_name';

export function correctionFromRow(row: CorrectionRow): CorrectionRecord {
  return {
    id: row.id,
    articleId: row.article_id,
    quoteId: row.quote_id,
    quoteText: row.quote_text,
    editor: row.editor,
    correctedAt: row.corrected_at,
    before: { speakerId: row.before_speaker_id, speakerName: row.before_speaker_name },
    after: { speakerId: row.after_speaker_id, speakerName: row.after_speaker_name },
  };
}

/** Checks the editor id a correction records (a short key id, or null). */
export function validEditor(editor: string | null | undefined): string | null {
  if (editor === null || editor === undefined) return null;
  if (typeof editor !== 'string' || editor.length === 0 || editor.length > 200 || editor.includes('\u0000')) {
    throw new InvalidInputError('Invalid correction: the editor must be a short non-empty string or null.');
  }
  return editor;
}
