/**
 * Stage 3a: read one archival location (`Department of State, Central Files, 711.11-KE/1-2161`)
 * into a Location: repository from the table, then path segments split on commas and colons,
 * each either an identifier (lot, file, box, …) or a collection/series name.
 *
 * @module
 */
import type { Diagnostic } from '../model/diagnostic.js';
import { emptyLocation, type Location } from '../model/provenance.js';
import { findClassification, matchClassificationPrefix } from '../vocab/classifications.js';
import { matchHandlingPrefix } from '../vocab/handling.js';
import { matchRepositoryPrefix } from '../vocab/repositories.js';
import { hasWordAt, isDigitCode, isSpaceCode, nextBracket, skipSpaces } from './chars.js';
import { gluedMarking, mayBeMarking } from './glued-marking.js';
import { isDecimalHead, isPlainSerial, readIdentifier, type DecimalFile } from './identifiers.js';
import { stripFinalStop } from './sentences.js';
import { dropPrefix, rangeOf, spanOf, trimSpan, type Span } from './span.js';

/** A location and what else its text carried. */
export interface ReadLocation {
  location: Location;
  /** A classification written as the last path segment (`Folder 9, Secret`). */
  trailingMarking: Span | null;
}

/** Words that make an unknown first segment a repository rather than a collection. */
const REPOSITORY_WORDS = /\b(?:Library|Archives?|Institution|University|College|Center|Centre|Museum|Foundation|Society|Ministry|Agency|Command|Institute)\b/;
const IBID = /^ibid\.?/i;
const IBID_SEPARATOR = /^[,:;]\s*/;
/** A name without a repository longer than this is a sentence, not a collection. */
const MAX_BARE_COLLECTION_WORDS = 6;
/** Words that make a name without a repository a collection (`Roosevelt Papers`, `J.C.S. Files`). */
const COLLECTION_WORDS = /\b(?:Papers|Files?|Records?|Collection|Series|Correspondence|Minutes|Diar(?:y|ies)|Documents|Archives?|Chron(?:ology)?|Memoranda|Messages|Telegrams|Cables|Reports|Materials?|Office|Library)\b/i;
const LEADING_FILLER = /^(?:(?:in|at|among)\s+)?(?:the\s+)?/i;
/** The first two letters of LEADING_FILLER's words: a text opening otherwise has no filler to drop. */
const FILLER_OPENINGS = ['in', 'at', 'am', 'th'];
const FILE_LABEL = /^File\.?\s*(?:Nos?|Not)[.,]?\s*(?:No\.\s*)?(?=\d)/i;
const YEAR_SERIAL = /^\d{4}\s?\/\s?\d/;

/** The offset past what follows a repository name at `index`: spaces, an optional `,` or `:`, spaces. */
function afterSeparator(text: string, index: number): number {
  let i = skipSpaces(text, index);
  const code = i < text.length ? text.charCodeAt(i) : -1;
  if (code === 44 || code === 58) i++;
  return skipSpaces(text, i);
}

/** Whether `text` has at most `max` words split on single spaces (as `text.split(' ').length` counts them). */
function hasAtMostSpacedWords(text: string, max: number): boolean {
  let count = 1;
  for (let space = text.indexOf(' '); space >= 0 && count <= max; space = text.indexOf(' ', space + 1)) count++;
  return count <= max;
}

/** Whether `text` opens with one of `words` (lower case) in any case. */
function opensWithAny(text: string, words: readonly string[]): boolean {
  for (const word of words) if (hasWordAt(text, 0, word)) return true;
  return false;
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

/**
 * Path segments of `span` from `from` on: its text cut at top-level commas and colons, blanks
 * around each piece dropped, empty pieces skipped, and a decimal class joined back to its
 * `, 1939/…` continuation. Brackets nest: a comma inside `(…)` or `[…]` cuts nothing. The
 * separators are found with `indexOf` (a native scan, several times faster than a loop over
 * char codes) and no pieces are built before the segments: this runs on every location.
 * `colons` and `semicolons` say whether the text has a `:` or a `;` there (the caller knows, or
 * finds out once for the segments' tests too): each search costs about as much as a segment.
 */
function pathSegments(span: Span, from: number, colons: boolean, semicolons: boolean): Span[] {
  const text = span.text;
  const segments: Span[] = [];
  let comma = text.indexOf(',', from);
  let colon = colons ? text.indexOf(':', from) : -1;
  // Depth stays 0 up to the first opening bracket (a stray closing one counts nothing).
  let bracket = (comma >= 0 || colon >= 0) && (text.indexOf('(', from) >= 0 || text.indexOf('[', from) >= 0) ? nextBracket(text, from) : -1;
  let depth = 0;
  let pieceStart = from;
  while (comma >= 0 || colon >= 0) {
    const at = colon < 0 || (comma >= 0 && comma < colon) ? comma : colon;
    if (at === comma) comma = text.indexOf(',', at + 1);
    else colon = text.indexOf(':', at + 1);
    const next = separatorEnd(text, at);
    if (next < 0) continue;
    for (; bracket >= 0 && bracket < at; bracket = nextBracket(text, bracket + 1)) {
      const code = text.charCodeAt(bracket);
      if (code === 40 /* ( */ || code === 91 /* [ */) depth++;
      else if (depth > 0) depth--;
    }
    if (depth !== 0) continue;
    addSegment(span, pieceStart, at, segments);
    pieceStart = next;
  }
  addSegment(span, pieceStart, text.length, segments);
  return semicolons ? segments.flatMap(splitTrailingIdentifier) : segments;
}

/**
 * `USSR (03/08/1985–03/14/1985); NLR–775–13–29–9–7`, `Box 3; Hopkins Papers`: a semicolon and
 * blank inside a path segment separate two segments when an identifier follows it, or when a box,
 * folder, lot, job or accession ends before it and no marking follows (`Lot 66 D 204; Secret` stays whole: the marking is
 * glued to the path, and is read apart later).
 */
function splitTrailingIdentifier(segment: Span): Span[] {
  const semicolon = segment.text.lastIndexOf(';');
  // As printed, `; ` with its blank: a semicolon inside a number (`763;72111/3214a`) is a typo.
  if (semicolon <= 0 || !isSpaceCode(segment.text.charCodeAt(semicolon + 1))) return [segment];
  const tail = trimSpan(spanOf(segment, semicolon + 1, segment.text.length));
  if (tail.text.length === 0) return [segment];
  const head = trimSpan(spanOf(segment, 0, semicolon));
  if (readIdentifier(tail.text) !== null) return [head, tail];
  if (isContainerIdentifier(head.text) && !opensMarking(tail.text)) return [head, tail];
  return [segment];
}

/**
 * Whether `text` is a box, folder, lot, job or accession (`Box 3`): what a collection named
 * after a semicolon can follow. A file is left alone (`761.91/7–848; Telegram` mistypes a colon).
 */
function isContainerIdentifier(text: string): boolean {
  const identifier = readIdentifier(text);
  return identifier !== null && identifier.kind !== 'file' && identifier.kind !== 'record-group';
}

/** Whether `text` opens with a classification or a handling caption (`Secret; Priority`, `Exdis`). */
function opensMarking(text: string): boolean {
  return matchClassificationPrefix(text) !== undefined || matchHandlingPrefix(text) !== undefined;
}

/**
 * Where the segment separator at `index` (a comma or a colon) ends, past the blanks after it, as
 * `/,\s*|:\s*(?=[^\d\s])|:\s+/` would match it; -1 for a colon that separates nothing (`Box 3:12`, a
 * final `:`).
 */
function separatorEnd(text: string, index: number): number {
  let end = index + 1;
  while (end < text.length && isSpaceCode(text.charCodeAt(end))) end++;
  if (text.charCodeAt(index) === 44 /* , */ || end > index + 1) return end;
  return end < text.length && !isDigitCode(text.charCodeAt(end)) ? end : -1;
}

/** Whether `piece` opens as YEAR_SERIAL requires (four digits, then `/` or a blank), so that most pieces skip the pattern. */
function mayBeYearSerial(piece: string): boolean {
  if (piece.length < 6) return false;
  // The fifth character first: it rules out names and decimal classes (`747C.00/…`) at once.
  const fifth = piece.charCodeAt(4);
  if (fifth !== 47 /* / */ && !isSpaceCode(fifth)) return false;
  for (let k = 0; k < 4; k++) if (!isDigitCode(piece.charCodeAt(k))) return false;
  return true;
}

/** A month and a day that end a segment (`November 21`, `Memcon of Sept. 3`), which a year after a comma completes. */
const MONTH_DAY_END = /(?:^|\s)(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)\s+\d{1,2}$/;

/**
 * Whether `piece` is the year of a date that `previous` ends with a month and a day
 * (`November 21, 1974`): the date's comma separates no segments. The year is four digits, then
 * the piece's end or a character other than a digit (`1974—Ford`).
 */
function completesDate(previous: string, piece: string): boolean {
  if (piece.length < 4 || !isDigitCode(previous.charCodeAt(previous.length - 1))) return false;
  for (let k = 0; k < 4; k++) if (!isDigitCode(piece.charCodeAt(k))) return false;
  return (piece.length === 4 || !isDigitCode(piece.charCodeAt(4))) && MONTH_DAY_END.test(previous);
}

/** Adds `span.text[from, to)`, trimmed, to `segments`, or joins it to the decimal class or the month and day before it. */
function addSegment(span: Span, from: number, to: number, segments: Span[]): void {
  const text = span.text;
  while (from < to && isSpaceCode(text.charCodeAt(from))) from++;
  while (to > from && isSpaceCode(text.charCodeAt(to - 1))) to--;
  if (from === to) return;
  const piece = text.slice(from, to);
  // Not `segments[segments.length - 1]`: index -1 of an empty array is a slow named-property lookup.
  const previous = segments.length > 0 ? segments[segments.length - 1] : undefined;
  // The digit test keeps the pattern off the (many) named segments.
  if (previous && ((mayBeYearSerial(piece) && YEAR_SERIAL.test(piece) && isDecimalHead(previous.text)) || completesDate(previous.text, piece))) {
    const previousFrom = previous.start - span.start;
    segments[segments.length - 1] = { text: text.slice(previousFrom, to), start: previous.start, end: span.start + to };
  } else {
    segments.push({ text: piece, start: span.start + from, end: span.start + to });
  }
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

/** The location field each kind of identifier fills (a decimal or numeric file fills `file`, read apart). */
const IDENTIFIER_FIELDS = {
  lot: 'lot',
  accession: 'accession',
  job: 'job',
  box: 'box',
  folder: 'folder',
} as const satisfies Record<string, keyof Location>;

/** Fills identifier and path fields of `location` from the segments; `semicolons` says whether any has a `;`. */
function readSegments(location: Location, segments: Span[], diagnostics: Diagnostic[], semicolons: boolean): Span | null {
  // The path segments: the first names the collection, the others the series.
  let collection: string | undefined;
  const series: string[] = [];
  let trailingMarking: Span | null = null;
  for (let index = 0; index < segments.length; index++) {
    let segment = segments[index]!;
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
    const identifier = readIdentifier(segment.text);
    if (!identifier) {
      // `File Nos. 817.00/1593, 1594`: a second serial of the same class.
      if (location.file && location.file.includes('/') && isPlainSerial(segment.text) && collection === undefined) {
        location.file = `${location.file}, ${segment.text}`;
        continue;
      }
      if (index === segments.length - 1 && index > 0 && mayBeMarking(segment.text, 0, segment.text.length) && findClassification(segment.text)) {
        // `Folder 9, Secret`: a comma typeset where the citation's full stop belongs.
        trailingMarking = segment;
        const before = segments[index - 1]!;
        const written = segment.text;
        diagnostics.push({
          ruleId: 'comma-before-classification',
          severity: 'warning',
          message: `Unexpected \`${before.text}, ${written}\`, expected a full stop before the classification: \`${before.text}. ${written}\``,
          range: [before.start, segment.end],
          expected: `${before.text}. ${written}`,
        });
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
      case 'folder': {
        const field = IDENTIFIER_FIELDS[identifier.kind];
        // A second box (or lot, …) of the same location stays in the path rather than being lost.
        if (location[field] === null) location[field] = identifier.value;
        else if (collection === undefined) collection = segment.text;
        else series.push(segment.text);
        break;
      }
      case 'file':
        if (location.file) {
          if (collection === undefined) collection = segment.text;
          else series.push(segment.text);
          break;
        }
        location.file = identifier.value;
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

/** A repository looked up already for `text`, so that the same prefix is not walked twice. */
export interface KnownRepository {
  readonly text: string;
  readonly match: ReturnType<typeof matchRepositoryPrefix>;
  /** Whether `text` has a colon, when the caller searched it for one already (else it is looked for). */
  readonly colons?: boolean;
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
  const first = whole.text.charCodeAt(0) | 32; // ASCII letters in lower case
  if ((first === 105 /* i */ || first === 97 /* a */ || first === 116 /* t */) && opensWithAny(whole.text, FILLER_OPENINGS)) whole = dropPrefix(whole, LEADING_FILLER);
  // After the filler: `in File No. 817.00/1593`.
  let labelled = false;
  if (hasWordAt(whole.text, 0, 'file')) {
    const unlabelled = dropPrefix(whole, FILE_LABEL);
    labelled = unlabelled !== whole;
    whole = unlabelled;
  }
  // Stripping again changes nothing unless a prefix went or the stop hid a `;` or `,` (`Lot 66 D 204;.`).
  if (whole !== stripped || endsInListPunctuation(whole.text)) whole = stripEnds(whole);
  if (whole.text.length === 0) return null;
  const location = emptyLocation(whole.text, rangeOf(whole));

  const ibid = hasWordAt(whole.text, 0, 'ibid') ? IBID.exec(whole.text) : null;
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
    const firstIsIdentifier = segments.length > 0 && readIdentifier(segments[0]!.text) !== null;
    if (segments.length === 0 || firstIsIdentifier) {
      // `ibid.` alone, or `ibid.: Lot 66 D 204`: the same place, with new identifiers.
      location.collection = previous.collection;
      location.series = [...previous.series];
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
  }
  // `File Not 7523`: after a file label, a bare number is a case of the Numerical File.
  const numericalCase = labelled && !repository && isPlainSerial(whole.text);
  if (numericalCase) location.file = whole.text;
  const semicolons = !numericalCase && whole.text.indexOf(';', pathStart) >= 0;
  const segments = numericalCase ? [] : pathSegments(whole, pathStart, !knows || known.colons !== false, semicolons);
  if (!repository && segments.length > 1 && REPOSITORY_WORDS.test(segments[0]!.text) && !readIdentifier(segments[0]!.text)) {
    location.repository = segments.shift()!.text;
  }
  const trailingMarking = readSegments(location, segments, diagnostics, semicolons);

  // SPEC: a bare decimal file number is the Department of State's Central Files.
  if (!location.repository && !location.collection && location.file && isDigitCode(location.file.charCodeAt(0))) {
    location.repositoryId = 'us-department-of-state';
    location.collection = 'Central Files';
  }
  if (!hasContent(location)) return null;
  // Without a repository or an identifier, only a name that reads like a collection locates anything.
  const bare = !location.repository && !location.repositoryId && !location.file && !location.lot && !location.accession && !location.job && !location.box && !location.folder;
  // The word count first: the pattern is slow on the long sentences that end up here.
  if (bare && !(hasAtMostSpacedWords(location.collection ?? '', MAX_BARE_COLLECTION_WORDS) && COLLECTION_WORDS.test(location.collection ?? ''))) return null;
  return { location, trailingMarking };
}
