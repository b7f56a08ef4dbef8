/**
 * Hand-annotated gold notes (`fixtures/gold/*.jsonl`): their schema and a loader. Used by the
 * accuracy evaluation (`scripts/eval.ts`), the golden test and the benchmark; not part of the
 * package surface.
 *
 * Each line is `{id, note, volume?, doc?, head?, date?, dateline?, why?, gold: {…}}`, where
 * `gold` holds the expected values of the fields the scorer compares (see `score.ts`).
 *
 * @module
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import type { NoteContext } from '../model/provenance.js';

const nullableString = z.string().nullable();
const optionalString = z.string().nullable().optional();

/** A gold location: the fields the scorer compares are required, the rest optional. */
export const GoldLocationSchema = z.object({
  repository: optionalString,
  repositoryId: nullableString,
  recordGroup: optionalString,
  collection: nullableString,
  series: z.array(z.string()).optional(),
  file: nullableString,
  fileDate: nullableString,
  lot: nullableString,
  accession: nullableString,
  job: optionalString,
  box: nullableString,
  folder: optionalString,
  ibid: z.boolean().optional(),
});
/** A gold location. */
export type GoldLocation = z.infer<typeof GoldLocationSchema>;

/** A gold person (drafter, clearance, approver). */
export const GoldPersonSchema = z.object({
  name: z.string(),
  office: optionalString,
  date: optionalString,
});
/** A gold person. */
export type GoldPerson = z.infer<typeof GoldPersonSchema>;

/** A gold publication (primary publication or `printed` entry). */
export const GoldPublicationSchema = z.object({
  title: z.string(),
  pages: optionalString,
  year: optionalString,
  partial: z.boolean().optional(),
  note: optionalString,
});
/** A gold publication. */
export type GoldPublication = z.infer<typeof GoldPublicationSchema>;

/** A gold diagnostic: the rule id and the exact text of the note it covers. */
export const GoldDiagnosticSchema = z.object({
  ruleId: z.string(),
  text: z.string(),
});
/** A gold diagnostic. */
export type GoldDiagnostic = z.infer<typeof GoldDiagnosticSchema>;

/**
 * The expected reading of one note. `classification` is the level id (or null). An absent
 * `transmittedIn` means "not annotated" (older gold files predate the field) and is not scored.
 */
export const GoldAnnotationSchema = z.object({
  primary: GoldLocationSchema.nullable(),
  primaryPublication: GoldPublicationSchema.nullable(),
  form: nullableString,
  classification: nullableString,
  handling: z.array(z.string()),
  drafters: z.array(GoldPersonSchema),
  clearances: z.array(GoldPersonSchema),
  approvers: z.array(GoldPersonSchema),
  copies: z.array(GoldLocationSchema),
  printed: z.array(GoldPublicationSchema),
  repeatedTo: z.array(z.string()),
  diagnostics: z.array(GoldDiagnosticSchema),
  transmittedIn: optionalString,
  notANote: z.boolean().optional(),
});
/** The expected reading of one note. */
export type GoldAnnotation = z.infer<typeof GoldAnnotationSchema>;

/** One line of a gold file. */
export const GoldLineSchema = z.object({
  id: z.string(),
  note: z.string(),
  volume: optionalString,
  doc: optionalString,
  head: optionalString,
  date: optionalString,
  dateline: optionalString,
  why: z.unknown().optional(),
  gold: GoldAnnotationSchema,
});
/** One line of a gold file, as validated. */
export type GoldLine = z.infer<typeof GoldLineSchema>;

/** A gold note with the file it came from. */
export interface GoldNote extends GoldLine {
  /** Base name of the gold file, e.g. `frus-notes-late.jsonl`. */
  file: string;
  /** 1-based line number in that file. */
  line: number;
}

/**
 * Parses the text of a gold `.jsonl` file. Blank lines are skipped; a malformed line throws
 * an error naming the file and line, since a broken gold file must not pass silently.
 */
export function parseGoldJsonl(text: string, file: string): GoldNote[] {
  const notes: GoldNote[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.trim();
    if (raw === '') continue;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (error) {
      throw new Error(`${file}:${i + 1}: invalid JSON (${(error as Error).message})`);
    }
    const parsed = GoldLineSchema.safeParse(json);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
      throw new Error(`${file}:${i + 1}: not a gold line (${issues})`);
    }
    notes.push({ ...parsed.data, file, line: i + 1 });
  }
  return notes;
}

/** What {@link loadGoldNotes} read. */
export interface GoldSet {
  /** The notes, in file-name then line order, without duplicates. */
  notes: GoldNote[];
  /** The files read, by base name. */
  files: string[];
  /** Lines skipped because an earlier file has the same id and the same note text. */
  duplicates: { id: string; file: string; line: number }[];
}

/**
 * Reads every `*.jsonl` file of `dir` (not recursive), in file-name order. A note whose id and
 * text already came from an earlier file is skipped (gold files copy a few seed notes); a note
 * that reuses an id with a different text is kept under the id `id#file`.
 */
export function loadGoldNotes(dir: string): GoldSet {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .sort();
  const notes: GoldNote[] = [];
  const duplicates: GoldSet['duplicates'] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    for (const note of parseGoldJsonl(readFileSync(join(dir, file), 'utf8'), basename(file))) {
      const earlier = seen.get(note.id);
      if (earlier === undefined) {
        seen.set(note.id, note.note);
        notes.push(note);
      } else if (earlier === note.note) {
        duplicates.push({ id: note.id, file: note.file, line: note.line });
      } else {
        notes.push({ ...note, id: `${note.id}#${note.file}` });
      }
    }
  }
  return { notes, files, duplicates };
}

/** The parser context of a gold note: its volume, doc, head, date and dateline, nulls dropped. */
export function contextOf(note: GoldLine): NoteContext {
  const context: NoteContext = {};
  for (const key of ['volume', 'doc', 'head', 'date', 'dateline'] as const) {
    const value = note[key];
    if (typeof value === 'string') context[key] = value;
  }
  return context;
}
