import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { detectFormat } from '../../src/io/detect.js';
import { readInput } from '../../src/io/index.js';

describe('detectFormat', () => {
  test.each([
    ['notes.jsonl', 'Source: not json at all', 'jsonl'],
    ['NOTES.NDJSON', '', 'jsonl'],
    ['notes.txt', '\n  {"note": "x"}\n', 'jsonl'],
    [undefined, '{"note": "x"}', 'jsonl'],
    ['list.txt', 'Title\n\n4. Telegram From X to Y\n\nSource: Department of State.\n', 'document-list'],
    [undefined, '4. Telegram\nSource: Department of State.\n', 'document-list'],
    ['notes.txt', 'Source: Department of State.\n\n893.50/283: Telegram\n', 'paragraphs'],
    ['notes.txt', '1. A numbered list item\n\n2. Without any Source paragraph\n', 'paragraphs'],
    ['notes.txt', '', 'paragraphs'],
  ] as const)('%s with %j → %s', (name, text, format) => {
    expect(detectFormat(text, name)).toBe(format);
  });

  test('the bundled document list is detected as one', () => {
    const text = readFileSync(new URL('../../fixtures/kennedy-khrushchev-exchanges.txt', import.meta.url), 'utf8');
    expect(detectFormat(text, 'kennedy-khrushchev-exchanges.txt')).toBe('document-list');
  });
});

describe('readInput', () => {
  test('uses the detected reader unless a format is given', () => {
    const text = '1. Letter\n\nSource: Department of State.\n';
    expect(readInput(text).format).toBe('document-list');
    expect([...readInput(text).items]).toHaveLength(1);
    const asParagraphs = readInput(text, { format: 'paragraphs' });
    expect(asParagraphs.format).toBe('paragraphs');
    expect([...asParagraphs.items].map((item) => item.kind === 'note' && item.text)).toEqual([
      '1. Letter',
      'Source: Department of State.',
    ]);
  });
});
