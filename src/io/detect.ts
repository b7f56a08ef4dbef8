/**
 * Choosing the reader for an input: by file extension, else by content.
 *
 * @module
 */
import { scanDocumentList } from './document-list.js';
import { isBlank, splitLines } from './lines.js';
import type { InputFormat } from './types.js';

/** File extensions that always mean JSON Lines (compared case-insensitively). */
const JSONL_EXTENSIONS = ['.jsonl', '.ndjson'];

/**
 * The input format of `text`:
 *
 * 1. a file name ending in `.jsonl` or `.ndjson` → `jsonl`;
 * 2. else, first non-blank line starting with `{` → `jsonl`;
 * 3. else, a numbered heading (`4. Telegram From …`) followed by a `Source:` paragraph →
 *    `document-list`;
 * 4. else `paragraphs`.
 *
 * @param text - the decoded input
 * @param fileName - the input's file name, if it has one (not for stdin)
 */
export function detectFormat(text: string, fileName?: string): InputFormat {
  const lowerName = fileName?.toLowerCase();
  if (lowerName !== undefined && JSONL_EXTENSIONS.some((extension) => lowerName.endsWith(extension))) {
    return 'jsonl';
  }
  const firstLine = splitLines(text).find((line) => !isBlank(line));
  if (firstLine?.trimStart().startsWith('{')) return 'jsonl';
  if (scanDocumentList(text).some((entry) => entry.note !== undefined)) return 'document-list';
  return 'paragraphs';
}
