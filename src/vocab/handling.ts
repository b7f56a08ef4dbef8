/**
 * Precedence, distribution and handling captions that follow the classification in a note
 * (`Secret; Niact; Limit Distribution`). Captions are kept as written; the table tells
 * whether a word is a caption at all.
 *
 * @module
 */
import { aliasFirstLetters, hasCode, type CodeSet } from './code-set.js';
import { indexAliases, type VocabEntry } from './table.js';

/** What a caption controls. */
export type HandlingKind = 'precedence' | 'distribution' | 'control';

/** A handling caption. */
export interface HandlingEntry extends VocabEntry {
  readonly kind: HandlingKind;
  /**
   * Whether the caption may follow the classification after a blank alone, with no semicolon or
   * dash (`Top Secret Umbra`, `Top Secret Codeword`, `Secret Sensitive`): a code word written as
   * part of the marking line.
   */
  readonly afterLevel?: boolean;
}

/** The handling-caption table. */
export const HANDLING_CAPTIONS = [
  { id: 'niact', kind: 'precedence', aliases: ['Niact', 'NIACT', 'Night Action'] },
  { id: 'flash', kind: 'precedence', aliases: ['Flash'] },
  { id: 'immediate', kind: 'precedence', aliases: ['Immediate', 'Operational Immediate', 'Niact Immediate'] },
  { id: 'priority', kind: 'precedence', aliases: ['Priority', 'Air Priority', 'Operational Priority'] },
  { id: 'routine', kind: 'precedence', aliases: ['Routine'] },
  // The precedences of the 1940s telegrams and of the British wartime messages.
  { id: 'urgent', kind: 'precedence', aliases: ['Urgent', 'URGENT', 'Most Urgent'] },
  { id: 'triple-priority', kind: 'precedence', aliases: ['Triple Priority', 'Triple priority'] },
  { id: 'most-immediate', kind: 'precedence', aliases: ['Most Immediate'] },
  { id: 'limdis', kind: 'distribution', aliases: ['Limdis', 'LIMDIS', 'Limit Distribution', 'Limited Distribution'] },
  { id: 'exdis', kind: 'distribution', aliases: ['Exdis', 'EXDIS'] },
  { id: 'nodis', kind: 'distribution', aliases: ['Nodis', 'NODIS'] },
  { id: 'noforn', kind: 'distribution', aliases: ['Noforn', 'NOFORN', 'No Foreign Dissem', 'No Foreign Dissemination'] },
  { id: 'no-dissem-abroad', kind: 'distribution', aliases: ['No Dissem Abroad'] },
  { id: 'controlled-dissem', kind: 'distribution', aliases: ['Controlled Dissem', 'Noforn/Continued Control', 'Continued Control'] },
  { id: 'nocontract', kind: 'distribution', aliases: ['Nocontract', 'No Contract'] },
  { id: 'orcon', kind: 'distribution', aliases: ['Orcon', 'ORCON'] },
  { id: 'background-use-only', kind: 'distribution', aliases: ['Background Use Only'] },
  { id: 'eyes-only', kind: 'control', aliases: ['Eyes Only', 'Eyes Only Ban', 'Ban—Eyes Only', 'Ban-Eyes Only', 'Literally Eyes Only', 'For the Secretary’s Eyes Only'] },
  { id: 'verbatim-text', kind: 'control', aliases: ['Verbatim Text', 'Verbatim'] },
  { id: 'hold-closely', kind: 'control', aliases: ['Hold Closely'] },
  { id: 'sensitive', kind: 'control', aliases: ['Sensitive', 'Sensitive—Eyes Only'], afterLevel: true },
  // A letter marked personal and confidential, however the words are ordered or stressed, is the
  // caption (as `Personal and Confidential`); `Confidential—Strictly Personal` is read as `Secret–Personal` is.
  {
    id: 'personal',
    kind: 'control',
    aliases: ['Personal', 'Personal and Private', 'Personal and Confidential', 'Strictly Personal', 'Strictly Personal and Confidential', 'Personal and Strictly Confidential'],
  },
  { id: 'official-informal', kind: 'control', aliases: ['Official–Informal', 'Official-Informal', 'Official Informal'] },
  { id: 'security-information', kind: 'control', aliases: ['Security Information'] },
  { id: 'cherokee', kind: 'control', aliases: ['Cherokee'] },
  { id: 'exclusively-eyes-only', kind: 'control', aliases: ['Exclusively Eyes Only'] },
  { id: 'codeword', kind: 'control', aliases: ['Codeword', '[codeword not declassified]', 'Contains Codeword'], afterLevel: true },
  { id: 'handle-via-back-channel', kind: 'control', aliases: ['Via Back Channel', 'Back Channel', 'Backchannel'] },
  { id: 'specat', kind: 'control', aliases: ['Specat', 'SPECAT'] },
  { id: 'rogers-only', kind: 'control', aliases: ['Rogers Only'] },
  { id: 'umbra', kind: 'control', aliases: ['Umbra', 'UMBRA'], afterLevel: true },
  // The White House's and the Department's closed channels of the 1970s, written after the
  // marking, in its sentence or in one of their own (`Top Secret; Sensitive; Eyes Only. Outside the System.`).
  { id: 'outside-the-system', kind: 'control', aliases: ['Outside the System', 'Outside System'] },
  { id: 'voyager-channels', kind: 'control', aliases: ['Via Voyager Channels', 'Voyager Channels'] },
  { id: 'special-channels', kind: 'control', aliases: ['Via Special Channels', 'Special Channels'] },
  { id: 'roger-channel', kind: 'control', aliases: ['Roger Channel', 'Handle via Roger Channel Only'] },
  { id: 'stadis', kind: 'distribution', aliases: ['Stadis', 'STADIS'] },
  { id: 'wnintel', kind: 'distribution', aliases: ['Wnintel', 'WNINTEL'] },
  { id: 'propin', kind: 'distribution', aliases: ['Propin', 'PROPIN'] },
] as const satisfies readonly HandlingEntry[];

const index = indexAliases<HandlingEntry>(HANDLING_CAPTIONS);

/** The first letters (in small letters) of the captions' aliases: a cheap test before a lookup. */
const ALIAS_FIRST_LETTERS: CodeSet = aliasFirstLetters(HANDLING_CAPTIONS);

/** Whether a caption's alias can open with the letter `code` (in small letters). */
export function opensHandlingAlias(code: number): boolean {
  return hasCode(ALIAS_FIRST_LETTERS, code);
}

/** The caption whose alias is the longest prefix of `text`, if any. */
export function matchHandlingPrefix(text: string): { entry: HandlingEntry; length: number } | undefined {
  return index.prefix(text);
}

/** The caption written as `text` (folded), if known. */
export function findHandlingCaption(text: string): HandlingEntry | undefined {
  return index.get(text);
}
