/**
 * `frus-cite cite [FILE|-] --style …`: FRUS documents in (a single note, a `.jsonl` of notes
 * with context, a document list, or a TEI volume), citations out.
 *
 * @module
 */
import { readDocumentList as readFrusDocumentList } from '../../document/document-list.js';
import { documentFromNote } from '../../document/from-note.js';
import type { FrusDocument } from '../../document/model.js';
import { readTeiVolume } from '../../document/tei.js';
import { toBibtex } from '../../format/bibtex.js';
import { chicagoBibliography, chicagoNote, chicagoShortNote, type ChicagoOptions, type CitationForm } from '../../format/chicago.js';
import { archivalLocations, toCslPublished, toCslArchival, type CslItem } from '../../format/csl.js';
import { detectFormat, readInput } from '../../io/index.js';
import { oneOf, parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { UsageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { loadInput } from '../input.js';
import type { CliStreams } from '../streams.js';

/** The citation styles of `frus-cite cite`. */
export const CITE_STYLES = ['chicago-note', 'chicago-short', 'chicago-bibliography', 'bibtex', 'biblatex', 'csl-json'] as const;
const FORMS = ['published', 'archival', 'both'] as const;
const TEXT_FORMATS = ['text', 'html', 'markdown'] as const;
const EDITIONS = ['17', '18'] as const;
const INPUT_FORMATS = ['auto', 'tei', 'jsonl', 'document-list', 'paragraphs'] as const;

/** The help text of `frus-cite cite`. */
export const CITE_USAGE = `Usage: frus-cite cite [FILE|-] [options]

Cite FRUS documents: Chicago notes and bibliography, BibTeX/BibLaTeX, CSL-JSON.
Reads FILE, or standard input when FILE is "-" or omitted.

Options:
  -s, --style <style>          chicago-note (default), chicago-short,
                               chicago-bibliography, bibtex, biblatex, csl-json
  -e, --edition <17|18>        Chicago edition (default 18)
      --form <form>            published (default): the document as printed in
                               FRUS; archival: the original (and, with csl-json
                               or BibTeX, every copy) the source note locates;
                               both: the two together
  -f, --format <format>        Chicago markup: text (default), html, markdown
  -i, --input-format <format>  auto (default), tei, jsonl, document-list,
                               paragraphs
  -h, --help                   show this help

Input (auto: by extension, else by content):
  tei            an Office of the Historian TEI volume (.xml): every document,
                 with the volume's metadata from the TEI header
  document-list  numbered headings each followed by a "Source:" paragraph,
                 with optional front matter (--- id: frus1961-63v06 ... ---)
  jsonl          one JSON object per line: "note" (or "text") plus context
                 (volume, doc, head, date, dateline)
  paragraphs     one source note per paragraph
A note without a volume or heading can only be cited as an archival item; it
is, whatever --form says.

Output: one citation per line for the Chicago styles (two with --form both),
entries for BibTeX/BibLaTeX, a JSON array for csl-json. An input that cannot
be read gives "[line N: reason]" in its place (exit status 1). A long run
shows its progress on standard error when that is a terminal.

Exit status:
  0  every document was cited
  1  some inputs could not be read (each reported in place and on stderr)
  2  usage error, or unreadable input (nothing written to stdout)

Examples:
  frus-cite cite fixtures/tei/frus1961-63v06-excerpt.xml --style chicago-note
  frus-cite cite volume.txt --style biblatex --form both > frus.bib
  echo 'Source: Department of State, Central Files, 711.11-KE/1-2161.' | frus-cite cite --style csl-json
`;

const OPTIONS = {
  style: { type: 'string', short: 's', default: 'chicago-note' },
  edition: { type: 'string', short: 'e', default: '18' },
  form: { type: 'string', default: 'published' },
  format: { type: 'string', short: 'f', default: 'text' },
  'input-format': { type: 'string', short: 'i', default: 'auto' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** A document to cite, or an input unit that could not be read. */
type Entry = { kind: 'document'; document: FrusDocument } | { kind: 'error'; line: number; message: string };

/** Whether a document can be cited as published in FRUS (it has a volume or at least a heading). */
function citableAsPublished(document: FrusDocument): boolean {
  return document.volume.id !== null || document.heading !== '';
}

/** Reads the input into documents, keeping unreadable units in place. */
function readEntries(text: string, fileName: string | undefined, inputFormat: (typeof INPUT_FORMATS)[number], report: (line: number | null, message: string) => void): Entry[] {
  const isTei = inputFormat === 'tei' || (inputFormat === 'auto' && (/\.xml$/i.test(fileName ?? '') || /^\s*</.test(text)));
  if (isTei) {
    const result = readTeiVolume(text);
    for (const diagnostic of result.diagnostics) report(diagnostic.line ?? null, diagnostic.message);
    return result.documents.map((document) => ({ kind: 'document', document }));
  }
  const format = inputFormat === 'auto' ? detectFormat(text, fileName) : inputFormat;
  if (format === 'document-list') {
    const result = readFrusDocumentList(text);
    const entries: Entry[] = result.documents.map((document) => ({ kind: 'document', document }));
    for (const error of result.errors) {
      report(error.line, error.message);
      entries.push({ kind: 'error', line: error.line, message: error.message });
    }
    return entries;
  }
  const { items } = readInput(text, { format, fileName });
  const entries: Entry[] = [];
  for (const item of items) {
    if (item.kind === 'error') {
      report(item.line, item.message);
      entries.push({ kind: 'error', line: item.line, message: item.message });
    } else {
      entries.push({ kind: 'document', document: documentFromNote(item.text, item.context) });
    }
  }
  return entries;
}

/** The Chicago citations of one document, one per form asked for. */
function chicagoLines(document: FrusDocument, style: string, form: (typeof FORMS)[number], options: ChicagoOptions): string[] {
  const forms: CitationForm[] = !citableAsPublished(document) ? ['archival'] : form === 'both' ? ['published', 'archival'] : [form];
  const render = style === 'chicago-short' ? chicagoShortNote : style === 'chicago-bibliography' ? chicagoBibliography : chicagoNote;
  return forms.map((f) => render(document, { ...options, form: f }));
}

/** The CSL items of one document for the forms asked for. */
function cslItems(document: FrusDocument, form: (typeof FORMS)[number]): CslItem[] {
  const items: CslItem[] = [];
  if (form !== 'archival' && citableAsPublished(document)) items.push(toCslPublished(document));
  if (form !== 'published' || !citableAsPublished(document)) {
    let copies = 0;
    for (const { role, location } of archivalLocations(document)) items.push(toCslArchival(document, location, role, role === 'copy' ? copies++ : 0));
  }
  return items;
}

/** Runs `frus-cite cite`. */
async function runCite(args: readonly string[], streams: CliStreams): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS, CITE_USAGE);
  if (values.help) {
    await streams.stdout.write(CITE_USAGE);
    await streams.stdout.flush();
    return ExitCode.OK;
  }
  const style = oneOf('--style', values.style, CITE_STYLES, CITE_USAGE);
  const edition = Number(oneOf('--edition', values.edition, EDITIONS, CITE_USAGE)) as 17 | 18;
  const form = oneOf('--form', values.form, FORMS, CITE_USAGE);
  const format = oneOf('--format', values.format, TEXT_FORMATS, CITE_USAGE);
  const inputFormat = oneOf('--input-format', values['input-format'], INPUT_FORMATS, CITE_USAGE);
  if (positionals.length > 1) throw new UsageError(`expected at most one FILE, got ${positionals.length}`, CITE_USAGE);
  const file = positionals[0];
  if (file === undefined && streams.stdinIsTTY) throw new UsageError('no input: give a FILE, or pipe notes into standard input', CITE_USAGE);

  const input = await loadInput(file, streams);
  let errors = 0;
  const report = (line: number | null, message: string): void => {
    streams.stderr(`frus-cite: ${input.name}${line ? `:${line}` : ''}: ${message}\n`);
  };
  const entries = readEntries(input.text, input.fileName, inputFormat, report);
  errors = entries.filter((entry) => entry.kind === 'error').length;
  const documents = entries.flatMap((entry) => (entry.kind === 'document' ? [entry.document] : []));
  const progress = streams.stderrIsTTY === true && entries.length >= 100;

  if (style === 'csl-json') {
    await streams.stdout.write(`${JSON.stringify(documents.flatMap((document) => cslItems(document, form)), null, 2)}\n`);
  } else if (style === 'bibtex' || style === 'biblatex') {
    for (const entry of entries) if (entry.kind === 'error') await streams.stdout.write(`% [line ${entry.line}: ${entry.message.replace(/[\r\n]+/g, ' ')}]\n`);
    if (documents.length > 0) await streams.stdout.write(toBibtex(documents, { dialect: style, form }));
  } else {
    const options: ChicagoOptions = { edition, format };
    let done = 0;
    for (const entry of entries) {
      if (streams.stdout.closed) break;
      const lines = entry.kind === 'error' ? [`[line ${entry.line}: ${entry.message}]`] : chicagoLines(entry.document, style, form, options);
      await streams.stdout.write(`${lines.join('\n')}\n`);
      done++;
      if (progress && done % 50 === 0) streams.stderr(`\rfrus-cite: ${done}/${entries.length} documents`);
    }
    if (progress) streams.stderr(`\rfrus-cite: ${done}/${entries.length} documents\n`);
  }
  await streams.stdout.flush();
  if (entries.length === 0) streams.stderr(`frus-cite: ${input.name}: no documents found\n`);
  return errors > 0 ? ExitCode.INPUT_ERRORS : ExitCode.OK;
}

/** The `cite` command. */
export const citeCommand: Command = {
  name: 'cite',
  summary: 'cite documents: Chicago notes and bibliography, BibTeX/BibLaTeX, CSL-JSON',
  usage: CITE_USAGE,
  run: runCite,
};
