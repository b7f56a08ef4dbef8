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

/**
 * The trie of a table's folded aliases, flattened into arrays indexed by node number (the root
 * is node 0, so 0 also means "no such child"): transitions on the ASCII characters the aliases
 * use in one typed array, a row of `width` slots per node (`slot` maps a folded ASCII code to
 * its column, 0 for a character no alias has), other characters in a per-node map. A lookup
 * is then a few reads per character in a table small enough to stay in cache.
 */
interface Trie<E> {
  slot: Uint8Array;
  width: number;
  ascii: Int32Array;
  other: (Map<number, number> | undefined)[];
  entry: (E | undefined)[];
}

/** ASCII codes as {@link foldCode} folds them. */
const ASCII_FOLD = Uint8Array.from({ length: 128 }, (_, code) => foldCode(code));

function buildTrie<E>(keys: readonly (readonly [string, E])[]): Trie<E> {
  const nodes: { ascii: Map<number, number>; other: Map<number, number>; entry: E | undefined }[] = [];
  const newNode = (): number => nodes.push({ ascii: new Map(), other: new Map(), entry: undefined }) - 1;
  newNode();
  for (const [key, entry] of keys) {
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      const children = code < 128 ? nodes[node]!.ascii : nodes[node]!.other;
      let next = children.get(code);
      if (next === undefined) {
        next = newNode();
        children.set(code, next);
      }
      node = next;
    }
    nodes[node]!.entry = entry;
  }
  const slot = new Uint8Array(128);
  let width = 1; // column 0: characters no alias uses
  for (const node of nodes) for (const code of node.ascii.keys()) if (slot[code] === 0) slot[code] = width++;
  const ascii = new Int32Array(nodes.length * width);
  nodes.forEach((node, id) => node.ascii.forEach((next, code) => (ascii[id * width + slot[code]!] = next)));
  return {
    slot,
    width,
    ascii,
    other: nodes.map((node) => (node.other.size > 0 ? node.other : undefined)),
    entry: nodes.map((node) => node.entry),
  };
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
  const keys: [string, E][] = [];
  for (const entry of entries) {
    for (const alias of entry.aliases) {
      const key = foldKey(alias);
      const other = byAlias.get(key);
      if (other && other !== entry) throw new Error(`Alias "${alias}" is in both ${other.id} and ${entry.id}`);
      byAlias.set(key, entry);
      keys.push([key, entry]);
    }
  }
  const trie = buildTrie(keys);
  return {
    get: (text) => byAlias.get(foldKey(text)),
    prefix(text) {
      // Walk the trie over folded characters; runs of whitespace fold to one space.
      const { slot, width, ascii, other, entry } = trie;
      let node = 0;
      let best: E | undefined;
      let length = 0;
      let previous = -1;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        const folded = code < 128 ? ASCII_FOLD[code]! : foldCode(code);
        if (folded === 32 && previous === 32) continue;
        previous = folded;
        node = folded < 128 ? ascii[node * width + slot[folded]!]! : (other[node]?.get(folded) ?? 0);
        if (node === 0) break;
        const found = entry[node];
        if (found !== undefined && !(isWordChar(text[i]) && isWordChar(text[i + 1]))) {
          best = found;
          length = i + 1;
        }
      }
      return best && { entry: best, length };
    },
  };
}
