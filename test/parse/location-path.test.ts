import { describe, expect, it } from 'vitest';
import { pathSegments } from '../../src/parse/location-path.js';
import type { Span } from '../../src/parse/span.js';

const segments = (text: string, start = 0) => {
  const span: Span = { text, start, end: start + text.length };
  return pathSegments(span, 0, text.includes(':'), text.includes(';')).map((segment) => [segment.text, segment.start, segment.end]);
};

describe('pathSegments', () => {
  it('cuts at commas and colons outside brackets, with offsets in the note', () => {
    expect(segments('Conference Files: Lot 62 D 181, CF 567', 20)).toEqual([
      ['Conference Files', 20, 36],
      ['Lot 62 D 181', 38, 50],
      ['CF 567', 52, 58],
    ]);
    expect(segments('Records (Rusk, Ball), Box 3').map(([text]) => text)).toEqual(['Records (Rusk, Ball)', 'Box 3']);
    // A colon before a digit separates nothing.
    expect(segments('Box 3:12').map(([text]) => text)).toEqual(['Box 3:12']);
  });

  it('does not cut at the colon after a box or folder label, which introduces its value', () => {
    expect(segments('Matlock Files, Folder: USSR 1989').map(([text]) => text)).toEqual(['Matlock Files', 'Folder: USSR 1989']);
    expect(segments('Matlock Files, Box: 12, File Folder: Gorbachev').map(([text]) => text)).toEqual(['Matlock Files', 'Box: 12', 'File Folder: Gorbachev']);
    // Another name before a colon still cuts it.
    expect(segments('Conference Files: Folder 3').map(([text]) => text)).toEqual(['Conference Files', 'Folder 3']);
  });

  it('keeps commas that separate nothing inside their segment', () => {
    expect(segments('Central Files, 740.0011 European War, 1939/1234').map(([text]) => text)).toEqual(['Central Files', '740.0011 European War, 1939/1234']);
    expect(segments('Memoranda of Conversations, Box 7, Nov. 21, 1974').map(([text]) => text)).toEqual(['Memoranda of Conversations', 'Box 7', 'Nov. 21, 1974']);
  });

  it('cuts at a semicolon before an identifier or after a box, not before a marking', () => {
    expect(segments('USSR (03/08/1985); Box 5').map(([text]) => text)).toEqual(['USSR (03/08/1985)', 'Box 5']);
    expect(segments('PSF, Box 3; Hopkins Papers').map(([text]) => text)).toEqual(['PSF', 'Box 3', 'Hopkins Papers']);
    expect(segments('Lot 66 D 204; Secret; Priority').map(([text]) => text)).toEqual(['Lot 66 D 204; Secret; Priority']);
    expect(segments('761.91/7–848; Telegram').map(([text]) => text)).toEqual(['761.91/7–848; Telegram']);
  });

  it('keeps a quoted folder title whole, with its commas and colons', () => {
    expect(segments('Whitman File, “Dulles, John Foster, Chronological, 1955”').map(([text]) => text)).toEqual(['Whitman File', '“Dulles, John Foster, Chronological, 1955”']);
    expect(segments('Files of Walt W. Rostow, “Meetings with the President, January–April 1967, [2 of 2]”, Box 1').map(([text]) => text)).toEqual([
      'Files of Walt W. Rostow',
      '“Meetings with the President, January–April 1967, [2 of 2]”',
      'Box 1',
    ]);
    expect(segments('S/S–I Records, “Evening Reading: Jan–June 1981”').map(([text]) => text)).toEqual(['S/S–I Records', '“Evening Reading: Jan–June 1981”']);
  });
});
