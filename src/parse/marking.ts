/**
 * Stage 3b: the sentence of markings (`Secret; Niact; Limit Distribution`): the first
 * semicolon-separated part is the classification, the rest are handling captions.
 *
 * @module
 */
import type { Diagnostic } from '../model/diagnostic.js';
import type { Classification } from '../model/provenance.js';
import { CLASSIFICATIONS, findClassification, matchClassificationPrefix } from '../vocab/classifications.js';
import { findHandlingCaption, matchHandlingPrefix } from '../vocab/handling.js';
import { isSpaceCode, isUpperCode, skipSpaces } from './chars.js';
import { isDistributionSentence } from './distribution.js';
import { startsWithRoleVerb } from './people.js';
import { rangeOf, spanOf, trimmedSpanOf, trimSpan, type Span } from './span.js';

/** What a marking sentence holds. */
export interface Marking {
  classification: Classification | null;
  handling: string[];
  /**
   * Whom a wartime message is marked for, after its classification (`for the President from the
   * Former Naval Person` in `Personal and Secret for the President from the Former Naval
   * Person`): kept by the caller as a remark.
   */
  addressee?: Span;
  /**
   * Where the telegram was repeated or sent, run on to the marking after a semicolon
   * (`repeated to Tokyo` in `Confidential; repeated to Tokyo`): from that part to the end, for the
   * caller to read as a distribution sentence.
   */
  distribution?: Span;
  /**
   * The drafting sentence run on to the marking without its full stop (`Drafted by Smith;
   * cleared by Jones` in `Secret; Nodis Drafted by Smith; cleared by Jones`): from its role verb
   * to the end, for the caller to read as a people sentence.
   */
  people?: Span;
}

const JOINER = /^\s*(?:[-–—/]|and\s)\s*/;
const MAX_UNKNOWN_WORDS = 4;
/** Captions a comma, not a semicolon, may set apart (`Secret, Priority`), matched as whole words. */
const CAPTIONS_AFTER_COMMA: readonly string[] = ['Priority', 'Immediate', 'Niact', 'Exdis', 'Nodis', 'Limdis', 'Noforn'];

/** Whether `code` is an ASCII word character, as `\b` sees it (NaN, past the end, is not). */
function isAsciiWordCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/**
 * Where the part separator at `index` ends, or -1 if there is none: a semicolon and the spaces
 * after it, or a comma and its spaces when one of {@link CAPTIONS_AFTER_COMMA} follows, or a
 * caption of the table that is the whole part after it.
 */
function separatorEnd(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code === 59 /* ; */) return skipSpaces(text, index + 1);
  if (code !== 44 /* , */) return -1;
  const end = skipSpaces(text, index + 1);
  for (const caption of CAPTIONS_AFTER_COMMA) {
    if (text.startsWith(caption, end) && !isAsciiWordCode(text.charCodeAt(end + caption.length))) return end;
  }
  // `Top Secret, Eyes Only`: any caption of the table that fills the part up to the next separator.
  return isCaption(trimmedPart(text, end)) ? end : -1;
}

/** The part of `text` from `start` up to the next `,` or `;` (or the end), without trailing blanks and full stops. */
function trimmedPart(text: string, start: number): string {
  let end = start;
  while (end < text.length && text.charCodeAt(end) !== 44 && text.charCodeAt(end) !== 59) end++;
  while (end > start && isBlankOrStop(text.charCodeAt(end - 1))) end--;
  return text.slice(start, end);
}

/** Whether `code` is whitespace or a full stop, which a part does not end with. */
function isBlankOrStop(code: number): boolean {
  return code === 46 || isSpaceCode(code);
}

/** Adds `text[start, end)` of `span` to `parts`, without surrounding whitespace and trailing full stops, unless empty. */
function addPart(parts: Span[], span: Span, start: number, end: number): void {
  const text = span.text;
  start = skipSpaces(text, start);
  while (end > start && isBlankOrStop(text.charCodeAt(end - 1))) end--;
  if (start < end) parts.push(start === 0 && end === text.length ? span : spanOf(span, start, end));
}

/**
 * Parts of a marking sentence: split on semicolons (and on commas before a precedence or
 * distribution caption) outside parentheses and brackets, in one pass over the characters.
 */
function markingParts(span: Span): Span[] {
  const text = span.text;
  const parts: Span[] = [];
  if (text.indexOf(';') < 0 && text.indexOf(',') < 0) {
    // Most marking sentences have one part: no separator to look for (`indexOf` outruns the loop).
    addPart(parts, span, 0, text.length);
    return parts;
  }
  let last = 0;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 40 /* ( */ || code === 91 /* [ */) depth++;
    else if (code === 41 /* ) */ || code === 93 /* ] */) depth = depth > 0 ? depth - 1 : 0;
    else if (depth === 0 && (code === 59 || code === 44)) {
      const end = separatorEnd(text, i);
      if (end < 0) continue;
      addPart(parts, span, last, i);
      last = end;
      i = end - 1;
    }
  }
  addPart(parts, span, last, text.length);
  return parts;
}

/** Whether `text` is a caption, possibly `Eyes Only` joined by a dash to another caption. */
function isCaption(text: string): boolean {
  return findHandlingCaption(text) !== undefined;
}

/** A classification read from a part, and the captions joined to it (`Secret–Personal`), if any. */
interface ClassificationPart {
  classification: Classification;
  captions: string[];
}

/**
 * Reads the classification at the start of a part: `Secret–Personal` → Secret, plus caption
 * `Personal`; `Top Secret/Sensitive/Exclusively Eyes Only` → Top Secret, plus both captions.
 */
function readClassification(part: Span): ClassificationPart | null {
  const exact = findClassification(part.text);
  if (exact) return { classification: { level: exact.level, text: part.text, range: rangeOf(part) }, captions: [] };
  const prefix = matchClassificationPrefix(part.text);
  if (!prefix) return readCaptionFirst(part);
  const tail = part.text.slice(prefix.length);
  const joiner = JOINER.exec(tail);
  if (!joiner) return readCaptionAfterBlank(part, prefix.entry.level, tail);
  const caption = tail.slice(joiner[0].length).trim();
  const captions = isCaption(caption) ? [caption] : slashedCaptions(caption);
  if (!captions) return null;
  return { classification: { level: prefix.entry.level, text: part.text, range: rangeOf(part) }, captions };
}

/**
 * Reads a part whose classification is followed, after a blank alone, by a caption that may be
 * so written (`Top Secret Umbra`, `Top Secret Codeword`): the level, the text as written (as
 * `Secret–Personal` is kept), the caption in handling; else null.
 */
function readCaptionAfterBlank(part: Span, level: Classification['level'], tail: string): ClassificationPart | null {
  if (tail.length < 2 || !isSpaceCode(tail.charCodeAt(0))) return null;
  const caption = tail.trim();
  if (findHandlingCaption(caption)?.afterLevel !== true) return null;
  return { classification: { level, text: part.text, range: rangeOf(part) }, captions: [caption] };
}

/** The captions of a text that joins several with slashes (`Sensitive/Exclusively Eyes Only`), or null unless all are captions. */
function slashedCaptions(text: string): string[] | null {
  if (text.indexOf('/') < 0) return null;
  const captions = text.split('/').map((caption) => caption.trim());
  return captions.every(isCaption) ? captions : null;
}

/**
 * Reads a part that names the caption before the classification (`Personal and Secret`,
 * `Personal and Top Secret`, the wartime messages' order) as `Secret and Personal` is read: the
 * level, the text as written, the caption in handling. A part that is a caption as a whole
 * (`Personal and Confidential`) is left to the captions.
 */
function readCaptionFirst(part: Span): ClassificationPart | null {
  const caption = matchHandlingPrefix(part.text);
  if (!caption) return null;
  const tail = part.text.slice(caption.length);
  const joiner = JOINER.exec(tail);
  if (!joiner) return null;
  const level = findClassification(tail.slice(joiner[0].length).trim());
  if (!level) return null;
  return { classification: { level: level.level, text: part.text, range: rangeOf(part) }, captions: [part.text.slice(0, caption.length)] };
}

/**
 * Whether every part from `from` on is a caption, the first perhaps with whom the message is for
 * (`Eyes Only for the Secretary`, kept whole as after a semicolon: `Top Secret; Eyes Only for the Secretary`).
 */
function allCaptions(parts: readonly Span[], from: number): boolean {
  for (let k = from; k < parts.length; k++) if (!isCaption(parts[k]!.text) && !(k === from && isAddressedCaption(parts[k]!.text))) return false;
  return true;
}

/** The texts of the parts from `from` on, appended to `texts`. */
function partTexts(parts: readonly Span[], from: number, texts: string[] = []): string[] {
  for (let k = from; k < parts.length; k++) texts.push(parts[k]!.text);
  return texts;
}

/** Whether `text` (trimmed) has at most `max` whitespace-separated words. */
function hasAtMostWords(text: string, max: number): boolean {
  let words = 1;
  for (let i = 0; i < text.length; i++) {
    if (!isSpaceCode(text.charCodeAt(i))) continue;
    if (++words > max) return false;
    while (i + 1 < text.length && isSpaceCode(text.charCodeAt(i + 1))) i++;
  }
  return true;
}

/**
 * The marking of parts that open with a caption and hold one classification after it
 * (`Official–Informal; Confidential`), the other parts all captions; else null. The captions
 * keep their order.
 */
function classificationAfterCaptions(parts: readonly Span[]): Marking | null {
  if (parts.length < 2 || !isCaption(parts[0]!.text)) return null;
  let classification: Classification | null = null;
  const handling: string[] = [parts[0]!.text];
  for (let k = 1; k < parts.length; k++) {
    const part = parts[k]!;
    if (isCaption(part.text)) {
      handling.push(part.text);
      continue;
    }
    // A second classification makes no marking.
    if (classification !== null) return null;
    const entry = findClassification(part.text);
    if (!entry) return null;
    classification = { level: entry.level, text: part.text, range: rangeOf(part) };
  }
  return classification === null ? null : { classification, handling };
}

/**
 * Reads `span` as a marking sentence. Returns null when it is not one: the first part must be
 * a known classification, or every part a known caption, or captions and one classification
 * after the first of them. A short unknown first part followed by
 * known captions is read as an unknown classification and reported.
 */
export function readMarking(span: Span, diagnostics: Diagnostic[]): Marking | null {
  const body = trimSpan(span, '.');
  const parts = markingParts(body);
  // Most markings hold no drafting line: one native search turns them down.
  const people = body.text.indexOf(' by ') > 0 ? peopleAfter(parts, body, diagnostics) : undefined;
  const distribution = parts.length > 1 ? distributionAfter(parts, body) : undefined;
  const marking = readMarkingParts(parts, diagnostics);
  if (marking && distribution) marking.distribution = distribution;
  if (marking && people) marking.people = people;
  return marking;
}

/**
 * The drafting sentence run on to a marking (`Secret; Nodis Drafted by Smith; cleared by Jones`):
 * from the role verb to the end of `body`. The verb opens a part after the first (`Secret; Exdis;
 * Drafted in S/S by …`), or follows the classification or a caption after a blank, the full stop
 * missing (`Secret Drafted by …`, `Nodis Drafted by …`), which is reported. `parts` is cut before
 * the verb, the marking's words kept. Only a part holding " by " is looked at.
 */
function peopleAfter(parts: Span[], body: Span, diagnostics: Diagnostic[]): Span | undefined {
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k]!;
    if (part.text.indexOf(' by ') < 0) continue;
    // `Secret; Nodis; cleared by Jones`: a part after the first that opens with the verb.
    if (k > 0 && startsWithRoleVerb(part)) {
      parts.length = k;
      return spanOf(body, part.start - body.start, body.text.length);
    }
    for (let space = part.text.indexOf(' '); space > 0; space = part.text.indexOf(' ', space + 1)) {
      if (!isUpperCode(part.text.charCodeAt(space + 1))) continue;
      const verb = spanOf(part, space + 1, part.text.length);
      const head = part.text.slice(0, space);
      if (!startsWithRoleVerb(verb) || !(k === 0 ? findClassification(head) !== undefined : isCaption(head))) continue;
      diagnostics.push(missingFullStop(part, space));
      parts[k] = trimmedSpanOf(part, 0, space);
      parts.length = k + 1;
      return spanOf(body, verb.start - body.start, body.text.length);
    }
  }
  return undefined;
}

/** The report that the full stop is missing at the blank `space` of `part`, between the marking's last word and a role verb (`Nodis Drafted`). */
function missingFullStop(part: Span, space: number): Diagnostic {
  let wordEnd = space;
  while (wordEnd > 0 && isSpaceCode(part.text.charCodeAt(wordEnd - 1))) wordEnd--;
  const start = part.text.lastIndexOf(' ', wordEnd - 1) + 1;
  const verbEnd = part.text.indexOf(' ', space + 1);
  const end = verbEnd < 0 ? part.text.length : verbEnd;
  const actual = part.text.slice(start, end);
  const expected = `${part.text.slice(start, wordEnd)}. ${part.text.slice(space + 1, end)}`;
  return {
    ruleId: 'missing-full-stop',
    severity: 'warning',
    message: `Unexpected \`${actual}\`, expected a full stop between the marking and the next sentence: \`${expected}\``,
    range: [part.start + start, part.start + end],
    actual,
    expected,
  };
}

/**
 * The distribution run on to a marking (`Confidential; repeated to Tokyo`), from the first part
 * after the first that is a distribution sentence to the end of `body`, which `parts` is cut
 * from; `parts` is cut before it. Undefined when no part is one.
 */
function distributionAfter(parts: Span[], body: Span): Span | undefined {
  for (let k = 1; k < parts.length; k++) {
    if (!isDistributionSentence(parts[k]!.text)) continue;
    const distribution = spanOf(body, parts[k]!.start - body.start, body.text.length);
    parts.length = k;
    return distribution;
  }
  return undefined;
}

/** A capital first (`Secrte`): an unknown word so written may be a classification. */
const OPENS_WITH_CAPITAL = /^\p{Lu}/u;

/** Reads the parts of a marking sentence ({@link readMarking}). */
function readMarkingParts(parts: Span[], diagnostics: Diagnostic[]): Marking | null {
  const first = parts[0];
  if (!first) return null;
  const classified = readClassification(first);
  if (classified) {
    const handling = classified.captions;
    return { classification: classified.classification, handling: partTexts(parts, 1, handling) };
  }
  if (allCaptions(parts, 0)) return { classification: null, handling: partTexts(parts, 0) };
  const addressed = readAddressedClassification(first);
  if (addressed) return { classification: addressed.classified.classification, handling: partTexts(parts, 1, addressed.classified.captions), addressee: addressed.addressee };
  const afterCaptions = classificationAfterCaptions(parts);
  if (afterCaptions) return afterCaptions;
  if (parts.length > 1 && allCaptions(parts, 1) && hasAtMostWords(first.text, MAX_UNKNOWN_WORDS) && OPENS_WITH_CAPITAL.test(first.text)) {
    diagnostics.push(unknownClassification(first));
    return {
      classification: { level: 'other', text: first.text, range: rangeOf(first) },
      handling: partTexts(parts, 1),
    };
  }
  return null;
}

/** Where ` for ` or ` from ` first opens whom a message is for or from (`… for the President`, `… from the Prime Minister`), or -1. */
function addresseeStart(text: string): number {
  const forAt = text.indexOf(' for ');
  const fromAt = text.indexOf(' from ');
  return forAt < 0 ? fromAt : fromAt < 0 ? forAt : Math.min(forAt, fromAt);
}

/** Whether `text` is a caption followed by whom the message is for (`Eyes Only for the Secretary`, `Personal for the President`). */
function isAddressedCaption(text: string): boolean {
  const at = addresseeStart(text);
  return at > 0 && isCaption(text.slice(0, at));
}

/**
 * A classification followed by whom the message is for (`Personal and Top Secret for the
 * President from Harriman`, `Secret and Personal for the President`): the classification read
 * from the words before ` for `, and the rest as the addressee; else null. Only a part with
 * ` for ` in it is looked at.
 */
function readAddressedClassification(part: Span): { classified: ClassificationPart; addressee: Span } | null {
  const at = addresseeStart(part.text);
  if (at < 0) return null;
  // `Personal and Most Secret, from Former Naval Person to President Roosevelt`: a comma may close the classification.
  const classified = readClassification(spanOf(part, 0, part.text.charCodeAt(at - 1) === 44 /* , */ ? at - 1 : at));
  return classified ? { classified, addressee: spanOf(part, at + 1, part.text.length) } : null;
}

/** How many semicolon-separated parts {@link looksLikeMarking} tries as captions. */
const MAX_TRIED_PARTS = 6;

/** Whether `text[start, end)`, less one trailing full stop and surrounding whitespace, is a caption. */
function isCaptionAt(text: string, start: number, end: number): boolean {
  if (end > start && text.charCodeAt(end - 1) === 46) end--;
  start = skipSpaces(text, start);
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return isCaption(text.slice(start, end));
}

/** Whether a unit starts like a marking sentence (cheap test before {@link readMarking}). */
export function looksLikeMarking(span: Span): boolean {
  const text = span.text;
  if (matchClassificationPrefix(text) !== undefined || matchHandlingPrefix(text) !== undefined) return true;
  // `Secrte; Priority`: an unknown first part followed by captions.
  const semicolon = text.indexOf(';');
  if (semicolon < 0 || semicolon > 40) return false;
  let start = 0;
  for (let k = 0; k < MAX_TRIED_PARTS; k++) {
    const end = text.indexOf(';', start);
    if (isCaptionAt(text, start, end < 0 ? text.length : end)) return true;
    if (end < 0) return false;
    start = end + 1;
  }
  return false;
}

/**
 * The classifications a slip of one letter is looked for in, as the table writes them and in
 * small letters: every level's words (`Secret`, `Limited Official Use`), not its initials
 * (`LOU`) or the sentences of no marking, which a slip would not leave a marking.
 */
const MISSPELLABLE_CLASSIFICATIONS: readonly { readonly alias: string; readonly lowered: string }[] = CLASSIFICATIONS.filter((entry) => entry.level !== 'no-marking' && entry.id !== 'codeword')
  .flatMap((entry): readonly string[] => entry.aliases)
  .filter((alias) => alias.length >= 6 && alias !== alias.toUpperCase())
  .map((alias) => ({ alias, lowered: alias.toLowerCase() }));
/** The lengths of the shortest and longest {@link MISSPELLABLE_CLASSIFICATIONS}, less and plus the one letter a slip may drop or add. */
const MISSPELLABLE_MIN = Math.min(...MISSPELLABLE_CLASSIFICATIONS.map((word) => word.alias.length)) - 1;
const MISSPELLABLE_MAX = Math.max(...MISSPELLABLE_CLASSIFICATIONS.map((word) => word.alias.length)) + 1;

/**
 * Whether `a` and `b` (in small letters) differ by one slip of the pen: one letter changed,
 * dropped or added, or two neighbours swapped (`secrte`, `confidental`, `secrett`). Equal
 * words are not a slip.
 */
function isOneSlipApart(a: string, b: string): boolean {
  if (a.length < b.length) [a, b] = [b, a];
  if (a.length - b.length > 1) return false;
  let i = 0;
  while (i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === a.length) return false;
  if (a.length > b.length) return a.slice(i + 1) === b.slice(i);
  if (a.slice(i + 1) === b.slice(i + 1)) return true;
  return a.charCodeAt(i) === b.charCodeAt(i + 1) && a.charCodeAt(i + 1) === b.charCodeAt(i) && a.slice(i + 2) === b.slice(i + 2);
}

/**
 * Reads a sentence that is a classification with a slip of the pen (`Secrct.`, `Confidental`,
 * `Top Secert`) as an unknown classification, and reports it: a marking sentence of its own,
 * which no reader took, the whole sentence one letter away from a classification of the table.
 * Null for any other sentence; only one of a classification's length, opening with a capital,
 * is compared.
 */
export function readMisspelledClassification(span: Span, diagnostics: Diagnostic[]): Marking | null {
  const text = span.text;
  if (text.length < MISSPELLABLE_MIN || text.length > MISSPELLABLE_MAX) return null;
  const first = text.charCodeAt(0);
  if (first < 65 || first > 90) return null;
  const lowered = text.toLowerCase();
  const meant = MISSPELLABLE_CLASSIFICATIONS.find((word) => isOneSlipApart(lowered, word.lowered));
  if (!meant) return null;
  diagnostics.push({ ...unknownClassification(span), message: `Unexpected classification \`${text}\`, expected \`${meant.alias}\``, expected: meant.alias });
  return { classification: { level: 'other', text, range: rangeOf(span) }, handling: [] };
}

/** The report of `span`, read as a classification, as one the table does not know. */
function unknownClassification(span: Span): Diagnostic {
  return {
    ruleId: 'unknown-classification',
    severity: 'warning',
    message: `Unexpected classification \`${span.text}\`, expected one of Top Secret, Secret, Confidential, Limited Official Use, Official Use Only, Unclassified or No classification marking`,
    range: rangeOf(span),
    actual: span.text,
  };
}

/** Whether a unit opens with a handling caption (`Priority; Limdis.`): a marking sentence after the classification. */
export function startsWithCaption(span: Span): boolean {
  return matchHandlingPrefix(span.text) !== undefined;
}
