/**
 * A plain-text table with aligned columns and truncated cells, for terminal output.
 *
 * @module
 */

/** A column of a {@link renderTable} table. */
export interface TableColumn {
  readonly header: string;
  /** Longest cell, in characters; longer cells end in `…`. @defaultValue 40 */
  readonly max?: number;
  /** @defaultValue 'left' */
  readonly align?: 'left' | 'right';
}

/** Control characters (including line breaks), shown as spaces in a cell. */
const CONTROL = /[\u0000-\u001f\u007f]/g;

/** The length of `text` in code points. */
function width(text: string): number {
  return [...text].length;
}

/** `text` cut to `max` characters, with `…` as the last when cut. */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}

/** `text` padded with spaces to `size` characters. */
function pad(text: string, size: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, size - width(text)));
  return align === 'right' ? fill + text : text + fill;
}

/**
 * Renders rows under a header line and a rule. Columns are separated by two spaces and as wide
 * as their widest cell (up to `max`). A row with fewer cells than columns ends in a cell that
 * spans the remaining columns (used for error rows). Lines carry no trailing spaces; the result
 * ends in a newline.
 */
export function renderTable(columns: readonly TableColumn[], rows: readonly (readonly string[])[]): string {
  const isSpan = (row: readonly string[], index: number): boolean =>
    row.length < columns.length && index === row.length - 1;
  const cells = rows.map((row) =>
    row.map((cell, index) => {
      const clean = cell.replace(CONTROL, ' ');
      return isSpan(row, index) ? clean : truncate(clean, columns[index]?.max ?? 40);
    }),
  );
  const widths = columns.map((column, index) => {
    const sizes = cells.filter((row) => index < row.length && !isSpan(row, index)).map((row) => width(row[index]!));
    return Math.max(width(column.header), ...sizes);
  });
  const line = (row: readonly string[]): string =>
    row
      .map((cell, index) => {
        if (!isSpan(row, index)) return pad(cell, widths[index]!, columns[index]?.align ?? 'left');
        const rest = widths.slice(index).reduce((sum, size) => sum + size + 2, -2);
        return truncate(cell, Math.max(1, rest));
      })
      .join('  ')
      .trimEnd();
  const header = line(columns.map((column) => column.header));
  const rule = widths.map((size) => '-'.repeat(size)).join('  ');
  return [header, rule, ...cells.map(line)].map((text) => `${text}\n`).join('');
}
