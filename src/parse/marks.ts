/**
 * Stage 0: one scan of the note for the characters later stages react to. The splitter needs
 * every full stop, bracket and double quote; the typographic checks need hyphens and the
 * punctuation that may lack a space after it (or have one before it). A regular-expression scan
 * costs about as much per character as the work done at the few characters it finds, so the
 * two stages share one scan instead of making one each.
 *
 * @module
 */

/**
 * The marks: `.` `(` `)` `[` `]` `“` `”` `"` and `-` wherever they are, and `:` `,` `;` where
 * something other than whitespace follows, or (`,` `;`) a space comes before. `test` with
 * `lastIndex` finds each one-character match without building a match array.
 */
const MARK = /[.()[\]\u201c\u201d"-]|[:,;](?:(?=\S)|(?<= [,;]))/g;
/**
 * The blanks other than a space that a note pasted from a page may hold, to be read as spaces:
 * those {@link hasOtherBlanks} looks for, so that a note is turned into its spaced copy exactly
 * when it has one (a vertical tab or form feed alone, which no page gives, is left as written).
 */
const OTHER_BLANKS = /[\t\n\r\u00a0]/g;

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

/**
 * Whether `text` holds a line break, a tab or a no-break space, which {@link withPlainSpaces}
 * turns into spaces. Four native searches: adding these blanks to the marks scan's class made
 * that scan a quarter slower, on every note, for the few that hold one.
 */
export function hasOtherBlanks(text: string): boolean {
  return text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0 || text.indexOf('\t') >= 0 || text.indexOf('\u00a0') >= 0;
}

/**
 * `text` with every line break, tab and no-break space replaced by a space, one for one, so that
 * offsets stay those of the note: a note pasted from a page (`Prepared by\nPhyllis D. Bernau in\nthe
 * Office of the Secretary`) reads like the same note on one line.
 */
export function withPlainSpaces(text: string): string {
  return text.replace(OTHER_BLANKS, ' ');
}
