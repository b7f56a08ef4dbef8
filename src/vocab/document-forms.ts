/**
 * Document forms older notes append to a bare file number (`893.50/283: Telegram`).
 *
 * @module
 */
import { indexAliases, type VocabEntry } from './table.js';

/** A document form. */
export interface DocumentForm extends VocabEntry {
  readonly label: string;
}

/** The document-form table. */
export const DOCUMENT_FORMS = [
  { id: 'telegram', label: 'Telegram', aliases: ['Telegram', 'Circular telegram', 'Circular Telegram'] },
  { id: 'despatch', label: 'Despatch', aliases: ['Despatch', 'Dispatch'] },
  { id: 'airgram', label: 'Airgram', aliases: ['Airgram', 'Circular airgram'] },
  { id: 'instruction', label: 'Instruction', aliases: ['Instruction', 'Circular instruction'] },
  { id: 'memorandum', label: 'Memorandum', aliases: ['Memorandum'] },
  { id: 'letter', label: 'Letter', aliases: ['Letter'] },
  { id: 'note', label: 'Note', aliases: ['Note'] },
  { id: 'aide-memoire', label: 'Aide-Mémoire', aliases: ['Aide-Mémoire', 'Aide-memoire'] },
  { id: 'circular', label: 'Circular', aliases: ['Circular'] },
] as const satisfies readonly DocumentForm[];

const index = indexAliases<DocumentForm>(DOCUMENT_FORMS);

/** The form written as `text`, if known. */
export function findDocumentForm(text: string): DocumentForm | undefined {
  return index.get(text);
}
