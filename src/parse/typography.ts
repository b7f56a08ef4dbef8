/**
 * Typographic checks over the whole note: missing spaces after punctuation, spaces before it,
 * and line-break hyphenation left in the text. Each rule is one linear scan with a stable id.
 *
 * @module
 */
import type { Diagnostic } from '../model/diagnostic.js';

/** Word endings that a line break split off (`Correspond-ence`). */
const SPLIT_SUFFIXES = [
  'ence', 'ences', 'ance', 'ances', 'ment', 'ments', 'tion', 'tions', 'sion', 'sions', 'ity', 'ities',
  'ness', 'ary', 'ory', 'ible', 'able', 'ing', 'ings', 'ized', 'ised', 'ally', 'ical', 'ential', 'ative',
] as const;

interface TypographyRule {
  readonly ruleId: string;
  readonly pattern: RegExp;
  /** Builds the message from the matched text. */
  readonly message: (actual: string) => string;
  /** Replacement text, when there is one. */
  readonly expected?: (actual: string) => string;
  /** Rejects matches that are not defects (URLs, times, thousands separators). */
  readonly accept?: (actual: string, text: string, index: number) => boolean;
}

const RULES: readonly TypographyRule[] = [
  {
    ruleId: 'missing-space-after-colon',
    pattern: /(?<![\p{L}\d.)])[\p{L}\d.)]+:[\p{L}“"][\p{L}’'-]*/gu,
    message: (a) => `Unexpected \`${a}\`, expected a space after the colon`,
    expected: (a) => a.replace(':', ': '),
    accept: (a) => !/^(?:https?|ftp|mailto|urn|doi)\b/i.test(a),
  },
  {
    ruleId: 'missing-space-after-comma',
    pattern: /(?<![\p{L}\d.)])[\p{L}\d.)]+,(?:[\p{L}“"][\p{L}’'-]*|\d{4}\b)/gu,
    message: (a) => `Unexpected \`${a}\`, expected a space after the comma`,
    expected: (a) => a.replace(',', ', '),
    // `1,000` is a number; `30,1964` is a date missing its space.
    accept: (a) => !/\d,\d{3}$/.test(a) || /\d,\d{4}$/.test(a),
  },
  {
    ruleId: 'missing-space-after-semicolon',
    pattern: /(?<![^\s;])[^\s;]+;[^\s;]+/g,
    message: (a) => `Unexpected \`${a}\`, expected a space after the semicolon`,
    expected: (a) => a.replace(';', '; '),
    accept: (a) => !/&\w+;|&#\d+;/.test(a),
  },
  {
    ruleId: 'missing-space-after-period',
    pattern: /(?<!\p{Ll})\p{Ll}{2,}\.\p{Lu}\p{Ll}[\p{L}’']*/gu,
    message: (a) => `Unexpected \`${a}\`, expected a space after the full stop`,
    expected: (a) => a.replace('.', '. '),
    accept: (a, text, index) => !/[/@]/.test(text.slice(Math.max(0, index - 20), index)) && !/\.(?:com|gov|org|edu)/i.test(a),
  },
  {
    ruleId: 'space-before-punctuation',
    pattern: /[\p{L}\d)] +[,;](?=\s)/gu,
    message: (a) => `Unexpected space before \`${a.at(-1)}\` in \`${a}\`, expected none`,
    expected: (a) => a.replace(/ +(?=[,;]$)/, ''),
  },
  {
    ruleId: 'hyphenation-artifact',
    pattern: new RegExp(`(?<!\\p{L})\\p{L}{3,}-\\s?(?:${SPLIT_SUFFIXES.join('|')})\\b`, 'gu'),
    message: (a) => `Unexpected \`${a}\`, a word split at a line break, expected \`${a.replace(/-\s?/, '')}\``,
    expected: (a) => a.replace(/-\s?/, ''),
  },
];

/** Runs every typographic rule over `text`. Offsets are relative to `text`. */
export function checkTypography(text: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0;
    for (let match = rule.pattern.exec(text); match; match = rule.pattern.exec(text)) {
      const actual = match[0];
      if (rule.accept && !rule.accept(actual, text, match.index)) continue;
      diagnostics.push({
        ruleId: rule.ruleId,
        severity: 'warning',
        message: rule.message(actual),
        range: [match.index, match.index + actual.length],
        actual,
        ...(rule.expected ? { expected: rule.expected(actual) } : {}),
      });
    }
  }
  return diagnostics;
}
