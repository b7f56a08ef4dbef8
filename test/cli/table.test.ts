import { describe, expect, test } from 'vitest';
import { renderTable, truncate } from '../../src/cli/table.js';

describe('truncate', () => {
  test('cuts long text with an ellipsis, counting code points', () => {
    expect(truncate('Presidential Correspondence', 12)).toBe('Presidentia…');
    expect(truncate('short', 12)).toBe('short');
    expect(truncate('Central Files 1964–66', 21)).toBe('Central Files 1964–66');
  });
});

describe('renderTable', () => {
  const columns = [{ header: 'doc' }, { header: 'collection', max: 10 }, { header: 'n', align: 'right' as const }];

  test('aligns columns, truncates cells, trims line ends', () => {
    expect(renderTable(columns, [['d4', 'Central Files', '2'], ['d10', 'Lot', '12']])).toBe(
      ['doc  collection   n', '---  ----------  --', 'd4   Central F…   2', 'd10  Lot         12', ''].join('\n'),
    );
  });

  test('a short row spans the remaining columns; control characters become spaces', () => {
    const table = renderTable(columns, [['d4', 'Central Files', '2'], ['d5', 'error: bad\nline that is far too long']]);
    expect(table.split('\n')[3]).toBe('d5   error: bad l…');
  });
});
