/**
 * A citation-js plugin (`frus-cite/citation-js`): FRUS documents and source notes as input,
 * Chicago notes and bibliography entries as output.
 *
 * ```ts
 * import { Cite } from '@citation-js/core';
 * import { register } from 'frus-cite/citation-js';
 * register();
 * new Cite(frusDocument).format('chicago-note', { edition: 17 });
 * new Cite('Source: Department of State, Central Files, 711.11-KE/1-2161. Secret.').format('data');
 * ```
 *
 * Importing this module registers nothing; call {@link register} (or import
 * `frus-cite/citation-js/register`). The plugin changes no global citation-js setting: it only
 * adds its own input and output formats, which {@link unregister} removes again.
 *
 * Input formats (both give the CSL items of {@link toCsl}: the document as published in FRUS,
 * then the original and each copy):
 * - `@frus/document+object`: a {@link FrusDocument} (an object with `heading`, `volume` and
 *   `provenance`).
 * - `@frus/source-note+text`: a string starting with `Source:` or a bare decimal file note
 *   (`711.11-KE/1-2161. Secret.`). There is no document, so the items are the archival ones
 *   (original and copies) of a document with an empty heading and an unknown volume.
 *
 * Output formats: `chicago-note`, `chicago-short` and `chicago-bibliography`, one line per
 * document, rendered by {@link chicagoNote}, {@link chicagoShortNote} and
 * {@link chicagoBibliography} with the options `edition`, `form`, `copy`, `format` and
 * `inferArchive`. Each CSL item carries the document it was made from in
 * `custom.frusDocument`, so the Chicago output is the same as calling those functions directly.
 *
 * @module
 */
import { plugins, type CiteItem } from '@citation-js/core';
import { emptyVolume, type FrusDocument } from '../document/model.js';
import { parseSourceNote } from '../parse/source-note.js';
import { chicagoBibliography, chicagoNote, chicagoShortNote, type ChicagoOptions } from './chicago.js';
import { toCsl, type CslItem } from './csl.js';

/** The plugin's name in citation-js's registry. */
export const PLUGIN_REF = '@frus';
/** Input format of a source note given as text. */
export const SOURCE_NOTE_FORMAT = '@frus/source-note+text';
/** Input format of a {@link FrusDocument} object. */
export const DOCUMENT_FORMAT = '@frus/document+object';
/** The output formats the plugin adds. */
export const OUTPUT_FORMATS = ['chicago-note', 'chicago-short', 'chicago-bibliography'] as const;

/** A CSL item made by this plugin: the item of {@link toCsl}, with the document under `custom`. */
export type FrusCslItem = CslItem & { custom: Record<string, unknown> & { frusDocument: FrusDocument } };

/** `Source:` at the start (after blanks). */
const SOURCE_LABEL = /^\s*Source\s*:/;
/** A decimal file designation at the start: `711.11-KE/1-2161`, `611.61/1-2161` (anchored; linear). */
const BARE_DECIMAL_NOTE = /^\s*\d{3}(?:\.[0-9A-Za-z]+)+(?:-[A-Z]{1,5})?\//;

/**
 * Whether `input` is a source note as the plugin reads it: a string starting with `Source:` or
 * with a decimal file designation.
 */
export function isSourceNoteText(input: unknown): input is string {
  return typeof input === 'string' && (SOURCE_LABEL.test(input) || BARE_DECIMAL_NOTE.test(input));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether `input` has the shape of a {@link FrusDocument}: a string `heading`, a `volume` object and `provenance`. */
export function isFrusDocumentLike(input: unknown): input is FrusDocument {
  return isObject(input) && typeof input.heading === 'string' && isObject(input.volume) && 'provenance' in input;
}

/** The items of `document`, each carrying the document. */
function documentItems(document: FrusDocument): FrusCslItem[] {
  return toCsl(document).map((item) => ({ ...item, custom: { ...item.custom, frusDocument: document } }));
}

/** A short stable hash of a text (32-bit FNV-1a, hex). */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/**
 * The document a bare source note stands for: empty heading, unknown volume, the note parsed.
 * Exported so that callers can build the same document the plugin cites.
 */
export function sourceNoteDocument(text: string): FrusDocument {
  return {
    volume: emptyVolume(),
    number: null,
    heading: '',
    sender: null,
    recipient: null,
    genre: null,
    date: null,
    dateline: null,
    place: null,
    sourceNote: text,
    provenance: parseSourceNote(text),
    footnotes: [],
    url: null,
    extra: {},
  };
}

/**
 * The items of a source note: its archival locations (original, then copies), or, when it gives
 * none (a printed source), the published item. A document with no heading, date or volume has
 * no id of its own, so the ids are made from a hash of the note: `frus-source-note-1a2b3c4d/original`.
 */
function sourceNoteItems(text: string): FrusCslItem[] {
  const items = documentItems(sourceNoteDocument(text));
  const base = `frus-source-note-${hash(text)}`;
  const chosen = items.length > 1 ? items.slice(1) : items;
  return chosen.map((item) => {
    const id = item.id === '' ? base : item.id.startsWith('/') ? `${base}${item.id}` : item.id;
    const custom = 'publishedIn' in item.custom ? { ...item.custom, publishedIn: base } : item.custom;
    const { title, ...rest } = item;
    // The document has no heading: leave out the empty title rather than cite "".
    return { ...rest, ...(title ? { title } : {}), id, custom };
  });
}

/** The document an item was made from, or an error naming the item. */
function documentOf(item: CiteItem): FrusDocument {
  const custom = item.custom;
  const document = isObject(custom) ? custom.frusDocument : undefined;
  if (!isFrusDocumentLike(document)) {
    throw new TypeError(`Item "${String(item.id)}" was not read by the @frus plugin (no custom.frusDocument); Chicago output needs a FRUS document`);
  }
  return document;
}

/** The items of a Cite grouped by document, in order: the published item and its archival items belong together. */
function groupByDocument(items: readonly CiteItem[]): { document: FrusDocument; hasPublished: boolean }[] {
  const groups: { key: string; document: FrusDocument; hasPublished: boolean }[] = [];
  for (const item of items) {
    const document = documentOf(item);
    const custom = item.custom as Record<string, unknown>;
    const published = custom.role === undefined;
    const key = typeof custom.publishedIn === 'string' ? custom.publishedIn : String(item.id);
    const last = groups[groups.length - 1];
    if (last && last.key === key && !(published && last.hasPublished)) {
      last.hasPublished ||= published;
    } else {
      groups.push({ key, document, hasPublished: published });
    }
  }
  return groups;
}

/** The Chicago options among citation-js's output options; the form defaults to what the items hold. */
function chicagoOptions(options: Record<string, unknown>, hasPublished: boolean): ChicagoOptions {
  const out: ChicagoOptions = {};
  if (options.edition === 17 || options.edition === 18) out.edition = options.edition;
  if (options.form === 'published' || options.form === 'archival') out.form = options.form;
  else if (!hasPublished) out.form = 'archival';
  if (typeof options.copy === 'number' && Number.isInteger(options.copy) && options.copy >= 0) out.copy = options.copy;
  if (options.format === 'text' || options.format === 'html' || options.format === 'markdown') out.format = options.format;
  if (typeof options.inferArchive === 'boolean') out.inferArchive = options.inferArchive;
  return out;
}

/** An output formatter rendering one Chicago citation per document, one per line. */
function chicagoFormatter(render: (document: FrusDocument, options: ChicagoOptions) => string) {
  return (data: CiteItem[], options: Record<string, unknown> = {}): string =>
    groupByDocument(data)
      .map(({ document, hasPublished }) => render(document, chicagoOptions(isObject(options) ? options : {}, hasPublished)))
      .join('\n');
}

/**
 * Registers the `@frus` plugin with citation-js: the input formats `@frus/source-note+text` and
 * `@frus/document+object` and the output formats `chicago-note`, `chicago-short` and
 * `chicago-bibliography`. Calling it again does nothing.
 */
export function register(): void {
  if (plugins.has(PLUGIN_REF)) return;
  plugins.add(PLUGIN_REF, {
    input: {
      [SOURCE_NOTE_FORMAT]: {
        parseType: { dataType: 'String', predicate: isSourceNoteText },
        parse: (text: string) => sourceNoteItems(text),
        outputs: '@csl/list+object',
      },
      [DOCUMENT_FORMAT]: {
        parseType: {
          dataType: 'SimpleObject',
          propertyConstraint: [
            { props: ['heading', 'volume', 'provenance'], match: 'every' },
            { props: 'heading', value: (heading) => typeof heading === 'string' },
            { props: 'volume', value: isObject },
          ],
        },
        parse: (document: FrusDocument) => documentItems(document),
        outputs: '@csl/list+object',
      },
    },
    output: {
      'chicago-note': chicagoFormatter(chicagoNote),
      'chicago-short': chicagoFormatter(chicagoShortNote),
      'chicago-bibliography': chicagoFormatter(chicagoBibliography),
    },
  });
}

/** Removes the `@frus` plugin (its input and output formats) from citation-js, if registered. */
export function unregister(): void {
  if (plugins.has(PLUGIN_REF)) plugins.remove(PLUGIN_REF);
}

/** Whether the `@frus` plugin is registered. */
export function isRegistered(): boolean {
  return plugins.has(PLUGIN_REF);
}
