/**
 * frus-cite: parse the source notes of *Foreign Relations of the United States* into
 * structured provenance records.
 *
 * ```ts
 * import { parseSourceNote } from 'frus-cite';
 * const record = parseSourceNote('Source: Department of State, Central Files, 711.11-KE/1-2161. Unclassified; Niact.');
 * record.primary?.fileDate; // '1961-01-21'
 * ```
 *
 * @packageDocumentation
 */
export { parseSourceNote, parseSourceNotes } from './parse/source-note.js';
export type { ParseOptions, NoteInput } from './parse/options.js';
export {
  ProvenanceRecordSchema,
  LocationSchema,
  ClassificationSchema,
  PersonSchema,
  PublicationSchema,
  ReferenceSchema,
  ClauseSchema,
  NoteContextSchema,
  CLASSIFICATION_LEVELS,
  REFERENCE_KINDS,
  CLAUSE_KINDS,
  type ProvenanceRecord,
  type Location,
  type Classification,
  type ClassificationLevel,
  type Person,
  type Publication,
  type Reference,
  type Clause,
  type NoteContext,
} from './model/provenance.js';
export { DiagnosticSchema, RangeSchema, SEVERITIES, type Diagnostic, type Range, type Severity } from './model/diagnostic.js';
export { DIAGNOSTIC_RULES, type DiagnosticRule, type DiagnosticRuleId } from './parse/rules.js';
export { provenanceRecordJsonSchema } from './model/json-schema.js';

// Documents: the FRUS document model and its readers.
export * from './document/index.js';

// Citations: CSL-JSON, Chicago, BibTeX/BibLaTeX.
export {
  toCsl,
  toCslPublished,
  toCslArchival,
  toCslArchivalItems,
  archivalLocations,
  documentId,
  genreOf,
  type CslItem,
  type CslName,
  type CslDate,
  type CslOptions,
} from './format/csl.js';
export {
  chicagoNote,
  chicagoShortNote,
  chicagoBibliography,
  chicagoDate,
  type ChicagoOptions,
  type ChicagoEdition,
  type CitationForm,
  type TextFormat,
} from './format/chicago.js';
export { describeLocation, describeDocumentLocation, decimalFileSeries, type ArchivalDescription, type DescribeOptions } from './format/archival.js';
export { toBibtex, toBibtexEntries, escapeLatex, type BibtexOptions, type BibtexDialect, type BibtexForm, type BiblatexFlavour, type BibEntry, type BibField } from './format/bibtex.js';
