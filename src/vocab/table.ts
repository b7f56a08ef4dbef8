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
 * use in one typed array, a row of `width` slots per node (`column` maps an ASCII code, folded
 * as {@link foldCode} folds it, to its slot, 0 for a character no alias has), other characters
 * in a per-node map. A lookup is then a few reads per character in a table small enough to
 * stay in cache.
 */
interface Trie<E> {
  column: Uint8Array;
  width: number;
  next: Int32Array;
  other: (Map<number, number> | undefined)[];
  entry: (E | undefined)[];
  /** By the first character (ASCII) of a text: its {@link Shortcut}, if an alias starts with it. */
  shortcut: (Shortcut | undefined)[];
  /** By node: 1 when an alias goes on for at least {@link FAR} characters below it. */
  far: Uint8Array;
}

/**
 * Most texts start with an alias exactly as printed (`Department of State`, `Kennedy Library`),
 * and reading a string one `charCodeAt` at a time is what a trie walk spends its time on. So
 * the printed aliases that start with one character also make a sticky pattern, longest first,
 * which finds one of them at the start of a text in a single native match; `node` gives, by the
 * length matched, the trie node that a walk over those characters reaches (-1 when aliases of
 * that length lead to different nodes). The walk then goes on from there, so every result is
 * still the walk's own. A match costs more than a few steps of the walk, so a walk tries it
 * only after {@link JUMP_AT} characters, and only where an alias goes on {@link FAR} more.
 */
interface Shortcut {
  pattern: RegExp;
  node: Int32Array;
}

/** Characters walked before a walk tries its {@link Shortcut}. */
const JUMP_AT = 4;
/** How many more characters an alias must go on for the {@link Shortcut} to be worth trying. */
const FAR = 8;

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
  let width = 2;
  for (const node of nodes) for (const code of node.ascii.keys()) if (slot[code] === 0) slot[code] = width++;
  const next = new Int32Array(nodes.length * width);
  nodes.forEach((node, id) => node.ascii.forEach((child, code) => (next[id * width + slot[code]!] = child)));
  return {
    column: Uint8Array.from({ length: 128 }, (_, code) => slot[foldCode(code)]!),
    width,
    next,
    other: nodes.map((node) => (node.other.size > 0 ? node.other : undefined)),
    entry: nodes.map((node) => node.entry),
    shortcut: new Array<Shortcut | undefined>(128).fill(undefined),
    far: farNodes(nodes),
  };
}

/** By node: 1 when some key goes on for at least {@link FAR} characters below it. */
function farNodes(nodes: readonly { ascii: Map<number, number>; other: Map<number, number> }[]): Uint8Array {
  const height = new Int32Array(nodes.length);
  // Children are numbered after their parent: a backward pass sees every child first.
  for (let id = nodes.length - 1; id >= 0; id--) {
    for (const child of [...nodes[id]!.ascii.values(), ...nodes[id]!.other.values()]) height[id] = Math.max(height[id]!, height[child]! + 1);
  }
  return Uint8Array.from(height, (h) => (h >= FAR ? 1 : 0));
}

/** The trie node of a folded key (0 if the trie does not have it). */
function nodeOfKey<E>(trie: Trie<E>, key: string): number {
  let node = 0;
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    node = code < 128 ? trie.next[node * trie.width + trie.column[code]!]! : (trie.other[node]?.get(code) ?? 0);
    if (node === 0) return 0;
  }
  return node;
}

/**
 * The node a prefix walk reaches over the whole of a printed alias, or -1 unless the alias
 * folds one character at a time into its key (then the walk follows the key's path, and ends
 * on a character that is not a space).
 */
function nodeOfPrinted<E>(trie: Trie<E>, alias: string): number {
  const key = foldKey(alias);
  if (key.length !== alias.length || key.endsWith(' ')) return -1;
  for (let i = 0; i < key.length; i++) if (foldCode(alias.charCodeAt(i)) !== key.charCodeAt(i)) return -1;
  return nodeOfKey(trie, key) || -1;
}

/** A regular-expression source matching `text` literally. */
function escapePattern(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/** Builds the {@link Shortcut}s of a trie from the printed aliases. */
function addShortcuts<E>(trie: Trie<E>, aliases: readonly string[]): void {
  const groups = new Map<number, { alias: string; node: number }[]>();
  for (const alias of new Set(aliases)) {
    const first = alias.charCodeAt(0);
    const node = nodeOfPrinted(trie, alias);
    if (first >= 128 || node < 0) continue; // the walk alone reads it
    let group = groups.get(first);
    if (group === undefined) groups.set(first, (group = []));
    group.push({ alias, node });
  }
  for (const [first, group] of groups) {
    group.sort((a, b) => b.alias.length - a.alias.length);
    const node = new Int32Array(group[0]!.alias.length + 1);
    for (const printed of group) {
      const length = printed.alias.length;
      node[length] = node[length] === 0 || node[length] === printed.node ? printed.node : -1;
    }
    // Alternatives of literal text only, no quantifier: the match is linear in the longest alias.
    const pattern = new RegExp(group.map((printed) => escapePattern(printed.alias)).join('|'), 'y');
    trie.shortcut[first] = { pattern, node };
  }
}

/**
 * The length of the longest printed alias `text` starts with, found by the {@link Shortcut}
 * of its first character, or 0.
 */
function printedPrefix<E>(trie: Trie<E>, text: string): number {
  const first = text.charCodeAt(0);
  const shortcut = first < 128 ? trie.shortcut[first] : undefined;
  if (shortcut === undefined) return 0;
  shortcut.pattern.lastIndex = 0;
  return shortcut.pattern.test(text) ? shortcut.pattern.lastIndex : 0;
}

/** The trie node a walk reaches over the printed alias of length `end` found by {@link printedPrefix}, or -1. */
function printedNode<E>(trie: Trie<E>, text: string, end: number): number {
  return trie.shortcut[text.charCodeAt(0)]!.node[end]!;
}

/** Whether the code unit is a letter or a digit (`\p{L}` or `\p{N}`). */
function isWordCode(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return code === code && /[\p{L}\p{N}]/u.test(String.fromCharCode(code)); // NaN: past the text's end
}

/** Whether an alias ending before `end` ends at a word boundary (not inside a word). */
function endsWord(text: string, end: number): boolean {
  return !(isWordCode(text.charCodeAt(end - 1)) && isWordCode(text.charCodeAt(end)));
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
  const { column, width, next } = trie;
  let node = 0;
  let started = false; // leading whitespace is trimmed
  let space = false; // a run of whitespace is pending: one space if a character follows
  for (let i = 0; i < text.length; i++) {
    if (i === JUMP_AT && trie.far[node] === 1) {
      // The text may be a printed alias: then it is that alias's entry.
      const end = printedPrefix(trie, text);
      const reached = end === text.length ? printedNode(trie, text, end) : -1;
      if (reached > 0) return trie.entry[reached];
    }
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
      node = next[node * width + SPACE_SLOT]!;
      space = false;
      if (node === 0) return undefined;
    }
    node = next[node * width + slot]!;
    if (node === 0) return undefined;
    started = true;
  }
  return trie.entry[node];
}

/**
 * The entry whose alias is the longest prefix of `text` ending at a word boundary, by walking
 * the trie. Characters fold as {@link foldCode} folds them; runs of whitespace fold to one space.
 */
function walkPrefix<E extends VocabEntry>(trie: Trie<E>, text: string): AliasMatch<E> | undefined {
  const { column, width, next, other, entry } = trie;
  let node = 0;
  let best: E | undefined;
  let length = 0;
  let space = false; // the previous character folded to a space
  for (let i = 0; i < text.length; i++) {
    if (i === JUMP_AT && trie.far[node] === 1) {
      // A printed alias at the start takes the walk to its end at once, if it ends a word there.
      const end = printedPrefix(trie, text);
      const reached = end > i ? printedNode(trie, text, end) : -1;
      if (reached > 0 && endsWord(text, end)) {
        node = reached;
        best = entry[reached];
        length = end;
        space = false; // aliases end on a character that is not a space
        i = end;
        if (i === text.length) break;
      }
    }
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
    node = slot >= 0 ? next[node * width + slot]! : (other[node]?.get(folded) ?? 0);
    if (node === 0) break;
    const found = entry[node];
    if (found !== undefined && endsWord(text, i + 1)) {
      best = found;
      length = i + 1;
    }
  }
  return best && { entry: best, length };
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
  addShortcuts(trie, entries.flatMap((entry) => entry.aliases));
  const slowGet = (text: string): E | undefined => byAlias.get(foldKey(text));
  return {
    get: (text) => getExact(trie, text, slowGet),
    prefix: (text) => walkPrefix(trie, text),
  };
}
