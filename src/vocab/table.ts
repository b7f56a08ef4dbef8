/**
 * A vocabulary table: entries with an id and the aliases they are written as, looked up by a
 * folded key. Shared by every table under `src/vocab`.
 *
 * @module
 */
import { foldChar, foldKey } from './fold.js';

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

/** A trie node over folded characters. */
interface TrieNode<E> {
  next: Map<string, TrieNode<E>>;
  entry?: E;
}

function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return /[\p{L}\p{N}]/u.test(ch);
}

/** Builds the alias index of a table. Throws at module load if two entries share an alias. */
export function indexAliases<E extends VocabEntry>(entries: readonly E[]): AliasIndex<E> {
  const byAlias = new Map<string, E>();
  const root: TrieNode<E> = { next: new Map() };
  for (const entry of entries) {
    for (const alias of entry.aliases) {
      const key = foldKey(alias);
      const other = byAlias.get(key);
      if (other && other !== entry) throw new Error(`Alias "${alias}" is in both ${other.id} and ${entry.id}`);
      byAlias.set(key, entry);
      let node = root;
      for (const ch of key) {
        let child = node.next.get(ch);
        if (!child) node.next.set(ch, (child = { next: new Map() }));
        node = child;
      }
      node.entry = entry;
    }
  }
  return {
    get: (text) => byAlias.get(foldKey(text)),
    prefix(text) {
      // Walk the trie over folded characters; runs of whitespace fold to one space.
      let node: TrieNode<E> | undefined = root;
      let best: AliasMatch<E> | undefined;
      for (let i = 0; i < text.length && node; i++) {
        const folded = foldChar(text[i]!);
        if (folded === ' ' && i > 0 && foldChar(text[i - 1]!) === ' ') continue;
        node = node.next.get(folded);
        if (node?.entry && !(isWordChar(text[i]) && isWordChar(text[i + 1]))) best = { entry: node.entry, length: i + 1 };
      }
      return best;
    },
  };
}
