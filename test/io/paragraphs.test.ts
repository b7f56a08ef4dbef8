import { describe, expect, test } from 'vitest';
import { readParagraphs } from '../../src/io/paragraphs.js';

const read = (text: string) => [...readParagraphs(text)];

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
    expect(read('a\r\nb\r\n\r\nc').map((item) => [item.line, item.text])).toEqual([
      [1, 'a b'],
      [4, 'c'],
    ]);
    expect(read('a\rb\r\rc').map((item) => [item.line, item.text])).toEqual([
      [1, 'a b'],
      [4, 'c'],
    ]);
  });

  test('keeps a line-end hyphen (the parser reports hyphenation artifacts)', () => {
    expect(read('Depart-\nment of State')[0]!.text).toBe('Depart- ment of State');
  });

  test('empty or blank input yields nothing', () => {
    expect(read('')).toEqual([]);
    expect(read(' \n\t\n')).toEqual([]);
  });
});
