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
 * use in one typed array, a row of `2 ** shift` slots per node (`column` maps an ASCII code,
 * folded as {@link foldCode} folds it, to its slot, 0 for a character no alias has), other
 * characters in a per-node map. A lookup is then a few reads per character in a table small enough to
 * stay in cache.
 */
interface Trie<E> {
  column: Uint8Array;
  /** The rows' width is a power of two, `2 ** shift` slots: a node's row and its number are a shift apart. */
  shift: number;
  /**
   * The rows: in the slot of each character, the link to the child it leads to — the child's
   * number times two, plus 1 if the child ends an alias — or 0 for none. A step is one read and
   * two shifts, and the walk need not look at the entries to learn that an alias ends. Two bytes
   * a link keep the tables small: the walks read them between much else, and what stays in the
   * cache is read several times faster.
   */
  next: Uint16Array;
  other: (Map<number, number> | undefined)[];
  entry: (E | undefined)[];
  /** 1 for a node that ends an alias (has an entry), for the links of the characters in `other`. */
  ends: Uint8Array;
}

/** The slot of the space in every trie, reserved whether or not an alias has one. */
const SPACE_SLOT = 1;

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
  // Slot 0: characters no alias uses; slot 1: the space, which lookups test for.
  const slot = new Uint8Array(128);
  slot[32] = SPACE_SLOT;
  let slots = 2;
  for (const node of nodes) for (const code of node.ascii.keys()) if (slot[code] === 0) slot[code] = slots++;
  const shift = Math.ceil(Math.log2(slots));
  if (nodes.length >= 1 << 15) throw new Error(`A trie of ${nodes.length} nodes has links wider than two bytes`);
  const next = new Uint16Array(nodes.length << shift);
  const link = (child: number): number => linkTo(child, nodes[child]!.entry === undefined ? 0 : 1);
  nodes.forEach((node, id) => node.ascii.forEach((child, code) => (next[(id << shift) + slot[code]!] = link(child))));
  return {
    column: Uint8Array.from({ length: 128 }, (_, code) => slot[foldCode(code)]!),
    shift,
    next,
    other: nodes.map((node) => (node.other.size > 0 ? node.other : undefined)),
    entry: nodes.map((node) => node.entry),
    ends: Uint8Array.from(nodes, (node) => (node.entry === undefined ? 0 : 1)),
  };
}

/** The link (see {@link Trie.next}) to node `child`; `ends` is 1 if the child ends an alias. */
function linkTo(child: number, ends: number): number {
  return (child << 1) | ends;
}

/** A letter or a digit (`\p{L}`, `\p{N}`), looked for outside ASCII. */
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Whether the code unit is a letter or a digit (`\p{L}` or `\p{N}`). */
function isWordCode(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return code === code && WORD_CHARACTER.test(String.fromCharCode(code)); // NaN: past the text's end
}

/** ASCII whitespace as `\s` (and so {@link foldKey}) sees it. */
function isAsciiSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

/**
 * The entry whose folded alias equals `text` folded, by walking the trie: {@link foldKey}'s
 * folding done one character at a time, without building the key. Only ASCII, dashes and
 * apostrophes fold that simply; any other character sends the text to `slow`, which folds it.
 */
function getExact<E>(trie: Trie<E>, text: string, slow: (text: string) => E | undefined): E | undefined {
  const { column, shift, next } = trie;
  let node = 0;
  let started = false; // leading whitespace is trimmed
  let space = false; // a run of whitespace is pending: one space if a character follows
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let slot: number;
    if (code < 128) {
      if (isAsciiSpace(code)) {
        space = started;
        continue;
      }
      slot = column[code]!;
    } else if ((code >= 0x2010 && code <= 0x2015) || code === 0x2212) slot = column[45]!;
    else if (code === 0x2018 || code === 0x2019 || code === 0x02bc) slot = column[39]!;
    else return slow(text);
    if (space) {
      node = next[(node << shift) + SPACE_SLOT]! >> 1;
      space = false;
      if (node === 0) return undefined;
    }
    node = next[(node << shift) + slot]! >> 1;
    if (node === 0) return undefined;
    started = true;
  }
  return trie.entry[node];
}

/** The folded alias keys of a table, each with its entry. Throws if two entries share an alias. */
function aliasKeys<E extends VocabEntry>(entries: readonly E[]): { byAlias: Map<string, E>; keys: [string, E][] } {
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
  return { byAlias, keys };
}

/**
 * The trie nodes with an entry that a walk over `text` passes at a word boundary, and the length
 * of text matched at each, in walk order (so the last is the longest match): filled by
 * {@link walkPrefixes}, which returns how many. Shared scratch space, so a walk allocates nothing.
 */
const MATCH_NODES = new Int32Array(256);
const MATCH_LENGTHS = new Int32Array(256);

/**
 * Walks `trie` over the folded characters of `text` (runs of whitespace fold to one space) as
 * far as an alias continues, recording in MATCH_NODES/MATCH_LENGTHS each node that ends an
 * alias where a word ends. Returns the number recorded.
 */
function walkPrefixes<E>(trie: Trie<E>, text: string): number {
  const { column, shift, next, other, ends } = trie;
  const length = text.length;
  let row = 0; // the current node's row in `next` (node << shift)
  let count = 0;
  let space = false; // the previous character folded to a space
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    let folded = code;
    let slot: number;
    if (code < 128) slot = column[code]!;
    else {
      folded = foldCode(code);
      slot = folded < 128 ? column[folded]! : -1;
    }
    if (slot === SPACE_SLOT) {
      if (space) continue;
      space = true;
    } else space = false;
    let link: number;
    if (slot >= 0) link = next[row + slot]!;
    else {
      const child = other[row >> shift]?.get(folded) ?? 0;
      link = child === 0 ? 0 : linkTo(child, ends[child]!);
    }
    if (link === 0) break;
    row = (link >> 1) << shift;
    // Reading past the end (NaN) would make V8 recompile the walk more generally: test the length.
    if ((link & 1) === 1 && !(isWordCode(code) && i + 1 < length && isWordCode(text.charCodeAt(i + 1))) && count < MATCH_NODES.length) {
      MATCH_NODES[count] = row >> shift;
      MATCH_LENGTHS[count++] = i + 1;
    }
  }
  return count;
}

/** Builds the alias index of a table. Throws at module load if two entries share an alias. */
export function indexAliases<E extends VocabEntry>(entries: readonly E[]): AliasIndex<E> {
  const { byAlias, keys } = aliasKeys(entries);
  const trie = buildTrie(keys);
  const slowGet = (text: string): E | undefined => byAlias.get(foldKey(text));
  return {
    get: (text) => getExact(trie, text, slowGet),
    prefix(text) {
      const count = walkPrefixes(trie, text);
      return count === 0 ? undefined : { entry: trie.entry[MATCH_NODES[count - 1]!]!, length: MATCH_LENGTHS[count - 1]! };
    },
  };
}

/** The longest-prefix matches of one text in two tables. */
export interface AliasPairMatch<A extends VocabEntry, B extends VocabEntry> {
  first: AliasMatch<A> | undefined;
  second: AliasMatch<B> | undefined;
}

/** Longest-prefix lookups in two tables at once, for texts that are looked up in both. */
export interface AliasPairIndex<A extends VocabEntry, B extends VocabEntry> {
  /** What `prefix(text)` of each table's index finds, found in one walk of the text. */
  prefixes(text: string): AliasPairMatch<A, B>;
}

/** A trie node's entries in each of two tables. */
interface PairEntry<A, B> {
  first: A | undefined;
  second: B | undefined;
}

/**
 * Builds the index of two tables' aliases in one trie, so that a text looked up in both is
 * walked once (the citation, which can open with a publication or a repository, and often
 * with `Department of State`, the start of an alias in each). Each table's longest match is
 * the one its own index finds: the walk goes on while either table has an alias ahead.
 */
export function indexAliasPair<A extends VocabEntry, B extends VocabEntry>(first: readonly A[], second: readonly B[]): AliasPairIndex<A, B> {
  const byKey = new Map<string, PairEntry<A, B>>();
  const pairOf = (key: string): PairEntry<A, B> => {
    let pair = byKey.get(key);
    if (pair === undefined) byKey.set(key, (pair = { first: undefined, second: undefined }));
    return pair;
  };
  for (const [key, entry] of aliasKeys(first).keys) pairOf(key).first = entry;
  for (const [key, entry] of aliasKeys(second).keys) pairOf(key).second = entry;
  const trie = buildTrie([...byKey]);
  return {
    prefixes(text) {
      // The longest match of each table: the last recorded node with an entry of that table.
      let first: AliasMatch<A> | undefined;
      let second: AliasMatch<B> | undefined;
      for (let k = walkPrefixes(trie, text) - 1; k >= 0 && (first === undefined || second === undefined); k--) {
        const pair = trie.entry[MATCH_NODES[k]!]!;
        if (first === undefined && pair.first !== undefined) first = { entry: pair.first, length: MATCH_LENGTHS[k]! };
        if (second === undefined && pair.second !== undefined) second = { entry: pair.second, length: MATCH_LENGTHS[k]! };
      }
      return { first, second };
    },
  };
}
