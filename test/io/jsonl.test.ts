import { describe, expect, test } from 'vitest';
import { readJsonl } from '../../src/io/jsonl.js';
import type { InputItem } from '../../src/io/types.js';

const read = (text: string): InputItem[] => [...readJsonl(text)];

describe('readJsonl', () => {
  test('reads the note and passes every other field through as context', () => {
    const line =
      '{"volume": "frus1948v05p1", "doc": "d324", "n": "324", "kind": "source", "fn": null, "note": "845.00/9–2448"}';
    expect(read(line)).toEqual([
      {
        kind: 'note',
        line: 1,
        text: '845.00/9–2448',
        context: { volume: 'frus1948v05p1', doc: 'd324', n: '324', kind: 'source', fn: null },
      },
    ]);
  });

  test('falls back to `text`; with both, `note` wins and `text` stays in the context', () => {
    expect(read('{"text": "711.00/123"}')).toMatchObject([{ kind: 'note', text: '711.00/123', context: {} }]);
    expect(read('{"note": "A", "text": "B"}')).toMatchObject([{ kind: 'note', text: 'A', context: { text: 'B' } }]);
    expect(read('{"note": null, "text": "B"}')).toMatchObject([{ kind: 'note', text: 'B', context: { note: null } }]);
  });

  test('keeps an empty note (the parser reports it)', () => {
    expect(read('{"note": ""}')).toMatchObject([{ kind: 'note', text: '' }]);
  });

  test('skips blank lines but counts them in line numbers', () => {
    const items = read('\n{"note": "a"}\n   \n\t\n{"note": "b"}\n\n');
    expect(items.map((item) => [item.kind, item.line])).toEqual([
      ['note', 2],
      ['note', 5],
    ]);
  });

  test('handles CRLF line ends', () => {
    expect(read('{"note": "a"}\r\n{"note": "b"}\r\n').map((item) => item.line)).toEqual([1, 2]);
  });

  test('a broken line in the middle becomes an error item in its place', () => {
    const items = read('{"note": "a"}\n{"note": "b"\n{"note": "c"}\n');
    expect(items.map((item) => item.kind)).toEqual(['note', 'error', 'note']);
    expect(items[1]).toMatchObject({ kind: 'error', line: 2, context: {} });
    expect((items[1] as { message: string }).message).toMatch(/^invalid JSON: .* at column 13$/);
  });

  test.each([
    ['[1, 2]', 'expected a JSON object, got an array'],
    ['"just a string"', 'expected a JSON object, got a string'],
    ['null', 'expected a JSON object, got null'],
    ['{"doc": "d1"}', 'no `note` or `text` field'],
    ['{"note": 42}', '`note` must be a string, got a number'],
    ['{"text": ["a"]}', '`text` must be a string, got an array'],
    ['{"note": "x", "head": {"a": 1}}', '`head` must be a string, got an object'],
    ['{"note": "x", "volume": true}', '`volume` must be a string, got a boolean'],
  ])('%s is an error: %s', (line, message) => {
    expect(read(line)).toMatchObject([{ kind: 'error', line: 1, message }]);
  });

  test('an error item keeps the fields it could read as context', () => {
    expect(read('{"volume": "v", "doc": "d1", "kind": "source"}')).toMatchObject([
      { kind: 'error', context: { volume: 'v', doc: 'd1', kind: 'source' } },
    ]);
  });

  test('null string-typed context fields are dropped; numbers become strings', () => {
    const [item] = read('{"note": "x", "head": null, "date": null, "doc": 7, "n": null, "extra": 1}');
    expect(item).toMatchObject({ kind: 'note', context: { doc: '7', n: null, extra: 1 } });
    expect(item!.context).not.toHaveProperty('head');
    expect(item!.context).not.toHaveProperty('date');
  });

  test('a context field of the wrong type after normalised ones: the context as read, in its order', () => {
    const [item] = read('{"volume": 12, "head": null, "note": "x", "doc": {"a": 1}, "n": "1"}');
    expect(item).toEqual({ kind: 'error', line: 1, message: '`doc` must be a string, got an object', context: { volume: 12, head: null, doc: { a: 1 }, n: '1' } });
    expect(Object.keys(item!.context)).toEqual(['volume', 'head', 'doc', 'n']);
  });

  test('a normalised context keeps the order of the fields as read', () => {
    const [item] = read('{"n": "4", "volume": 12, "head": null, "note": "x", "doc": "d4", "extra": [1]}');
    expect(item).toEqual({ kind: 'note', line: 1, text: 'x', context: { n: '4', volume: '12', doc: 'd4', extra: [1] } });
    expect(Object.keys(item!.context)).toEqual(['n', 'volume', 'doc', 'extra']);
  });

  test('empty input yields nothing', () => {
    expect(read('')).toEqual([]);
    expect(read('\n\n')).toEqual([]);
  });
});
