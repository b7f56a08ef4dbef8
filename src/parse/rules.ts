/**
 * The rules behind the parser's diagnostics: every `ruleId` a record can carry, with its
 * severity, what it reports and a note that shows it. The ids are stable: a tool may filter or
 * count diagnostics by them, as it would the rules of a linter. `docs/diagnostics.md` lists the
 * same table for readers; the tests hold the parser, this table and that page to each other.
 *
 * @module
 */
import type { Severity } from '../model/diagnostic.js';

/** A rule of the parser's diagnostics. */
export interface DiagnosticRule {
  /** The stable kebab-case id a diagnostic carries as `ruleId`. */
  readonly id: string;
  /** The severity of its diagnostics. */
  readonly severity: Severity;
  /** What it reports, in a sentence. */
  readonly reports: string;
  /** A source note it reports (the range covers the offending text); null where no text shows it (input that is no string, a failure of the parser). */
  readonly example: string | null;
}

/**
 * Every rule of the parser's diagnostics, by kind: typography, then the parts of a note, then
 * what the note as a whole is, then input and failures.
 *
 * ```ts
 * import { DIAGNOSTIC_RULES, parseSourceNote } from 'frus-cite';
 *
 * const warnings = new Set(DIAGNOSTIC_RULES.filter((rule) => rule.severity === 'warning').map((rule) => rule.id));
 * parseSourceNote('Source: Department of State, Central Files,611.61/2–2261. Secret.')
 *   .diagnostics.filter((d) => warnings.has(d.ruleId)); // missing-space-after-comma
 * ```
 */
export const DIAGNOSTIC_RULES = [
  {
    id: 'missing-space-after-colon',
    severity: 'warning',
    reports: 'A colon run on to the next word.',
    example: 'Source:Department of State, Central Files, 611.61/2–2261. Secret.',
  },
  {
    id: 'missing-space-after-comma',
    severity: 'warning',
    reports: 'A comma run on to the next word.',
    example: 'Source: Kennedy Library, National Security Files, Countries Series,USSR. Secret.',
  },
  {
    id: 'missing-space-after-semicolon',
    severity: 'warning',
    reports: 'A semicolon run on to the next word.',
    example: 'Source: Department of State, Central Files, 611.61/2–2261. Secret;Priority.',
  },
  {
    id: 'missing-space-after-period',
    severity: 'warning',
    reports: 'A full stop run on to the next sentence.',
    example: 'Source: Department of State, Presidential Correspondence: Lot 66 D 204. No classification marking.Kennedy’s reply followed.',
  },
  {
    id: 'missing-full-stop',
    severity: 'warning',
    reports: 'A marking run on to the drafting sentence after it without a full stop; both are read.',
    example: 'Source: Department of State, Central Files, 611.61/1–2455. Secret; Nodis Drafted by Boster; cleared by Kohler.',
  },
  {
    id: 'missing-space-after-by',
    severity: 'warning',
    reports: 'The `by` of a drafting line run on to the name after it.',
    example: 'Source: Department of State, Central Files, POL 27 VIET S. Secret. Drafted by Unger and approved byBall.',
  },
  {
    id: 'space-before-punctuation',
    severity: 'warning',
    reports: 'A space before a comma or a semicolon.',
    example: 'Source: Kennedy Library, National Security Files , Countries Series, USSR. Secret.',
  },
  {
    id: 'hyphenation-artifact',
    severity: 'warning',
    reports: 'A word split by a hyphen where a line once broke.',
    example: 'Source: Department of State, Presidential Correspond-ence: Lot 66 D 204. Secret.',
  },
  {
    id: 'duplicated-source-label',
    severity: 'warning',
    reports: 'The `Source:` label written more than once.',
    example: 'Source: Source: Department of State, Central Files, 611.61/2–2261. Secret.',
  },
  {
    id: 'malformed-file-number',
    severity: 'warning',
    reports: 'A decimal file number with a letter where a digit belongs (`O` for `0`).',
    example: 'Source: Department of State, Central Files, 751K.OO/12–2960. Secret.',
  },
  {
    id: 'malformed-file-date',
    severity: 'warning',
    reports: 'A decimal file’s date code that is no date (`7J461`).',
    example: 'Source: Department of State, Central Files, 711.11-KE/7J461. Secret.',
  },
  {
    id: 'missing-period-before-classification',
    severity: 'warning',
    reports: 'A classification run on to the citation without the full stop before it.',
    example: 'Source: Department of State, Central Files, 611.61/1–2361 Secret.',
  },
  {
    id: 'comma-before-classification',
    severity: 'warning',
    reports: 'A comma where the citation’s full stop belongs, before the classification.',
    example: 'Source: Central Intelligence Agency, Helms Files, Box 11, Folder 9, Secret.',
  },
  {
    id: 'missing-comma-before-box',
    severity: 'warning',
    reports: 'A box number run on to the path segment before it without its comma.',
    example: 'Source: National Archives, Nixon Presidential Materials, NSC Files Box 715, Country Files—Europe, USSR, Vol. XI. Secret.',
  },
  {
    id: 'colon-before-classification',
    severity: 'warning',
    reports: 'A colon where the citation’s full stop belongs, before the classification.',
    example: 'Source: Bush Library, Scowcroft Files, OA/ID 91128: Confidential.',
  },
  {
    id: 'unknown-classification',
    severity: 'warning',
    reports: 'A word in the place of the classification that is none (a misspelling such as `Secrte` before captions, or a sentence one letter away from a classification, such as `Confidental.`, whose report names the classification meant); the record keeps it as level `other`.',
    example: 'Source: Department of State, Central Files, 611.37/5–361. Secrte; Nodis.',
  },
  {
    id: 'ibid-without-antecedent',
    severity: 'warning',
    reports: '`ibid.` with no location before it to refer to.',
    example: 'Ibid., Central Files. Secret.',
  },
  {
    id: 'missing-primary-location',
    severity: 'warning',
    reports: 'A note that opens with another copy or the message’s way (`Repeated to Tokyo`) instead of the location of the source text.',
    example: 'Another copy is in the Kennedy Library, National Security Files, Countries Series, USSR.',
  },
  {
    id: 'unparsed-text',
    severity: 'warning',
    reports: 'A note in which no part could be read; the text is kept in `remarks`.',
    example: 'Ask Mr. Smith about the telegram.',
  },
  {
    id: 'empty-note',
    severity: 'warning',
    reports: 'A note with nothing but blanks or the `Source:` label.',
    example: 'Source:',
  },
  {
    id: 'editorial-marker',
    severity: 'info',
    reports: 'An editor’s marker standing where a source note was expected (`[Tab 1]`).',
    example: '[Tab 1]',
  },
  {
    id: 'document-heading',
    severity: 'info',
    reports: 'A document’s heading standing where a source note was expected.',
    example: 'The Secretary of State to the Ambassador in France (Bullitt)',
  },
  {
    id: 'invalid-input',
    severity: 'error',
    reports: 'An input that is no string (`null`, a number); it is read as the empty note or its text.',
    example: null,
  },
  {
    id: 'internal-error',
    severity: 'error',
    reports: 'A failure of the parser itself; the note is kept whole in `remarks`. Please report it.',
    example: null,
  },
] as const satisfies readonly DiagnosticRule[];

/** The id of a rule of {@link DIAGNOSTIC_RULES}. */
export type DiagnosticRuleId = (typeof DIAGNOSTIC_RULES)[number]['id'];
