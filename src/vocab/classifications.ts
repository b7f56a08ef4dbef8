/**
 * Classification markings as printed in FRUS source notes and the level each one means.
 *
 * @module
 */
import type { ClassificationLevel } from '../model/provenance.js';
import { aliasFirstLetters, hasCode, type CodeSet } from './code-set.js';
import { indexAliases, type VocabEntry } from './table.js';

/** A classification marking. */
export interface ClassificationEntry extends VocabEntry {
  readonly level: ClassificationLevel;
}

/** The classification table. Several entries may share a level; aliases are unique. */
export const CLASSIFICATIONS = [
  { id: 'top-secret', level: 'top-secret', aliases: ['Top Secret', 'TOP SECRET', 'Top-Secret'] },
  { id: 'secret', level: 'secret', aliases: ['Secret', 'SECRET', 'Strictly Secret'] },
  // The British grade above Secret on the wartime messages (`Personal and Most Secret`), which the
  // United States matched with Top Secret in 1944: the level is top-secret, the text as written.
  { id: 'most-secret', level: 'top-secret', aliases: ['Most Secret', 'MOST SECRET'] },
  { id: 'confidential', level: 'confidential', aliases: ['Confidential', 'CONFIDENTIAL', 'Strictly Confidential'] },
  { id: 'restricted', level: 'other', aliases: ['Restricted', 'RESTRICTED'] },
  { id: 'limited-official-use', level: 'limited-official-use', aliases: ['Limited Official Use', 'LIMITED OFFICIAL USE', 'LOU'] },
  { id: 'official-use-only', level: 'official-use-only', aliases: ['Official Use Only', 'OFFICIAL USE ONLY', 'For Official Use Only'] },
  { id: 'unclassified', level: 'unclassified', aliases: ['Unclassified', 'UNCLASSIFIED'] },
  // The Department's control marking of the 1990s for unclassified papers kept from the public: no classification.
  { id: 'sensitive-but-unclassified', level: 'unclassified', aliases: ['Sensitive But Unclassified', 'SENSITIVE BUT UNCLASSIFIED', 'SBU'] },
  // The Nixon White House's own marking for its internal papers: no national security classification.
  { id: 'administratively-confidential', level: 'other', aliases: ['Administratively Confidential', 'ADMINISTRATIVELY CONFIDENTIAL'] },
  {
    id: 'no-marking',
    level: 'no-marking',
    aliases: [
      'No classification marking',
      'No classification markings',
      'No classification marking appears on the source text',
      // Later volumes name the kind of document the marking is missing from.
      'No classification marking appears on the memorandum',
      'No classification marking appears on the telegram',
      'No classification marking appears on the letter',
      'No classification marking appears on the message',
      'No classification marking appears on the document',
      'No classification marking appears on the transcript',
      'No classification marking appears on the minutes',
      'No classification marking appears on the paper',
      'No classification marking appears on the original',
      'No security classification',
      'No classification',
    ],
  },
  {
    id: 'codeword',
    level: 'other',
    aliases: ['[codeword not declassified]', '[classification marking not declassified]', '[classification not declassified]'],
  },
] as const satisfies readonly ClassificationEntry[];

const index = indexAliases<ClassificationEntry>(CLASSIFICATIONS);

/** The classification written as `text` (folded), if known. */
export function findClassification(text: string): ClassificationEntry | undefined {
  return index.get(text);
}

/** The first letters of the classification aliases, in small letters (`| 32`). */
const ALIAS_FIRST_LETTERS: CodeSet = aliasFirstLetters(CLASSIFICATIONS);

/**
 * Whether `code`, a code unit with its ASCII capitals made small (`code | 32`), is the first
 * letter of a classification alias (`s` for Secret, `t` for Top Secret, `n` for No classification
 * marking): a text that opens otherwise is no classification, and needs no lookup.
 */
export function opensClassificationAlias(code: number): boolean {
  return hasCode(ALIAS_FIRST_LETTERS, code);
}

/** The classification whose alias is the longest prefix of `text` (`Secret–Personal` → Secret). */
export function matchClassificationPrefix(text: string): { entry: ClassificationEntry; length: number } | undefined {
  return index.prefix(text);
}
