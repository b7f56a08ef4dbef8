/**
 * A set of code units built from a vocabulary table (the first letters of its aliases, say), for
 * the cheap tests that keep lookups off texts that cannot match.
 *
 * @module
 */

/**
 * A set of code units as a table of the ASCII ones and a set of the others: nearly every code
 * looked up is ASCII, and a table read costs less than a hash lookup.
 */
export interface CodeSet {
  readonly ascii: Uint8Array;
  readonly other: ReadonlySet<number>;
}

/** The CodeSet of `codes`. */
export function codeSet(codes: Iterable<number>): CodeSet {
  const ascii = new Uint8Array(128);
  const other = new Set<number>();
  for (const code of codes) {
    if (code >= 0 && code < 128) ascii[code] = 1;
    else other.add(code);
  }
  return { ascii, other };
}

/** Whether `set` has `code` (false for NaN, the code past a text's end). */
export function hasCode(set: CodeSet, code: number): boolean {
  return code >= 0 && code < 128 ? set.ascii[code] === 1 : set.other.has(code);
}

/**
 * The first letters of the aliases of `entries`, ASCII capitals made small (`| 32`): the CodeSet a
 * text's first code unit (so made small) is tested in before its lookup in their table.
 */
export function aliasFirstLetters(entries: readonly { readonly aliases: readonly string[] }[]): CodeSet {
  return codeSet(entries.flatMap((entry) => entry.aliases.map((alias) => alias.charCodeAt(0) | 32)));
}
