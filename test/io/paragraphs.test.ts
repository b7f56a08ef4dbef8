import { describe, expect, test } from 'vitest';
import { readParagraphs } from '../../src/io/paragraphs.js';
import type { InputItem } from '../../src/io/types.js';

const read = (text: string) => [...readParagraphs(text)];
/** The note text of an item (an error item's message, so that a failure shows it). */
const textOf = (item: InputItem): string => (item.kind === 'note' ? item.text : `error: ${item.message}`);

describe('readParagraphs', () => {
  test('one note per paragraph, wrapped lines joined with a space, line of the first line', () => {
    const text = [
      '',
      'Source: Department of State, Central Files, 711.11-KE/1-2161.',
      '  Unclassified; Niact.  ',
      '',
      '',
      '893.50/283: Telegram',
      '   ',
      'Source: Kennedy Library, President’s Office Files, USSR.\tConfidential.',
    ].join('\n');
    expect(read(text)).toEqual([
      { kind: 'note', line: 2, text: 'Source: Department of State, Central Files, 711.11-KE/1-2161. Unclassified; Niact.', context: {} },
      { kind: 'note', line: 6, text: '893.50/283: Telegram', context: {} },
      { kind: 'note', line: 8, text: 'Source: Kennedy Library, President’s Office Files, USSR.\tConfidential.', context: {} },
    ]);
  });

  test('handles CRLF and CR line ends', () => {
    expect(read('a\r\nb\r\n\r\nc').map((item) => [item.line, textOf(item)])).toEqual([
      [1, 'a b'],
      [4, 'c'],
    ]);
    expect(read('a\rb\r\rc').map((item) => [item.line, textOf(item)])).toEqual([
      [1, 'a b'],
      [4, 'c'],
    ]);
  });

  test('keeps a line-end hyphen (the parser reports hyphenation artifacts)', () => {
    expect(textOf(read('Depart-\nment of State')[0]!)).toBe('Depart- ment of State');
  });

  test('empty or blank input yields nothing', () => {
    expect(read('')).toEqual([]);
    expect(read(' \n\t\n')).toEqual([]);
  });
});
