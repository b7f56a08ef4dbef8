/**
 * The record contract of `SPEC.md`: zod schemas for a parsed FRUS source note and the
 * TypeScript types inferred from them. Field names are fixed by the SPEC; fields marked
 * "extension" are additions this library makes and documents.
 *
 * @module
 */
import { z } from 'zod';
import { DiagnosticSchema, RangeSchema } from './diagnostic.js';

/** The security levels a classification marking resolves to. */
export const CLASSIFICATION_LEVELS = [
  'unclassified',
  'limited-official-use',
  'official-use-only',
  'confidential',
  'secret',
  'top-secret',
  'no-marking',
  'other',
] as const;

/** A classification level id, e.g. `secret`. */
export type ClassificationLevel = (typeof CLASSIFICATION_LEVELS)[number];

/** Where a copy of a document is kept: repository, record group, collection path, file, box. */
export const LocationSchema = z.object({
  /** The location as written. */
  text: z.string(),
  /** The repository as written, e.g. `Kennedy Library`; null when the note names none. */
  repository: z.string().nullable(),
  /** Canonical repository id from the repository table, e.g. `jfk-library`. */
  repositoryId: z.string().nullable(),
  /** Record group, e.g. `RG 59`. */
  recordGroup: z.string().nullable(),
  /** First path segment under the repository, e.g. `Central Files`. */
  collection: z.string().nullable(),
  /** Remaining path segments, in order. */
  series: z.array(z.string()),
  /** File designation as written: decimal, subject-numeric or CFPF film number. */
  file: z.string().nullable(),
  /** ISO date decoded from a decimal-file date serial (`/1-2161` → `1961-01-21`). */
  fileDate: z.string().nullable(),
  /** Lot number, normalised: `66 D 204`. */
  lot: z.string().nullable(),
  /** Records-centre accession: `FRC 69 A 7425`, `330-75-0089`. */
  accession: z.string().nullable(),
  /** CIA job number: `79-S01060A`. */
  job: z.string().nullable(),
  /** Box, without the word `Box`. */
  box: z.string().nullable(),
  /** Folder, without the word `Folder`. */
  folder: z.string().nullable(),
  /** True when written as `ibid.` and resolved from the previous location of the note. */
  ibid: z.boolean(),
  /** Extension: where the location was read, as `[start, end)` offsets into the note. */
  range: RangeSchema,
});
/** A parsed archival location. */
export type Location = z.infer<typeof LocationSchema>;

/** A security classification as written and as a level. */
export const ClassificationSchema = z.object({
  /** The normalised level. */
  level: z.enum(CLASSIFICATION_LEVELS),
  /** The marking as written, e.g. `Secret–Personal`. */
  text: z.string(),
  /** Extension: where the marking was read. */
  range: RangeSchema,
});
/** A parsed classification marking. */
export type Classification = z.infer<typeof ClassificationSchema>;

/** A person or office named as drafter, clearer or approver. */
export const PersonSchema = z.object({
  /** The name as written (`McSweeney`, `James E. Goodby`, `White House`, `S`). */
  name: z.string(),
  /** Office symbol or office, e.g. `SOV`, `S/S-RO`. */
  office: z.string().optional(),
  /** Date as written, e.g. `May 7`. */
  date: z.string().optional(),
  /**
   * Extension: what the note says of this person's part, as written: `in substance`, `in draft`,
   * `for paragraph 2`, `on behalf of Parsons`, `for transmission`.
   */
  qualifier: z.string().optional(),
  /** Extension: where the name was read. */
  range: RangeSchema,
});
/** A person (or office) in a drafting, clearance or approval clause. */
export type Person = z.infer<typeof PersonSchema>;

/** A printed work: where the document was (also) published. */
export const PublicationSchema = z.object({
  /** The whole citation as written. */
  text: z.string(),
  /** Title (and volume/date designation) without the page locator. */
  title: z.string(),
  /** Year of the publication when the title carries one. */
  year: z.string().optional(),
  /** Pages or item locator, e.g. `3`, `286-287`, `77E`. */
  pages: z.string().optional(),
  /** True for "Printed in part in …". */
  partial: z.boolean().optional(),
  /** Qualifier such as `slightly different text` or `slightly different translation`. */
  note: z.string().optional(),
  /** Extension: id of the publication in the publications table, when known. */
  publicationId: z.string().optional(),
  /** Extension: where the citation was read. */
  range: RangeSchema,
});
/** A parsed publication citation. */
export type Publication = z.infer<typeof PublicationSchema>;

/** Kinds of reference a note makes to other documents. */
export const REFERENCE_KINDS = ['frus-document', 'archival', 'other'] as const;

/** A pointer from the note to another document: a FRUS document or an archival item. */
export const ReferenceSchema = z.object({
  /** What is referred to: a FRUS document, an archival item, or something else (a book, a newspaper). */
  kind: z.enum(REFERENCE_KINDS),
  /** The reference as written. */
  text: z.string(),
  /** FRUS volume designation, e.g. `V` in "vol. V, Document 28". */
  volume: z.string().optional(),
  /** FRUS document number. */
  document: z.string().optional(),
  /** The archival location, for `archival` references. */
  location: LocationSchema.optional(),
  /** Extension: where the reference was read. */
  range: RangeSchema,
});
/** A parsed reference. */
export type Reference = z.infer<typeof ReferenceSchema>;

/** What a clause of the note was read as (extension). */
export const CLAUSE_KINDS = [
  'source-label',
  'citation',
  'marking',
  'people',
  'copy',
  'printed',
  'distribution',
  'transmitted',
  'reference',
  'remark',
  'editorial-marker',
] as const;

/** A clause of the note and what it was read as (extension): together the clauses cover the note. */
export const ClauseSchema = z.object({
  /** What the clause was read as. */
  kind: z.enum(CLAUSE_KINDS),
  /** Where the clause is in the note. */
  range: RangeSchema,
});
/** A classified clause of the note. */
export type Clause = z.infer<typeof ClauseSchema>;

/** Context passed through from the input (volume, document number, heading, date, dateline). */
export const NoteContextSchema = z
  .object({
    /** FRUS volume id, e.g. `frus1961-63v06`. */
    volume: z.string().optional(),
    /** Document id in the volume, e.g. `d4`. */
    doc: z.string().optional(),
    /** The document's heading. */
    head: z.string().optional(),
    /** The document's date. */
    date: z.string().optional(),
    /** The document's dateline, e.g. `Washington, January 21, 1961`. */
    dateline: z.string().optional(),
  })
  .catchall(z.unknown());
/** Context that travels with a note. */
export type NoteContext = z.infer<typeof NoteContextSchema>;

/** A FRUS source note parsed into a structured provenance record. */
export const ProvenanceRecordSchema = z.object({
  /** The note exactly as given. */
  text: z.string(),
  /** Where the source text itself is; null when it is a printed work or unreadable. */
  primary: LocationSchema.nullable(),
  /** When the source text is a printed work. */
  primaryPublication: PublicationSchema.nullable(),
  /** The document's form when the note states it (`: Telegram`). */
  form: z.string().nullable(),
  /** Security marking of the source text. */
  classification: ClassificationSchema.nullable(),
  /** Precedence and distribution captions as written. */
  handling: z.array(z.string()),
  /** "Drafted by …", "Prepared by …". */
  drafters: z.array(PersonSchema),
  /** "cleared by …", "concurred in by …". */
  clearances: z.array(PersonSchema),
  /** "approved by …", "approved in S on …". */
  approvers: z.array(PersonSchema),
  /** Alternate copies, versions or language texts of this document. */
  copies: z.array(LocationSchema),
  /** Publications the document is (also) printed in. */
  printed: z.array(PublicationSchema),
  /** Posts the telegram was repeated to, as written. */
  repeatedTo: z.array(z.string()),
  /** `telegram 2562 from Moscow, April 11` from "Transmitted in telegram 2562 from Moscow, April 11". */
  transmittedIn: z.string().nullable(),
  /** Other documents the note points at: FRUS documents and archival items. */
  references: z.array(ReferenceSchema),
  /** Every sentence not captured above, verbatim. */
  remarks: z.array(z.string()),
  /** Problems found in the note, with rule ids and ranges. */
  diagnostics: z.array(DiagnosticSchema),
  /** Extension: the clauses of the note and what each was read as. */
  clauses: z.array(ClauseSchema),
  /** Extension: context passed in with the note (volume, doc, head, …). */
  context: NoteContextSchema.optional(),
});
/** A parsed FRUS source note. */
export type ProvenanceRecord = z.infer<typeof ProvenanceRecordSchema>;

/** A record of `text` with nothing read yet: the starting point of the parser. */
export function emptyProvenanceRecord(text: string, context?: NoteContext): ProvenanceRecord {
  const record: ProvenanceRecord = {
    text,
    primary: null,
    primaryPublication: null,
    form: null,
    classification: null,
    handling: [],
    drafters: [],
    clearances: [],
    approvers: [],
    copies: [],
    printed: [],
    repeatedTo: [],
    transmittedIn: null,
    references: [],
    remarks: [],
    diagnostics: [],
    clauses: [],
  };
  if (context) record.context = context;
  return record;
}

/** A location of `text` at `range` with nothing read yet. */
export function emptyLocation(text: string, range: [number, number]): Location {
  return {
    text,
    repository: null,
    repositoryId: null,
    recordGroup: null,
    collection: null,
    series: [],
    file: null,
    fileDate: null,
    lot: null,
    accession: null,
    job: null,
    box: null,
    folder: null,
    ibid: false,
    range,
  };
}
