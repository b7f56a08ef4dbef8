/**
 * How an archival location is cited: the item's place in the archive from most specific to most
 * general (CMOS 14.127; NARA's file → series → record group → repository), with what FRUS did
 * not print — the record group and series of the Department's files, now at the National
 * Archives — added and marked as inferred.
 *
 * @module
 */
import type { FrusDocument } from '../document/model.js';
import type { Location } from '../model/provenance.js';
import { foldKey } from '../vocab/fold.js';
import { repositoryById } from '../vocab/repositories.js';

/** A location as a citation prints it, in CSL's archive variables. */
export interface ArchivalDescription {
  /** `archive_location`: file, lot, box, folder — `711.11-KE/1-2161`, `Lot 66 D 204`, `Box 340`. */
  location: string | null;
  /** `archive_collection`: collection and series, then record group — `Central Decimal File, 1960–63, RG 59`. */
  collection: string | null;
  /** The collection alone, without its series (`Kissinger Papers`): what a bibliography entry names. */
  collectionName: string | null;
  /** `archive`: the repository's name as cited — `National Archives`, `John F. Kennedy Presidential Library`. */
  archive: string | null;
  /** `archive-place`: `College Park, MD`, `Boston`. */
  place: string | null;
  /** The parts above that the note did not print but this library supplied. */
  inferred: string[];
}

/** Options of {@link describeLocation}. */
export interface DescribeOptions {
  /**
   * Add the record group, series and repository of Department of State files, which are now
   * at the National Archives (marked as inferred).
   *
   * @defaultValue true
   */
  inferArchive?: boolean;
  /** Year of the document, used to name the decimal-file period when the file has no date code. */
  documentYear?: number;
}

/** Periods of the Central Decimal File as NARA names its series. */
const DECIMAL_FILE_PERIODS: readonly [number, number, string][] = [
  [1910, 1929, '1910–29'],
  [1930, 1939, '1930–39'],
  [1940, 1944, '1940–44'],
  [1945, 1949, '1945–49'],
  [1950, 1954, '1950–54'],
  [1955, 1959, '1955–59'],
  [1960, 1963, '1960–63'],
];

/** The NARA series name of a decimal file of `year`. */
export function decimalFileSeries(year: number | undefined): string {
  const period = year === undefined ? undefined : DECIMAL_FILE_PERIODS.find(([from, to]) => year >= from && year <= to);
  return period ? `Central Decimal File, ${period[2]}` : 'Central Decimal File';
}

/** Whether `text` opens with an ASCII digit. */
function opensWithDigit(text: string): boolean {
  const first = text.charCodeAt(0);
  return first >= 48 && first <= 57;
}

/** The identifiers of a location, most specific first: folder, box, file, lot, job, accession. */
function identifiers(location: Location): string[] {
  const parts: string[] = [];
  if (location.file) parts.push(location.file);
  if (location.lot) parts.push(`Lot ${location.lot}`);
  if (location.job) parts.push(`Job ${location.job}`);
  // `FRC 69 A 7425` names itself; a bare accession (`69A6202`, `330-75-0089`) needs its label.
  if (location.accession) parts.push(opensWithDigit(location.accession) ? `Accession ${location.accession}` : location.accession);
  if (location.box) parts.push(`Box ${location.box}`);
  if (location.folder) parts.push(`Folder ${location.folder}`);
  return parts;
}

/** Describes `location` for a citation. */
export function describeLocation(location: Location, options: DescribeOptions = {}): ArchivalDescription {
  const infer = options.inferArchive ?? true;
  const inferred: string[] = [];
  const repository = location.repositoryId ? repositoryById(location.repositoryId) : undefined;
  const ofState = location.repositoryId === 'us-department-of-state' || (location.repositoryId === 'nara' && location.recordGroup === 'RG 59');
  const path = [location.collection, ...location.series].filter((p): p is string => Boolean(p));
  // `Library of Congress, Manuscript Division, Kissinger Papers`: the division goes with the repository.
  const division = repository?.divisions?.find((name) => path.length > 0 && foldKey(name) === foldKey(path[0]!));
  if (division !== undefined) path.shift();

  let collection = path;
  const decimal = location.file !== null && /^\d/.test(location.file) && /^Central Files$/i.test(location.collection ?? '');
  if (ofState && infer && decimal) {
    const year = location.fileDate ? Number(location.fileDate.slice(0, 4)) : options.documentYear;
    const series = decimalFileSeries(year);
    collection = [series, ...location.series];
    inferred.push(series);
  }
  let recordGroup = location.recordGroup;
  if (!recordGroup && ofState && infer) {
    recordGroup = 'RG 59';
    inferred.push(recordGroup);
  }
  if (recordGroup) collection = [...collection, recordGroup];

  let archive: string | null = repository?.label ?? location.repository;
  if (division !== undefined && archive !== null) archive = `${division}, ${archive}`;
  let place: string | null = repository?.place ?? null;
  if (ofState && infer) {
    if (location.repositoryId !== 'nara') inferred.push('National Archives');
    archive = 'National Archives';
    place = 'College Park, MD';
    inferred.push(place);
  } else if (place) {
    inferred.push(place);
  }
  return {
    location: identifiers(location).join(', ') || null,
    collection: collection.join(', ') || null,
    collectionName: path[0] ?? null,
    archive,
    place,
    inferred,
  };
}

/**
 * Describes `location` as held for `document`: the document's year names the decimal-file period
 * when the file itself carries no date code.
 */
export function describeDocumentLocation(document: FrusDocument, location: Location, options: DescribeOptions = {}): ArchivalDescription {
  const year = document.date ? Number(document.date.slice(0, 4)) : undefined;
  return describeLocation(location, year ? { ...options, documentYear: year } : options);
}
