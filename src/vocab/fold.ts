/**
 * Folded comparison keys: FRUS prints the same word with hyphen, en dash or em dash, curly or
 * straight apostrophes, and varying spaces, so tables compare on a folded key and keep the
 * printed form.
 *
 * @module
 */

// `[^\S ]`: any whitespace but a plain space (tab, no-break space, thin space, …), which folds to one.
const NEEDS_FOLDING = /[\u2010-\u2015\u2212\u2018\u2019\u02bc]|\s\s|[^\S ]/;
const DASHES = /[\u2010-\u2015\u2212]/g;
const APOSTROPHES = /[\u2018\u2019\u02bc]/g;
const SPACES = /\s+/g;

/** Lower-cases, unifies dashes and apostrophes, and collapses runs of whitespace. */
export function foldKey(text: string): string {
  if (!NEEDS_FOLDING.test(text)) return text.trim().toLowerCase();
  return text.replace(DASHES, '-').replace(APOSTROPHES, "'").replace(SPACES, ' ').trim().toLowerCase();
}

/**
 * The folded code of one character code, as {@link foldChar} folds it (`-1` never occurs).
 */
export function foldCode(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code >= 9 && code <= 13 ? 32 : code;
  if ((code >= 0x2010 && code <= 0x2015) || code === 0x2212) return 45;
  if (code === 0x2018 || code === 0x2019 || code === 0x02bc) return 39;
  return foldChar(String.fromCharCode(code)).charCodeAt(0);
}

/**
 * The folded form of one character, as {@link foldKey} folds it inside a word: dashes to `-`,
 * curly apostrophes to `'`, any whitespace to a space, letters to lower case.
 */
export function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : code >= 9 && code <= 13 ? ' ' : ch;
  if ((code >= 0x2010 && code <= 0x2015) || code === 0x2212) return '-';
  if (code === 0x2018 || code === 0x2019 || code === 0x02bc) return "'";
  if (code === 0xa0 || /\s/.test(ch)) return ' ';
  return ch.toLowerCase();
}
