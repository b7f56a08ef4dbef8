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
  { id: 'telegram', label: 'Telegram', aliases: ['Telegram', 'Telegrams', 'Circular telegram', 'Circular Telegram'] },
  { id: 'despatch', label: 'Despatch', aliases: ['Despatch', 'Dispatch'] },
  { id: 'airgram', label: 'Airgram', aliases: ['Airgram', 'Circular airgram'] },
  { id: 'instruction', label: 'Instruction', aliases: ['Instruction', 'Circular instruction'] },
  { id: 'memorandum', label: 'Memorandum', aliases: ['Memorandum'] },
  { id: 'memorandum-of-conversation', label: 'Memorandum of Conversation', aliases: ['Memorandum of Conversation', 'Memorandum of a Conversation'] },
  { id: 'memorandum-for-the-record', label: 'Memorandum for the Record', aliases: ['Memorandum for the Record'] },
  { id: 'letter', label: 'Letter', aliases: ['Letter'] },
  { id: 'note', label: 'Note', aliases: ['Note'] },
  { id: 'aide-memoire', label: 'Aide-Mémoire', aliases: ['Aide-Mémoire', 'Aide-memoire'] },
  { id: 'circular', label: 'Circular', aliases: ['Circular'] },
  { id: 'message', label: 'Message', aliases: ['Message', 'Oral Message'] },
  { id: 'paper', label: 'Paper', aliases: ['Paper', 'Position Paper', 'Talking Paper', 'Discussion Paper'] },
  { id: 'report', label: 'Report', aliases: ['Report'] },
  { id: 'briefing-memorandum', label: 'Briefing Memorandum', aliases: ['Briefing Memorandum', 'Action Memorandum', 'Information Memorandum', 'Intelligence Memorandum'] },
  { id: 'circular-telegram', label: 'Circular Telegram', aliases: ['Circular Telegram From'] },
  { id: 'oral-statement', label: 'Oral Statement', aliases: ['Oral Statement', 'Oral Statements'] },
  { id: 'note-verbale', label: 'Note Verbale', aliases: ['Note Verbale'] },
  // The earlier volumes' forms: a memorandum handed by a government (`893.00/1234: Pro Memoria`),
  // and messages by radio or cable (`740.0011 European War 1939/1234: Radiogram`).
  { id: 'pro-memoria', label: 'Pro Memoria', aliases: ['Pro Memoria'] },
  { id: 'radiogram', label: 'Radiogram', aliases: ['Radiogram'] },
  { id: 'cablegram', label: 'Cablegram', aliases: ['Cablegram'] },
  { id: 'backchannel-message', label: 'Backchannel Message', aliases: ['Backchannel Message', 'Back Channel Message'] },
  { id: 'minutes', label: 'Minutes', aliases: ['Minutes'] },
  // The record of a Carter administration SCC or PRC meeting (`The Summary of Conclusions was prepared by Hunter`).
  { id: 'summary-of-conclusions', label: 'Summary of Conclusions', aliases: ['Summary of Conclusions'] },
  { id: 'talking-points', label: 'Talking Points', aliases: ['Talking Points'] },
  { id: 'estimate', label: 'Estimate', aliases: ['National Intelligence Estimate', 'Special National Intelligence Estimate', 'Special Estimate'] },
] as const satisfies readonly DocumentForm[];

const index = indexAliases<DocumentForm>(DOCUMENT_FORMS);

/** The form written as `text`, if known. */
export function findDocumentForm(text: string): DocumentForm | undefined {
  return index.get(text);
}

/** The form whose alias is the longest prefix of `text` ending at a word boundary (`telegram 1234` → Telegram), if any. */
export function matchDocumentFormPrefix(text: string): { form: DocumentForm; length: number } | undefined {
  const hit = index.prefix(text);
  return hit && { form: hit.entry, length: hit.length };
}
