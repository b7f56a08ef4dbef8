/**
 * Stage 0: one scan of the note for the characters later stages react to. The splitter needs
 * every full stop, bracket and curly double quote; the typographic checks need hyphens and the
 * punctuation that may lack a space after it (or have one before it). A regular-expression scan
 * costs about as much per character as the work done at the few characters it finds, so the
 * two stages share one scan instead of making one each. The same scan finds the blanks other
 * than a space (line breaks, tabs, no-break spaces) that a note pasted from a page may hold.
 *
 * @module
 */

/**
 * The marks: `.` `(` `)` `[` `]` `“` `”` `"` and `-` wherever they are, and `:` `,` `;` where
 * something other than whitespace follows, or (`,` `;`) a space comes before; and the blanks
 * other than a space, which are no marks. `test` with `lastIndex` finds each one-character match
 * without building a match array.
 */
const MARK = /[.()[\]\u201c\u201d"\t\n\v\f\r\u00a0-]|[:,;](?:(?=\S)|(?<= [,;]))/g;
/** The blanks other than a space that MARK finds, to be read as spaces. */
const OTHER_BLANKS = /[\t\n\v\f\r\u00a0]/g;

/** Whether the code unit is a blank other than a space that MARK finds. */
function isOtherBlank(code: number): boolean {
  return code === 0xa0 || (code >= 9 && code <= 13);
}

/** Set by {@link scanMarks}: whether the text scanned last holds a blank other than a space. */
let sawOtherBlank = false;

/** The marks of `text`, each plus `base`; notes in `sawOtherBlank` whether other blanks were passed over. */
function scanMarks(text: string, base: number): number[] {
  const marks: number[] = [];
  sawOtherBlank = false;
  MARK.lastIndex = 0;
  while (MARK.test(text)) {
    const at = MARK.lastIndex - 1;
    if (isOtherBlank(text.charCodeAt(at))) sawOtherBlank = true;
    else marks.push(at + base);
  }
  return marks;
}

/**
 * The offsets of the marks in `text`, in text order, each plus `base` (the offset of `text` in
 * the note, so that stages working on a part of the note can share the note's marks).
 */
export function findMarks(text: string, base = 0): number[] {
  return scanMarks(text, base);
}

/**
 * The marks of a note, or null when the note holds a line break, a tab or a no-break space: the
 * parser then reads it as {@link withPlainSpaces} gives it (one scan finds both).
 */
export function findNoteMarks(text: string): number[] | null {
  const marks = scanMarks(text, 0);
  return sawOtherBlank ? null : marks;
}

/**
 * `text` with every line break, tab and no-break space replaced by a space, one for one, so that
 * offsets stay those of the note: a note pasted from a page (`Prepared by\nPhyllis D. Bernau in\nthe
 * Office of the Secretary`) reads like the same note on one line.
 */
export function withPlainSpaces(text: string): string {
  return text.replace(OTHER_BLANKS, ' ');
}
