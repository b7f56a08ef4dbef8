/**
 * Stage 3a: read one archival location (`Department of State, Central Files, 711.11-KE/1-2161`)
 * into a Location: repository from the table, then path segments split on commas and colons,
 * each either an identifier (lot, file, box, …) or a collection/series name.
 *
 * @module
 */
import type { Diagnostic } from '../model/diagnostic.js';
import { emptyLocation, type Location } from '../model/provenance.js';
import { findClassification } from '../vocab/classifications.js';
import { matchFileCollectionBefore } from '../vocab/file-prefixes.js';
import { matchBoundSeriesPrefix } from '../vocab/bound-series.js';
import { findState } from '../vocab/states.js';
import { findRepository, GENERAL_FILES_WORDS, matchRepositoryPrefix, type Repository } from '../vocab/repositories.js';
import { hasWordAt, isDigitCode, isLetterCode, isSpaceCode, isUpperCode, skipSpaces } from './chars.js';
import { gluedMarking, mayBeMarking } from './glued-marking.js';
import { isMilitaryFileSection, isPersonnelFileGivenNames, personnelFileDate, isPlainSerial, isUncodedMilitaryFile, markedFileStart, readIdentifier, type DecimalFile } from './identifiers.js';
import { hasJointStaffClass } from './file-date.js';
import { pathSegments } from './location-path.js';
import { stripFinalStop } from './sentences.js';
import { dropPrefix, rangeOf, spanOf, trimmedSpanOf, trimSpan, type Span } from './span.js';

/** A location and what else its text carried. */
export interface ReadLocation {
  location: Location;
  /** A classification written as the last path segment (`Folder 9, Secret`). */
  trailingMarking: Span | null;
}

/** Words that make an unknown first segment a repository rather than a collection. */
const REPOSITORY_WORDS = /\b(?:Library|Archives?|Institution|University|College|Center|Centre|Museum|Foundation|Society|Ministry|Agency|Command|Institute)\b/;
/**
 * Words of a government body or memorial that holds records (`Department of Energy`, `Department
 * of the Army`, `Bureau of the Budget`, `Atomic Energy Commission`, `MacArthur Memorial`,
 * `Federal Reserve Bank of New York`, `Federal Reserve Board`): an
 * unknown first segment with one is a repository, unless it also names files (`Department of the
 * Army files`, a collection).
 */
const HOLDER_WORDS = /\b(?:Department|Bureau|Commission|Administration|Mission|Memorial|Bank|Board)\b/;
const IBID = /^ibid\.?/i;
const IBID_SEPARATOR = /^[,:;]\s*/;
/** A name without a repository longer than this is a sentence, not a collection. */
const MAX_BARE_COLLECTION_WORDS = 6;
/**
 * A longer name without a repository is a collection only when it opens with a collection word and
 * "of" and all its words after the first are capitalised or small words (`Files of the Combined
 * Chiefs of Staff`).
 */
const MAX_BARE_CAPITALISED_COLLECTION_WORDS = 9;
/** Words that make a name without a repository a collection (`Roosevelt Papers`, `J.C.S. Files`). */
const COLLECTION_WORDS = /\b(?:Papers|Files?|Records?|Collection|Series|Correspondence|Minutes|Diar(?:y|ies)|Documents|Archives?|Chron(?:ology)?|Memoranda|Messages|Telegrams|Cables|Reports|Materials?|Office|Library|Log)\b/i;
/** The words that may open a location before the place, each with blanks after it (`in the Kennedy Library`). */
const FILLER_WORDS = ['in', 'at', 'among'];
const FILE_LABEL = /^Files?\.?\s*(?:Nos?|Not|Numbers?)[.,]?:?\s*(?:No\.\s*)?(?=\d)/i;

/**
 * Whether an unknown first segment of a location names a repository: REPOSITORY_WORDS, or
 * HOLDER_WORDS in a name (capitalised words and NAME_SMALL_WORDS, not a sentence such as `A copy
 * is in Department …`) without COLLECTION_WORDS.
 */
function namesRepository(segment: string): boolean {
  if (REPOSITORY_WORDS.test(segment)) return isCapitalisedName(segment);
  return HOLDER_WORDS.test(segment) && !COLLECTION_WORDS.test(segment) && isCapitalisedName(segment);
}

/**
 * Whether every word of `text` after the first opens with a capital, or is one of
 * NAME_SMALL_WORDS: a name (`Hoover Institution Archives`, `Department of Energy`, a misspelt
 * `dennedy Library`), not a sentence (`Documentation on the Soviet role is in the Johnson Library`).
 */
function isCapitalisedName(text: string): boolean {
  const words = text.split(' ');
  for (let k = 1; k < words.length; k++) {
    const word = words[k]!;
    if (word !== '' && !isUpperCode(word.charCodeAt(0)) && !NAME_SMALL_WORDS.has(word)) return false;
  }
  return true;
}

/** The offset past what follows a repository name at `index`: spaces, an optional `,` or `:`, spaces. */
function afterSeparator(text: string, index: number): number {
  let i = skipSpaces(text, index);
  const code = i < text.length ? text.charCodeAt(i) : -1;
  if (code === 44 || code === 58) i++;
  return skipSpaces(text, i);
}

/**
 * The offset past a word of GENERAL_FILES_WORDS at `at` and the separator after it (`Files, ` in
 * `Department of State Files, Lot 60 D 224`), when the word is whole; else `at`.
 */
function afterGeneralFiles(text: string, at: number): number {
  for (const word of GENERAL_FILES_WORDS) {
    const end = at + word.length;
    if (text.startsWith(word, at) && (end === text.length || !isLetterCode(text.charCodeAt(end)))) return afterSeparator(text, end);
  }
  return at;
}

/** Whether `text` has at most `max` words split on single spaces (as `text.split(' ').length` counts them). */
function hasAtMostSpacedWords(text: string, max: number): boolean {
  let count = 1;
  for (let space = text.indexOf(' '); space >= 0 && count <= max; space = text.indexOf(' ', space + 1)) count++;
  return count <= max;
}

/** Small words a name may have in lower case (`Secretary’s Memoranda of Conversation`, `Bureau of the Budget`). */
const NAME_SMALL_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'at', 'de', 'du', 'des', 'la', 'le', 'von', 'van']);

/**
 * Whether `text` is written as a name: each word after the first that is in lower case is a
 * small word or a collection word (`INR-SE files`, `Eisenhower papers`). A sentence that mentions files (`Not found in
 * Department files`, `Copy obtained from the Roosevelt Papers`) has other words in lower case.
 */
function readsAsName(text: string): boolean {
  const words = text.split(' ');
  // The first word names the collection in any case (`inr-se files`).
  for (let k = 1; k < words.length; k++) {
    const word = words[k]!;
    const first = word.charCodeAt(0);
    if (first >= 97 && first <= 122 && !NAME_SMALL_WORDS.has(word) && !COLLECTION_WORDS.test(word)) return false;
  }
  return true;
}

/**
 * Whether a location without a repository is a volume of the Department's bound correspondence
 * (`Instructions, Great Britain, vol. 18`, `Notes from the British Legation, vol. 12`): its
 * collection opens with a series of the table and a segment of its series is a volume. A
 * sentence that opens with such a word (`Instructions were sent …`) cites no volume.
 */
function isBoundVolume(location: Location): boolean {
  const collection = location.collection;
  return collection !== null && location.series.some(isVolumeSegment) && hasAtMostSpacedWords(collection, MAX_BARE_COLLECTION_WORDS) && matchBoundSeriesPrefix(collection) !== undefined;
}

/** Whether a path segment is a volume and nothing else (`vol. 18`, `Vol. 105`, `vol.  18`): `vol.`, blanks, one to four digits. */
function isVolumeSegment(segment: string): boolean {
  if (segment.length < 6 || !(segment.startsWith('vol.') || segment.startsWith('Vol.')) || !isSpaceCode(segment.charCodeAt(4))) return false;
  const digits = skipSpaces(segment, 4);
  if (segment.length - digits > 4) return false;
  for (let k = digits; k < segment.length; k++) if (!isDigitCode(segment.charCodeAt(k))) return false;
  return digits < segment.length;
}

/**
 * Whether `text`, whose first character in lower case is `first`, opens with the first two
 * letters of a filler word (`in`, `at`, `am`, `th`) in any case, as `hasWordAt` would find
 * them: a text opening otherwise has no filler to drop.
 */
function opensWithFiller(text: string, first: number): boolean {
  if (text.length < 2) return false;
  const second = text.charCodeAt(1) | 32;
  if (first === 105 /* i */) return second === 110; /* n */
  if (first === 97 /* a */) return second === 116 /* t */ || second === 109; /* m */
  return first === 116 /* t */ && second === 104; /* h */
}

/**
 * `stripFinalStop(trimSpan(span, ';,'))`: the span without surrounding blanks, trailing `;` and
 * `,`, and its final full stop. A span that opens and ends with a printable character other than
 * those is returned as it is, without the two calls (most citations end in a file number).
 */
function stripEnds(span: Span): Span {
  const text = span.text;
  if (text.length > 0) {
    const first = text.charCodeAt(0);
    const last = text.charCodeAt(text.length - 1);
    if (first > 32 && first < 127 && last > 32 && last < 127 && last !== 59 /* ; */ && last !== 44 /* , */ && last !== 46 /* . */) return span;
  }
  return stripFinalStop(trimSpan(span, ';,'));
}

/**
 * The offset past the filler `text` opens with, as `/^(?:(?:in|at|among)\s+)?(?:the\s+)?/i`
 * matches it (0 if none): a word of FILLER_WORDS and blanks, then `the` and blanks, in any case.
 * Read by hand: this runs on every location in a copy sentence (`is in the Kennedy Library`).
 */
function fillerEnd(text: string): number {
  let end = 0;
  for (const word of FILLER_WORDS) {
    if (opensWordAndBlank(text, 0, word)) {
      end = skipSpaces(text, word.length);
      break;
    }
  }
  return opensWordAndBlank(text, end, 'the') ? skipSpaces(text, end + 3) : end;
}

/** Whether `text` has the lower-case ASCII `word` at `at`, in any case, and a blank right after it. */
function opensWordAndBlank(text: string, at: number, word: string): boolean {
  return at + word.length < text.length && hasWordAt(text, at, word) && isSpaceCode(text.charCodeAt(at + word.length));
}

/** Whether `text` ends in a `;` or a `,` (which `trimSpan(span, ';,')` strips). */
function endsInListPunctuation(text: string): boolean {
  const last = text.length > 0 ? text.charCodeAt(text.length - 1) : -1;
  return last === 59 /* ; */ || last === 44 /* , */;
}

/** Whether a location says anything about where a document is. */
export function hasContent(location: Location): boolean {
  return Boolean(
    location.repository || location.repositoryId || location.collection || location.file || location.lot ||
      location.accession || location.job || location.box || location.folder || location.series.length,
  );
}

/** Diagnostics a decimal file's parts call for. */
function fileDiagnostics(segment: Span, decimal: DecimalFile): Diagnostic[] {
  const found: Diagnostic[] = [];
  if (decimal.malformedDate) {
    const start = segment.start + decimal.serialOffset;
    found.push({
      ruleId: 'malformed-file-date',
      severity: 'warning',
      message: `Unexpected ${decimal.malformedDate}, expected \`M-DDYY\` such as \`1-2161\``,
      range: [start, start + decimal.serial.length],
      actual: decimal.serial,
    });
  }
  if (decimal.letterO) {
    const start = segment.start + decimal.letterO.offset;
    const point = decimal.letterO.text.indexOf('.');
    const fixed = decimal.letterO.text.slice(0, point) + decimal.letterO.text.slice(point).replace(/O/g, '0');
    found.push({
      ruleId: 'malformed-file-number',
      severity: 'warning',
      message: `Unexpected letter O in the file class \`${decimal.letterO.text}\`, expected \`${fixed}\``,
      range: [start, start + decimal.letterO.text.length],
      actual: decimal.letterO.text,
      expected: fixed,
    });
  }
  return found;
}

/**
 * Sets the location field of the identifier's `kind` (a decimal or numeric file fills `file`,
 * read apart) to `value` when it is empty, and says whether it was. Each field is named in its
 * own branch: a field picked by a key that varies would make every access a slow generic one.
 */
function fillIdentifierField(location: Location, kind: 'lot' | 'accession' | 'job' | 'box' | 'folder', value: string): boolean {
  switch (kind) {
    case 'lot':
      if (location.lot !== null) return false;
      location.lot = value;
      return true;
    case 'accession':
      if (location.accession !== null) return false;
      location.accession = value;
      return true;
    case 'job':
      if (location.job !== null) return false;
      location.job = value;
      return true;
    case 'box':
      if (location.box !== null) return false;
      location.box = value;
      return true;
    case 'folder':
      if (location.folder !== null) return false;
      location.folder = value;
      return true;
  }
}

/**
 * Whether a segment can continue a bare list of files (`File Nos. 817.00/1593, 1594`,
 * `711.94/1234, 711.94/1235`): a decimal file is read and no collection has been named.
 */
function continuesFileList(location: Location, collection: string | undefined): boolean {
  return collection === undefined && location.file !== null && location.file.includes('/');
}

/**
 * The two files of a segment that joins them with "and" (`893.00/4567 and 4568`,
 * `D740123–0456 and N740012–0123`): a file, then a file or, after a decimal file, a serial of
 * its class; null for any other segment. Only a segment opening like a file is cut.
 */
function splitJoinedFiles(segment: Span): [Span, Span] | null {
  const text = segment.text;
  if (text.length < 9 || !(isDigitCode(text.charCodeAt(0)) || isDigitCode(text.charCodeAt(1)))) return null;
  let and = text.indexOf(' and ');
  if (and < 0) and = text.indexOf(' AND ');
  if (and < 0) return null;
  const left = trimmedSpanOf(segment, 0, and);
  const right = trimmedSpanOf(segment, and + 5, text.length);
  if (readIdentifier(left.text)?.kind !== 'file') return null;
  const next = readIdentifier(right.text);
  if (next === null ? !(left.text.includes('/') && isPlainSerial(right.text)) : next.kind !== 'file') return null;
  return [left, right];
}

/**
 * `NSC Files Box 715`: a path segment that ends in a box with no comma before it, cut into the
 * name (ending in a letter or digit) and the box; null for any other segment. Only a segment
 * ending in a digit is searched.
 */
function splitGluedBox(segment: Span): [Span, Span] | null {
  const text = segment.text;
  if (text.length < 7 || !isDigitCode(text.charCodeAt(text.length - 1))) return null;
  const at = text.lastIndexOf(' Box ');
  // A segment that holds a comma or a bracket is no plain path segment (an unclosed bracket ran on).
  if (at <= 0 || !(isLetterCode(text.charCodeAt(at - 1)) || isDigitCode(text.charCodeAt(at - 1))) || text.indexOf(',') >= 0 || text.indexOf('(') >= 0 || text.indexOf('[') >= 0) return null;
  const box = trimmedSpanOf(segment, at + 1, text.length);
  if (readIdentifier(box.text)?.kind !== 'box') return null;
  return [trimmedSpanOf(segment, 0, at), box];
}

/**
 * The report of the comma (`Folder 9, Secret`) or colon (`OA/ID 91128: Confidential`) that
 * stands where the citation's full stop belongs, before the classification in `marking`, with
 * the text from the segment `before` as written.
 */
function separatorBeforeClassification(location: Location, before: Span, marking: Span): Diagnostic {
  const written = location.text.slice(before.start - location.range[0], marking.end - location.range[0]);
  const separator = location.text.slice(before.end - location.range[0], marking.start - location.range[0]);
  const colon = !separator.includes(',');
  // `Part 2., Secret`: the stop is there already, only the comma is too many.
  const expected = `${before.text}${before.text.endsWith('.') ? '' : '.'} ${marking.text}`;
  return {
    ruleId: colon ? 'colon-before-classification' : 'comma-before-classification',
    severity: 'warning',
    message: `Unexpected \`${written}\`, expected a full stop before the classification: \`${expected}\``,
    range: [before.start, marking.end],
    actual: written,
    expected,
  };
}

/** Whether `text` is a classification, alone or before a semicolon (`Secret`, `Secret; Priority`). */
function isClassificationOpening(text: string): boolean {
  const semicolon = text.indexOf(';');
  const end = semicolon < 0 ? text.length : semicolon;
  return mayBeMarking(text, 0, end) && findClassification(semicolon < 0 ? text : text.slice(0, end).trim()) !== undefined;
}

/** Fills identifier and path fields of `location` from the segments; `semicolons` says whether any has a `;`. */
function readSegments(location: Location, segments: Span[], diagnostics: Diagnostic[], semicolons: boolean): Span | null {
  // The path segments: the first names the collection, the others the series.
  let collection: string | undefined;
  const series: string[] = [];
  let trailingMarking: Span | null = null;
  // The index of the last segment read into `file`: a file or serial right after it is the list's next.
  let fileSegment = -2;
  for (let index = 0; index < segments.length; index++) {
    let segment = segments[index]!;
    const afterFile = fileSegment === index - 1;
    if (index === segments.length - 1) {
      const glued = gluedMarking(segment, semicolons);
      if (glued) {
        // `611.61/1–2361 Secret`: the full stop before the classification is missing.
        trailingMarking = glued.marking;
        diagnostics.push({
          ruleId: 'missing-period-before-classification',
          severity: 'warning',
          message: `Unexpected \`${segment.text}\`, expected a full stop before the classification: \`${glued.rest.text}. ${glued.marking.text}\``,
          range: [segment.start, segment.end],
          actual: segment.text,
          expected: `${glued.rest.text}. ${glued.marking.text}`,
        });
        segment = glued.rest;
      }
    }
    // `D770038–0012, D770038–0015, and D770039–0101`: the last file of a list after a file, past its "and".
    if (afterFile && segment.text.charCodeAt(0) === 97 /* a */ && segment.text.startsWith('and ')) {
      const last = trimmedSpanOf(segment, 4, segment.text.length);
      if (readIdentifier(last.text)?.kind === 'file') segment = last;
    }
    const identifier = readIdentifier(segment.text);
    const joined = identifier === null ? splitJoinedFiles(segment) : null;
    if (joined) {
      // `893.00/4567 and 4568`: read as the list `893.00/4567, 4568` would be.
      segments.splice(index, 1, joined[0], joined[1]);
      index--;
      continue;
    }
    const boxed = identifier === null ? splitGluedBox(segment) : null;
    if (boxed) {
      // `NSC Files Box 715`: the box's comma is missing; read as `NSC Files, Box 715` would be.
      diagnostics.push({
        ruleId: 'missing-comma-before-box',
        severity: 'warning',
        message: `Unexpected \`${segment.text}\`, expected a comma before the box: \`${boxed[0].text}, ${boxed[1].text}\``,
        range: [segment.start, segment.end],
        actual: segment.text,
        expected: `${boxed[0].text}, ${boxed[1].text}`,
      });
      segments.splice(index, 1, boxed[0], boxed[1]);
      index--;
      continue;
    }
    if (!identifier) {
      // `File Nos. 817.00/1593, 1594`: a second serial of the same class.
      // `CCS 092 (8–22–46), sec. 12`: the section of the file before it.
      // `123–Bohlen, Charles E.`: the given names of the person whose file it is.
      const givenNames = afterFile && isPersonnelFileGivenNames(location.file!, segment.text);
      const section = givenNames || (afterFile && isMilitaryFileSection(location.file!, segment.text));
      if (section || ((continuesFileList(location, collection) || (afterFile && location.file!.includes('/'))) && isPlainSerial(segment.text))) {
        location.file = `${location.file}, ${segment.text}`;
        fileSegment = index;
        if (givenNames) location.fileDate = personnelFileDate(segment.text);
        continue;
      }
      if (index === segments.length - 1 && index > 0 && isClassificationOpening(segment.text)) {
        // `Folder 9, Secret`: a comma typeset where the citation's full stop belongs; the marking
        // may go on after a semicolon (`Folder 9, Secret; Priority`), as a marking sentence does.
        trailingMarking = segment;
        diagnostics.push(separatorBeforeClassification(location, segments[index - 1]!, segment));
        continue;
      }
      if (collection === undefined) collection = segment.text;
      else series.push(segment.text);
      continue;
    }
    switch (identifier.kind) {
      case 'record-group':
        location.recordGroup ??= identifier.value; // `ibid.` has the previous one already
        break;
      case 'lot':
      case 'accession':
      case 'job':
      case 'box':
      case 'folder':
        // A second box (or lot, …) of the same location stays in the path rather than being lost.
        if (fillIdentifierField(location, identifier.kind, identifier.value)) break;
        if (collection === undefined) collection = segment.text;
        else series.push(segment.text);
        break;
      case 'file':
        if (location.file) {
          // `File Nos. 711.94/1234, 711.94/1235`: a list of files, kept together like a list of serials.
          // `Central Files, 611.61/1–2561, 611.61/1–2661`, `P840012–1234, N840001–0123`: right after the file, too.
          if (continuesFileList(location, collection) || afterFile) {
            location.file = `${location.file}, ${segment.text}`;
            fileSegment = index;
            break;
          }
          if (collection === undefined) collection = segment.text;
          else series.push(segment.text);
          break;
        }
        location.file = identifier.value;
        fileSegment = index;
        if (identifier.decimal) {
          location.fileDate = identifier.decimal.date;
          if (identifier.decimal.malformedDate || identifier.decimal.letterO) diagnostics.push(...fileDiagnostics(segment, identifier.decimal));
        }
        break;
    }
  }
  location.collection ??= collection ?? null;
  if (location.collection === collection) location.series = series;
  else if (collection === undefined) location.series = location.series.slice();
  else location.series = [...location.series, collection, ...series];
  return trailingMarking;
}

/** Whether the file written with a digit first is one of the Joint Chiefs' (`9155.3/3100`, `9150/3080 (16 Jan 62)`, `JMF 3001/123`), not a State file. */
function isJointStaffFile(file: string): boolean {
  return hasJointStaffClass(file) || file.charCodeAt(file.length - 1) === 41 /* ) */ || file.charCodeAt(0) === 74 /* J, of JMF */ || isUncodedMilitaryFile(file);
}

/**
 * Whether `name` is the name of the Department's Central Files (`Central Files`, `Central files`,
 * `Central File`) or of the Numerical File that preceded them (`Numerical File, 3767/5`), by its
 * length and first letter before a comparison.
 */
function isCentralFilesName(name: string): boolean {
  if (name.length === 14) return name === 'Numerical File';
  return (name.length === 13 || name.length === 12) && name.charCodeAt(0) === 67 /* C */ && (name === 'Central Files' || name === 'Central files' || name === 'Central File');
}

/**
 * `Franklin D. Roosevelt Library, Hyde Park, N.Y.`: the repository's town (and state), which the
 * earlier volumes write after its name, is no segment of the path. Only a first segment equal to
 * the town of the table's place is dropped, with a state after it written as the table's code,
 * with or without points (`N.Y.`, `NY`), or as US_STATES writes it (`Stanford, California`).
 */
function dropPlace(repository: Repository, segments: Span[]): void {
  // Compared in place, without slicing the town out: this runs on every location with a repository.
  const place = repository.place;
  const town = segments[0]!.text;
  if (!place.startsWith(town) || (place.length > town.length && place.charCodeAt(town.length) !== 44 /* , */)) {
    // `Public Record Office, London`: another town the table gives the repository (a state is not written after it).
    if (repository.towns !== undefined && repository.towns.includes(town)) segments.shift();
    return;
  }
  segments.shift();
  const state = place.length > town.length ? place.slice(town.length + 1).trim() : '';
  if (state && segments.length > 0 && (segments[0]!.text.replace(/\./g, '').toUpperCase() === state.toUpperCase() || findState(segments[0]!.text)?.code === state)) segments.shift();
}

/** `Oral history interview with Dean Acheson` (`, Truman Library`): a transcript the library holds, named before it as a collection is. */
const ORAL_HISTORY = /^Oral [Hh]istory (?:[Ii]nterview|[Tt]ranscript)\b/;

/** Whether a first segment names an oral history, by its first letter before the pattern. */
export function isOralHistory(segment: string): boolean {
  return segment.charCodeAt(0) === 79 /* O */ && ORAL_HISTORY.test(segment);
}

/**
 * `Wilson Papers, Library of Congress`, `Lansing Papers, Library of Congress, Box 3`: the holder
 * named after its collection, as the earlier volumes write it. When the first segment names a
 * collection (`… Papers`), the first segment after it that is a repository of the table becomes
 * the location's repository.
 */
function takeHolderAfterCollection(location: Location, segments: Span[], whole: Span): void {
  if (!COLLECTION_WORDS.test(segments[0]!.text) && !isOralHistory(segments[0]!.text)) return;
  for (let index = 1; index < segments.length; index++) {
    const holder = findRepository(segments[index]!.text);
    if (!holder) continue;
    // `Grew Papers, Houghton Library, Harvard University`: the holder named with its institution
    // after a comma, one name of the table (looked up only once a holder is found).
    const next = segments[index + 1];
    const joined = next ? whole.text.slice(segments[index]!.start - whole.start, next.end - whole.start) : '';
    const both = next !== undefined && findRepository(joined)?.id === holder.id;
    location.repository = both ? joined : segments[index]!.text;
    location.repositoryId = holder.id;
    segments.splice(index, both ? 2 : 1);
    return;
  }
}

/** A repository looked up already for `text`, so that the same prefix is not walked twice. */
export interface KnownRepository {
  readonly text: string;
  readonly match: ReturnType<typeof matchRepositoryPrefix>;
  /** Whether `text` has a colon, when the caller searched it for one already (else it is looked for). */
  readonly colons?: boolean;
  /** Whether `text` has a semicolon, when the caller searched it for one already (else it is looked for). */
  readonly semicolons?: boolean;
}

/**
 * Reads the location written in `span`. `previous` is the location cited just before in the
 * same note, for `ibid.`. Returns null when the span holds nothing that locates a document.
 * `known` is a repository lookup the caller made already (used when it was for the same text).
 */
export function readLocation(span: Span, previous: Location | null, diagnostics: Diagnostic[], known?: KnownRepository): ReadLocation | null {
  const stripped = stripEnds(span);
  if (stripped.text.length === 0) return null;
  let whole = stripped;
  // Cheap opening guards keep the prefix patterns off the common path.
  let first = whole.text.charCodeAt(0) | 32; // ASCII letters in lower case
  if (opensWithFiller(whole.text, first)) {
    // A new span even when no filler is there (`International …`): its ends are stripped again, as they always were.
    whole = spanOf(whole, fillerEnd(whole.text), whole.text.length);
    first = whole.text.length > 0 ? whole.text.charCodeAt(0) | 32 : 0;
  }
  // After the filler: `in File No. 817.00/1593`. The first letter is tested before the word.
  let labelled = false;
  if (first === 102 /* f */ && hasWordAt(whole.text, 0, 'file')) {
    const unlabelled = dropPrefix(whole, FILE_LABEL);
    labelled = unlabelled !== whole;
    whole = unlabelled;
  }
  // Stripping again changes nothing unless a prefix went or the stop hid a `;` or `,` (`Lot 66 D 204;.`).
  if (whole !== stripped || endsInListPunctuation(whole.text)) whole = stripEnds(whole);
  if (whole.text.length === 0) return null;
  const location = emptyLocation(whole.text, rangeOf(whole));

  const ibid = (whole.text.charCodeAt(0) | 32) === 105 /* i */ && hasWordAt(whole.text, 0, 'ibid') ? IBID.exec(whole.text) : null;
  if (ibid) {
    if (!previous) {
      diagnostics.push({
        ruleId: 'ibid-without-antecedent',
        severity: 'warning',
        message: 'Unexpected `ibid.` with no location before it in the note, expected the location written out',
        range: [whole.start, whole.start + ibid[0].length],
        actual: ibid[0],
      });
      return null;
    }
    const rest = dropPrefix(trimSpan(spanOf(whole, ibid[0].length, whole.text.length)), IBID_SEPARATOR);
    location.repository = previous.repository;
    location.repositoryId = previous.repositoryId;
    location.recordGroup = previous.recordGroup;
    location.ibid = true;
    const semicolons = rest.text.indexOf(';') >= 0;
    const segments = pathSegments(rest, 0, true, semicolons);
    const firstIdentifier = segments.length > 0 ? readIdentifier(segments[0]!.text) : null;
    if (firstIdentifier?.kind === 'record-group') {
      // `ibid., RG 59, Central Files 1970–73, POL 7 CHICOM`: another record group of the same repository, with its own path.
      location.recordGroup = null;
    } else if (segments.length === 0 || firstIdentifier) {
      // `ibid.` alone, or `ibid.: Lot 66 D 204`: the same place, with new identifiers.
      location.collection = previous.collection;
      // `ibid., Box 489, President’s Trip Files, …`: another box with its own folders, under the
      // path that stood before the box cited before (`NSC Files, Box 1030, Presidential/HAK Memcons`).
      location.series =
        firstIdentifier?.kind === 'box' && segments.length > 1 && previous.box ? seriesBeforeBox(previous) : [...previous.series];
      if (segments.length === 0) {
        location.file = previous.file;
        location.fileDate = previous.fileDate;
        location.lot = previous.lot;
        location.accession = previous.accession;
        location.job = previous.job;
        location.box = previous.box;
        location.folder = previous.folder;
      }
    }
    const trailingMarking = readSegments(location, segments, diagnostics, semicolons);
    return { location, trailingMarking };
  }

  const knows = known !== undefined && known.text === whole.text;
  const repository = knows ? known.match : matchRepositoryPrefix(whole.text);
  // The path is read in `whole` after the repository, without a slice of its own.
  let pathStart = 0;
  if (repository) {
    location.repository = whole.text.slice(0, repository.length);
    location.repositoryId = repository.repository.id;
    pathStart = afterSeparator(whole.text, repository.length);
    // `Department of State Files`: the repository's files in general, no collection.
    // (No read past the end, when the repository is the whole location: V8 would recompile the reader more generally.)
    if (pathStart < whole.text.length && whole.text.charCodeAt(repository.length) === 32 && (whole.text.charCodeAt(pathStart) | 32) === 102 /* f */) pathStart = afterGeneralFiles(whole.text, pathStart);
  } else {
    // `Paris Peace Conf. 185.1/85`: a collection of files named right before its file number.
    const filed = matchFileCollectionBefore(whole.text);
    if (filed) {
      location.collection = whole.text.slice(0, filed.length);
      location.repositoryId = filed.collection.repositoryId;
      pathStart = filed.fileStart;
    }
  }
  // `File Not 7523`: after a file label, a bare number is a case of the Numerical File.
  const numericalCase = labelled && !repository && isPlainSerial(whole.text);
  if (numericalCase) location.file = whole.text;
  // A text the caller found no semicolon in has none in its path either.
  const semicolons = !numericalCase && !(knows && known.semicolons === false) && whole.text.indexOf(';', pathStart) >= 0;
  const segments = numericalCase ? [] : pathSegments(whole, pathStart, !knows || known.colons !== false, semicolons);
  if (repository && segments.length > 0) dropPlace(repository.repository, segments);
  if (!repository && segments.length > 1 && namesRepository(segments[0]!.text) && !readIdentifier(segments[0]!.text)) {
    location.repository = segments.shift()!.text;
  } else if (!repository && location.collection === null && segments.length > 1) {
    takeHolderAfterCollection(location, segments, whole);
  }
  const trailingMarking = readSegments(location, segments, diagnostics, semicolons);

  // SPEC: a bare decimal file number is the Department of State's Central Files (`FW 711.00/123` too).
  if (!location.repository && !location.collection && location.file && isDigitCode(location.file.charCodeAt(markedFileStart(location.file)))) {
    // `9155.3/3100`, `9150/3080 (16 Jan 62)`, `JMF 3001/123`: the Joint Chiefs' files are no State file.
    if (isJointStaffFile(location.file)) return null;
    location.repositoryId = 'us-department-of-state';
    location.collection = 'Central Files';
  } else if (!location.repository && location.file && location.collection !== null && isCentralFilesName(location.collection) && isDigitCode(location.file.charCodeAt(markedFileStart(location.file))) && !isJointStaffFile(location.file)) {
    // `Central Files, 795.00/6–2550`: the Department's decimal file, named without the Department.
    location.repositoryId = 'us-department-of-state';
  }
  if (!hasContent(location)) return null;
  // Without a repository or an identifier, only a name that reads like a collection locates anything.
  const bare = !location.repository && !location.repositoryId && !location.file && !location.lot && !location.accession && !location.job && !location.box && !location.folder;
  // The word count first: the pattern is slow on the long sentences that end up here.
  if (bare && !(isBareCollectionLength(location.collection ?? '') && COLLECTION_WORDS.test(location.collection ?? '') && readsAsName(location.collection ?? '')) && !isBoundVolume(location)) return null;
  return { location, trailingMarking };
}

/**
 * The series of `previous` written before its box (`NSC Files` in `Nixon Presidential Materials,
 * NSC Files, Box 1030, Presidential/HAK Memcons`): those found, in order, in its text before
 * `Box`. All of them when the box is not found there.
 */
function seriesBeforeBox(previous: Location): string[] {
  const box = previous.text.indexOf(`Box ${previous.box}`);
  if (box < 0) return [...previous.series];
  const kept: string[] = [];
  // The series follow the collection: a name of the repository's (`NSC` in `NSC Files`) is passed over.
  const collection = previous.collection ? previous.text.indexOf(previous.collection) : -1;
  let from = collection < 0 ? 0 : collection + previous.collection!.length;
  for (const segment of previous.series) {
    const at = previous.text.indexOf(segment, from);
    if (at < 0 || at >= box) break;
    kept.push(segment);
    from = at + segment.length;
  }
  return kept;
}

/** A collection word and "of" opening a longer name (`Files of the …`, `Log of the …`). */
const COLLECTION_OF = /^(?:Files|Records|Papers|Log|Minutes|Diary)\sof\s/;

/**
 * Whether a name without a repository is short enough to be a collection: six words, or up to
 * nine when it opens with a collection word and "of" and is written as a name (`Files of the
 * Combined Chiefs of Staff`, `Log of the President's Trip`).
 */
function isBareCollectionLength(collection: string): boolean {
  if (hasAtMostSpacedWords(collection, MAX_BARE_COLLECTION_WORDS)) return true;
  return hasAtMostSpacedWords(collection, MAX_BARE_CAPITALISED_COLLECTION_WORDS) && COLLECTION_OF.test(collection) && isCapitalisedName(collection);
}
