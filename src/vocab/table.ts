/**
 * A vocabulary table: entries with an id and the aliases they are written as, looked up by a
 * folded key. Shared by every table under `src/vocab`.
 *
 * @module
 */
import { foldCode, foldKey } from './fold.js';

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

/** A trie node over folded character codes: an array for ASCII, a map for the rest. */
interface TrieNode<E> {
  ascii: (TrieNode<E> | undefined)[];
  other: Map<number, TrieNode<E>>;
  entry?: E;
}

function newNode<E>(): TrieNode<E> {
  return { ascii: new Array<TrieNode<E> | undefined>(128).fill(undefined), other: new Map() };
}

function child<E>(node: TrieNode<E>, code: number): TrieNode<E> | undefined {
  return code < 128 ? node.ascii[code] : node.other.get(code);
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
  const root = newNode<E>();
  for (const entry of entries) {
    for (const alias of entry.aliases) {
      const key = foldKey(alias);
      const other = byAlias.get(key);
      if (other && other !== entry) throw new Error(`Alias "${alias}" is in both ${other.id} and ${entry.id}`);
      byAlias.set(key, entry);
      let node = root;
      for (let i = 0; i < key.length; i++) {
        const code = key.charCodeAt(i);
        let next = child(node, code);
        if (!next) {
          next = newNode<E>();
          if (code < 128) node.ascii[code] = next;
          else node.other.set(code, next);
        }
        node = next;
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
      let previous = -1;
      for (let i = 0; i < text.length && node; i++) {
        const folded = foldCode(text.charCodeAt(i));
        if (folded === 32 && previous === 32) continue;
        previous = folded;
        node = child(node, folded);
        if (node?.entry && !(isWordChar(text[i]) && isWordChar(text[i + 1]))) best = { entry: node.entry, length: i + 1 };
      }
      return best;
    },
  };
}
