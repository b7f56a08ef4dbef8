/**
 * Stage 0: one scan of the note for the characters later stages react to. The splitter needs
 * every full stop, bracket and curly double quote; the typographic checks need hyphens and the
 * punctuation that may lack a space after it (or have one before it). A regular-expression scan
 * costs about as much per character as the work done at the few characters it finds, so the
 * two stages share one scan instead of making one each.
 *
 * @module
 */

/**
 * The marks: `.` `(` `)` `[` `]` `“` `”` and `-` wherever they are, and `:` `,` `;` where
 * something other than whitespace follows, or (`,` `;`) a space comes before. `test` with
 * `lastIndex` finds each one-character match without building a match array.
 */
const MARK = /[.()[\]\u201c\u201d-]|[:,;](?:(?=\S)|(?<= [,;]))/g;

/**
 * The offsets of the marks in `text`, in text order, each plus `base` (the offset of `text` in
 * the note, so that stages working on a part of the note can share the note's marks).
 */
export function findMarks(text: string, base = 0): number[] {
  const marks: number[] = [];
  MARK.lastIndex = 0;
  while (MARK.test(text)) marks.push(MARK.lastIndex - 1 + base);
  return marks;
}
