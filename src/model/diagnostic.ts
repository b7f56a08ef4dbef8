/**
 * The one diagnostic shape shared by the parser and (later) the manuscript linter.
 *
 * @module
 */
import { z } from 'zod';

/** `[start, end)`: 0-based character offsets into the note, end exclusive. */
export const RangeSchema = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);
/** A half-open character range. */
export type Range = z.infer<typeof RangeSchema>;

/** How serious a diagnostic is. */
export const SEVERITIES = ['error', 'warning', 'info'] as const;
/** A severity. */
export type Severity = (typeof SEVERITIES)[number];

/** A problem found in a note, with a stable rule id and the exact range it concerns. */
export const DiagnosticSchema = z.object({
  /** Stable kebab-case rule id, e.g. `missing-space-after-colon`. */
  ruleId: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** How serious the problem is. */
  severity: z.enum(SEVERITIES),
  /** What is wrong and what to write instead. */
  message: z.string(),
  /** `[start, end)` offsets of the offending text in the note. */
  range: RangeSchema,
  /** Extension: the offending text, as written. */
  actual: z.string().optional(),
  /** Extension: suggested replacement text. */
  expected: z.string().optional(),
});
/** A parser or linter diagnostic. */
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
