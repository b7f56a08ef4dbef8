import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readDocumentList } from '../../src/io/document-list.js';
import type { InputItem } from '../../src/io/types.js';

const read = (text: string): InputItem[] => [...readDocumentList(text)];

describe('readDocumentList', () => {
  test('reads headings and their Source paragraphs, skipping the title', () => {
    const text = [
      'Kennedy-Khrushchev Exchanges',
      '',
      '',
      '4. Telegram From the Department of State to the Embassy in the Soviet Union',
      '',
      'Source: Department of State, Central Files, 711.11-KE/1-2161. Unclassified; Niact.',
      '',
      '5. Telegram From President Kennedy to Chairman Khrushchev',
      '',
      'Source: Department of State, Central Files, 761.13/2-1361. Unclassified.',
    ].join('\n');
    expect(read(text)).toEqual([
      {
        kind: 'note',
        line: 6,
        text: 'Source: Department of State, Central Files, 711.11-KE/1-2161. Unclassified; Niact.',
        context: { doc: 'd4', n: '4', head: 'Telegram From the Department of State to the Embassy in the Soviet Union' },
      },
      {
        kind: 'note',
        line: 10,
        text: 'Source: Department of State, Central Files, 761.13/2-1361. Unclassified.',
        context: { doc: 'd5', n: '5', head: 'Telegram From President Kennedy to Chairman Khrushchev' },
      },
    ]);
  });

  test('joins wrapped headings and notes; a wrapped line that looks like a heading stays in the note', () => {
    const text = [
      '7. Letter From President Kennedy',
      '   to Chairman Khrushchev',
      '',
      'Source: Department of State, Presidential Correspondence: Lot 66 D 204. Printed in part in Claflin, pp. 50-',
      '51. No classification marking.',
    ].join('\n');
    expect(read(text)).toMatchObject([
      {
        line: 4,
        text: 'Source: Department of State, Presidential Correspondence: Lot 66 D 204. Printed in part in Claflin, pp. 50- 51. No classification marking.',
        context: { doc: 'd7', n: '7', head: 'Letter From President Kennedy to Chairman Khrushchev' },
      },
    ]);
  });

  test('accepts a Source line directly under the heading and ignores other paragraphs', () => {
    const text = [
      '12. Memorandum of Conversation',
      'Source: Kennedy Library, President’s Office Files, USSR. Confidential.',
      '',
      'Washington, June 26, 1961.',
      '',
      'Source: a second source paragraph is not a second note.',
    ].join('\n');
    expect(read(text)).toEqual([
      {
        kind: 'note',
        line: 2,
        text: 'Source: Kennedy Library, President’s Office Files, USSR. Confidential.',
        context: { doc: 'd12', n: '12', head: 'Memorandum of Conversation' },
      },
    ]);
  });

  test('skips a dateline between heading and Source paragraph', () => {
    const text = '3. Telegram\n\nMoscow, May 3, 1961.\n\nSource: Department of State, Central Files, 611.37/5-361.\n';
    expect(read(text)).toMatchObject([{ kind: 'note', line: 5, context: { doc: 'd3' } }]);
  });

  test('a heading without a Source paragraph is an error item at the heading line', () => {
    const text = '1. Letter\n\nSource: Department of State.\n\n2. Letter Without Source\n\nJust a paragraph.\n';
    const items = read(text);
    expect(items.map((item) => item.kind)).toEqual(['note', 'error']);
    expect(items[1]).toEqual({
      kind: 'error',
      line: 5,
      message: 'document 2 has no `Source:` paragraph',
      context: { doc: 'd2', n: '2', head: 'Letter Without Source' },
    });
  });

  test('reads the Kennedy–Khrushchev sample: 29 documents, no 20', () => {
    const text = readFileSync(new URL('../../fixtures/kennedy-khrushchev-exchanges.txt', import.meta.url), 'utf8');
    const items = read(text);
    const expected = [...Array.from({ length: 19 }, (_, i) => i + 1), ...Array.from({ length: 10 }, (_, i) => i + 21)];
    expect(items.every((item) => item.kind === 'note')).toBe(true);
    expect(items.map((item) => item.context.doc)).toEqual(expected.map((n) => `d${n}`));
    expect(items.every((item) => item.kind === 'note' && item.text.startsWith('Source:'))).toBe(true);
    expect(items[0]).toMatchObject({ line: 6, context: { head: 'Message From Chairman Khrushchev to President-elect Kennedy' } });
  });

  test('empty input yields nothing', () => {
    expect(read('')).toEqual([]);
  });
});
