/**
 * A vocabulary table: entries with an id and the aliases they are written as, looked up by a
 * folded key. Shared by every table under `src/vocab`.
 *
 * @module
 */
import { foldKey } from './fold.js';

/** The part every vocabulary entry has. */
export interface VocabEntry {
  /** Stable kebab-case id. */
  readonly id: string;
  /** Every spelling seen in notes; matched on a folded key. */
  readonly aliases: readonly string[];
}

/** A looked-up alias: the entry and the alias that matched. */
export interface AliasMatch<E extends VocabEntry> {
  entry: E;
  /** Length of the matched prefix in the searched text. */
  length: number;
}

/** Exact and longest-prefix lookups over a table's aliases. */
export interface AliasIndex<E extends VocabEntry> {
  /** The entry whose alias equals `text` (folded), if any. */
  get(text: string): E | undefined;
  /**
   * The entry whose alias is the longest prefix of `text` ending at a word boundary.
   * Runs in time proportional to the longest alias, not to the text.
   */
  prefix(text: string): AliasMatch<E> | undefined;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Builds the alias index of a table. Throws at module load if two entries share an alias. */
export function indexAliases<E extends VocabEntry>(entries: readonly E[]): AliasIndex<E> {
  const byAlias = new Map<string, E>();
  let longest = 0;
  for (const entry of entries) {
    for (const alias of entry.aliases) {
      const key = foldKey(alias);
      const other = byAlias.get(key);
      if (other && other !== entry) throw new Error(`Alias "${alias}" is in both ${other.id} and ${entry.id}`);
      byAlias.set(key, entry);
      longest = Math.max(longest, alias.length);
    }
  }
  return {
    get: (text) => byAlias.get(foldKey(text)),
    prefix(text) {
      // Try every word boundary up to the longest alias, keeping the longest hit.
      const limit = Math.min(text.length, longest + 8);
      let best: AliasMatch<E> | undefined;
      for (let end = 1; end <= limit; end++) {
        const next = text[end];
        if (next !== undefined && WORD_CHAR.test(next) && WORD_CHAR.test(text[end - 1] ?? '')) continue;
        const entry = byAlias.get(foldKey(text.slice(0, end)));
        if (entry) best = { entry, length: end };
      }
      return best;
    },
  };
}
