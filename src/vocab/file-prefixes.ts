/**
 * Words written before a file number that belong to the file designation: the series codes of
 * the military decimal files (`CCS 092 (8–22–46) sec. 12`), the State Department's
 * cross-filing marker (`FW 611.61/1–2561`, "filed with") and numbered paper series (`JCS 1924/4`).
 *
 * @module
 */
import { indexAliases, type VocabEntry } from './table.js';

/**
 * A code written before a file number as part of its designation: a series of decimal files
 * kept under a code of its own, a cross-filing marker, or a series of numbered papers.
 */
export interface FilePrefix extends VocabEntry {
  /** What the code stands for. */
  readonly label: string;
}

/**
 * The military decimal-file series: a code, a decimal class (`092`, `383.21`), perhaps a
 * subject, the date the file was opened in parentheses, and sections (`CCS 381 Japan (8–27–45)
 * sec. 2`).
 */
export const DECIMAL_FILE_SERIES = [
  { id: 'ccs', label: 'Combined Chiefs of Staff decimal file (Records of the Joint Chiefs of Staff)', aliases: ['CCS'] },
  { id: 'abc', label: 'American-British Conversations decimal file (Army Operations Division)', aliases: ['ABC'] },
  { id: 'opd', label: 'Operations Division decimal file (War Department General Staff)', aliases: ['OPD'] },
] as const satisfies readonly FilePrefix[];

/**
 * Codes written before a file number, kept with it as written: the cross-filing markers
 * (`FW 611.61/1–2561` is a document filed with 611.61/1–2561) and the name of the Joint Chiefs'
 * central file system of the 1960s (`JMF 9155.3/3100`).
 */
export const FILE_MARKERS = [
  { id: 'filed-with', label: 'Filed with', aliases: ['FW'] },
  { id: 'jmf', label: 'Joint Master File (central files of the Joint Chiefs of Staff)', aliases: ['JMF'] },
] as const satisfies readonly FilePrefix[];

/** A series of numbered papers (see PAPER_SERIES). */
export interface PaperSeries extends FilePrefix {
  /**
   * Whether a paper of the series is written with its version only (`CCS 170/2`, `CCS 170/2/D`):
   * the code also opens the decimal files of DECIMAL_FILE_SERIES, whose class a bare number may
   * be (`CCS 380`), so that only a number with a version after a slash is read as a paper.
   */
  readonly versionRequired?: boolean;
}

/**
 * The numbered paper series read as files: the code, then the paper's number and, after a
 * slash, its version (`JCS 1924/4`, the fourth version of paper 1924), perhaps with a letter
 * after another slash (`CCS 170/2/D`, a decision). The codes may be written with points
 * (`C.C.S. 170/2`). Policy papers named in a path (`NSSM 39`, `NSDD 75`, `NSC 68`) are not
 * here: they title folders and series.
 */
export const PAPER_SERIES = [
  { id: 'jcs', label: 'Joint Chiefs of Staff paper', aliases: ['JCS', 'J.C.S.'] },
  // The postwar committee's papers, numbered the same way (`SWNCC 150/4`).
  { id: 'swncc', label: 'State-War-Navy Coordinating Committee paper', aliases: ['SWNCC', 'SANACC'] },
  // The wartime Combined Chiefs of Staff's papers (`C.C.S. 170/2`, `CCS 242/6`). `CCS 092` with
  // no date, or `CCS 380`, is neither a paper nor a military decimal file: left to the path.
  { id: 'ccs-paper', label: 'Combined Chiefs of Staff paper', aliases: ['CCS', 'C.C.S.'], versionRequired: true },
] as const satisfies readonly PaperSeries[];

/** A file collection written right before its file number, without a comma (`Paris Peace Conf. 180.03401/12`). */
export interface FileCollection extends FilePrefix {
  /** The repository table's id of the holder of the collection's files. */
  readonly repositoryId: string;
}

/**
 * Collections of decimal files that notes name right before the file number, with no comma
 * between them: the name is the collection and the number its file. The Paris Peace Conference
 * volumes cite the files of the American Commission to Negotiate Peace so (`Paris Peace Conf.
 * 185.1/85`), a decimal file of the Department of State kept apart from its Central Files.
 */
export const FILE_COLLECTIONS = [
  {
    id: 'paris-peace-conference',
    label: 'Paris Peace Conference files (American Commission to Negotiate Peace)',
    repositoryId: 'us-department-of-state',
    aliases: ['Paris Peace Conf.', 'Paris Peace Conference', 'Paris Peace Conf'],
  },
  // `Numerical File 3767/5`: the Department's file of 1906–1910, a case number and a document's.
  { id: 'numerical-file', label: 'Numerical File', repositoryId: 'us-department-of-state', aliases: ['Numerical File'] },
] as const satisfies readonly FileCollection[];

const seriesIndex = indexAliases<FilePrefix>(DECIMAL_FILE_SERIES);
const collectionIndex = indexAliases<FileCollection>(FILE_COLLECTIONS);
/** The first letters of FILE_COLLECTIONS' aliases, folded: a text opening otherwise is not looked up. */
const COLLECTION_INITIALS = new Set(FILE_COLLECTIONS.flatMap((entry) => entry.aliases.map((alias) => alias.charCodeAt(0) | 32)));
const markerIndex = indexAliases<FilePrefix>(FILE_MARKERS);
const paperIndex = indexAliases<PaperSeries>(PAPER_SERIES);

/** The decimal-file series written as `code` (`CCS`), if known. */
export function findDecimalFileSeries(code: string): FilePrefix | undefined {
  return seriesIndex.get(code);
}

/** The file marker written as `word` (`FW`), if known. */
export function findFileMarker(word: string): FilePrefix | undefined {
  return markerIndex.get(word);
}

/** The numbered paper series written as `code` (`JCS`, `C.C.S.`), if known. */
export function findPaperSeries(code: string): PaperSeries | undefined {
  return paperIndex.get(code);
}

/**
 * The file collection `text` opens with when a file number follows it after blanks
 * (`Paris Peace Conf. 180.03401/12`), with the offset where that number starts; undefined for
 * any other text.
 */
export function matchFileCollectionBefore(text: string): { collection: FileCollection; length: number; fileStart: number } | undefined {
  if (text.length === 0 || !COLLECTION_INITIALS.has(text.charCodeAt(0) | 32)) return undefined;
  const hit = collectionIndex.prefix(text);
  if (!hit) return undefined;
  let fileStart = hit.length;
  while (fileStart < text.length && (text.charCodeAt(fileStart) === 32 || text.charCodeAt(fileStart) === 0xa0)) fileStart++;
  const code = text.charCodeAt(fileStart);
  return fileStart > hit.length && code >= 48 && code <= 57 ? { collection: hit.entry, length: hit.length, fileStart } : undefined;
}

/** The file collection written as `name` (`Paris Peace Conf.`), if known. */
export function findFileCollection(name: string): FileCollection | undefined {
  return collectionIndex.get(name);
}
