/**
 * Character tests with an ASCII fast path. The parser looks at single characters in its hot
 * loops; a regular expression per character would dominate its running time.
 *
 * @module
 */

const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const SPACE = /\s/;

/** Whether `ch` is a letter (any script). */
export function isLetter(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const code = ch.charCodeAt(0);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER.test(ch);
}

/** Whether `ch` is a lower-case letter. */
export function isLower(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const code = ch.charCodeAt(0);
  return code < 128 ? code >= 97 && code <= 122 : LOWER.test(ch);
}

/** Whether `ch` is an upper-case letter. */
export function isUpper(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const code = ch.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : UPPER.test(ch);
}

/** Whether `ch` is an ASCII digit. */
export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch.length > 0 && ch >= '0' && ch <= '9';
}

/** Whether `ch` is whitespace (any Unicode space). */
export function isSpace(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const code = ch.charCodeAt(0);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(ch);
}

/** Whether the character code `code` is whitespace. */
export function isSpaceCode(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || (code > 127 && SPACE.test(String.fromCharCode(code)));
}
