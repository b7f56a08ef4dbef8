/**
 * Folded comparison keys: FRUS prints the same word with hyphen, en dash or em dash, curly or
 * straight apostrophes, and varying spaces, so tables compare on a folded key and keep the
 * printed form.
 *
 * @module
 */

const DASHES = /[\u2010-\u2015\u2212]/g;
const APOSTROPHES = /[\u2018\u2019\u02bc]/g;
const SPACES = /\s+/g;

/** Lower-cases, unifies dashes and apostrophes, and collapses runs of whitespace. */
export function foldKey(text: string): string {
  return text.replace(DASHES, '-').replace(APOSTROPHES, "'").replace(SPACES, ' ').trim().toLowerCase();
}
