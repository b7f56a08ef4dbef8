/**
 * `frus-cite cite [FILE|-] --style …`: FRUS documents in (a single note, a `.jsonl` of notes
 * with context, a document list, or a TEI volume), citations out.
 *
 * @module
 */
import { readDocumentList as readFrusDocumentList } from '../../document/document-list.js';
import { documentFromNote } from '../../document/from-note.js';
import type { FrusDocument } from '../../document/model.js';
import { teiDocuments } from '../../document/tei.js';
import { toBibtex } from '../../format/bibtex.js';
import { chicagoBibliography, chicagoNote, chicagoShortNote, type ChicagoOptions, type CitationForm } from '../../format/chicago.js';
import { toCslArchivalItems, toCslPublished, type CslItem } from '../../format/csl.js';
import { detectFormat } from '../../io/detect.js';
import { DEFAULT_LIMITS, MAX_WHOLE_INPUT_LENGTH } from '../../io/limits.js';
import { readItemBatches } from '../../io/stream.js';
import type { InputFormat, InputItem } from '../../io/types.js';
import { oneOf, parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { CliError, UsageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { openInput } from '../input.js';
import { summaryLine } from '../record-output.js';
import { queueEach, type CliStreams, type Output } from '../streams.js';

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
  -q, --quiet                  no summary (or progress) on stderr
  -h, --help                   show this help

Input (auto: by extension, else by the first 1 MiB of content):
  tei            an Office of the Historian TEI volume (.xml): every document,
                 with the volume's metadata from the TEI header; read as a
                 stream, each document cited as soon as it closes
  document-list  numbered headings each followed by a "Source:" paragraph,
                 with optional front matter (--- id: frus1961-63v06 ... ---);
                 read whole (at most ${MAX_WHOLE_INPUT_LENGTH} characters)
  jsonl          one JSON object per line: "note" (or "text") plus context
                 (volume, doc, head, date, dateline); read as a stream
  paragraphs     one source note per paragraph; read as a stream
Encodings: UTF-8 (with or without BOM), UTF-16 LE/BE with BOM.
A note without a volume or heading can only be cited as an archival item; it
is, whatever --form says.

Output: one citation per line for the Chicago styles (two with --form both),
entries for BibTeX/BibLaTeX, a JSON array for csl-json (streamed). An input
that cannot be read gives "[line N: reason]" in its place (BibTeX: a "% [line
N: reason]" comment; csl-json: stderr only) and is reported on stderr as
FILE:LINE: reason. BibTeX/BibLaTeX keep every document in memory until the
end (keys are made unique over the whole input). At the end,
"frus-cite: N documents, M errors" on stderr (N counts the errors too); a long
run shows its progress there when stderr is a terminal.

Limits (docs/limits.md):
  ${DEFAULT_LIMITS.maxLineLength} characters  longest JSONL line or paragraph (longer: an
                      error in its place, reading goes on)
  ${DEFAULT_LIMITS.maxNoteLength} characters    longest note (jsonl, paragraphs) or TEI
                      heading, dateline or note (longer: error, or truncated
                      with a diagnostic in TEI)
  TEI                 nesting deeper than 256 elements, malformed or truncated
                      XML stop reading: the documents before are cited and the
                      problem is written in place and on stderr with its line;
                      DTDs and entities are never expanded or fetched
  1 MiB               read and checked before anything is written (binary
                      file or invalid encoding there: refused, nothing written)

Exit status:
  0  every document was cited
  1  some inputs could not be read, or the TEI reader reported a problem
     (each reported in place and on stderr)
  2  usage error, or unreadable input: missing, binary, invalid UTF-8/16 in
     the first 1 MiB, a document list over the size limit (nothing written
     to stdout); invalid encoding or a read error further on stops reading
     there, the citations before it are written and the problem is on stderr

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
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** A file name that means TEI. */
const XML_NAME = /\.xml$/i;
/** Text that starts like XML. */
const XML_START = /^\s*</;
/** Line breaks inside a message written on one output line. */
const LINE_BREAKS = /[\r\n]+/g;

type Style = (typeof CITE_STYLES)[number];
type Form = (typeof FORMS)[number];

/** Whether a document can be cited as published in FRUS (it has a volume or at least a heading). */
function citableAsPublished(document: FrusDocument): boolean {
  return document.volume.id !== null || document.heading !== '';
}

/** The Chicago citations of one document, one per form asked for. */
function chicagoLines(document: FrusDocument, style: string, form: Form, options: ChicagoOptions): string[] {
  const forms: CitationForm[] = !citableAsPublished(document) ? ['archival'] : form === 'both' ? ['published', 'archival'] : [form];
  const render = style === 'chicago-short' ? chicagoShortNote : style === 'chicago-bibliography' ? chicagoBibliography : chicagoNote;
  return forms.map((f) => render(document, { ...options, form: f }));
}

/** The CSL items of one document for the forms asked for. */
function cslItems(document: FrusDocument, form: Form): CslItem[] {
  const items: CslItem[] = [];
  if (form !== 'archival' && citableAsPublished(document)) items.push(toCslPublished(document));
  if (form !== 'published' || !citableAsPublished(document)) items.push(...toCslArchivalItems(document));
  return items;
}

/**
 * Writes the citations of one style as documents (and unreadable inputs) come in. Each method
 * queues its output and returns false when the output has a chunk to write out: the caller then
 * awaits `out.drain()` before writing more (see {@link Output.queue}).
 */
interface CitationWriter {
  document(document: FrusDocument): boolean;
  /** An input that could not be read, in its place in the output. */
  error(line: number, message: string): boolean;
  /** Closes the output (the JSON array; the BibTeX entries) and flushes. */
  end(): Promise<void>;
}

/** The {@link CitationWriter} of `style` on `out`. */
function citationWriter(style: Style, form: Form, options: ChicagoOptions, out: Output): CitationWriter {
  const oneLine = (message: string): string => message.replace(LINE_BREAKS, ' ');
  if (style === 'csl-json') {
    // The same text as JSON.stringify(items, null, 2), one item at a time.
    let count = 0;
    return {
      document(document) {
        let ready = true;
        for (const item of cslItems(document, form)) {
          if (!out.queue(`${count++ === 0 ? '[\n' : ',\n'}  ${JSON.stringify(item, null, 2).replaceAll('\n', '\n  ')}`)) ready = false;
        }
        return ready;
      },
      error: () => true,
      async end() {
        await out.write(count === 0 ? '[]\n' : '\n]\n');
        await out.flush();
      },
    };
  }
  if (style === 'bibtex' || style === 'biblatex') {
    const documents: FrusDocument[] = [];
    return {
      document: (document) => {
        documents.push(document);
        return true;
      },
      error: (line, message) => out.queue(`% [line ${line}: ${oneLine(message)}]\n`),
      async end() {
        if (documents.length > 0) await out.write(toBibtex(documents, { dialect: style, form }));
        await out.flush();
      },
    };
  }
  return {
    document: (document) => out.queue(`${chicagoLines(document, style, form, options).join('\n')}\n`),
    error: (line, message) => out.queue(`[line ${line}: ${oneLine(message)}]\n`),
    end: () => out.flush(),
  };
}

/** The progress line on a terminal's stderr: `frus-cite: 1200 documents`, every 50 after 100. */
class Progress {
  private shown = false;

  constructor(
    private readonly streams: CliStreams,
    private readonly enabled: boolean,
  ) {}

  tick(done: number): void {
    if (!this.enabled || done < 100 || done % 50 !== 0) return;
    this.streams.stderr(`\rfrus-cite: ${done} documents`);
    this.shown = true;
  }

  /** Clears the progress line (before a message, and at the end). */
  clear(): void {
    if (!this.shown) return;
    this.streams.stderr('\r\x1b[K');
    this.shown = false;
  }
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

  // Refusals (unreadable, binary, bad encoding in the head) throw here, before any output.
  const input = await openInput(file, streams);
  const isTei = inputFormat === 'tei' || (inputFormat === 'auto' && (XML_NAME.test(input.fileName ?? '') || XML_START.test(input.head)));
  const readFormat = isTei ? 'tei' : inputFormat === 'auto' ? detectFormat(input.head, input.fileName) : inputFormat;
  // A document list is read whole (front matter, duplicates); too large → refused, nothing written.
  const listText = readFormat === 'document-list' ? await input.readAll(MAX_WHOLE_INPUT_LENGTH, 'a document list') : undefined;

  const out = citationWriter(style, form, { edition, format }, streams.stdout);
  const progress = new Progress(streams, streams.stderrIsTTY === true && !values.quiet);
  let units = 0;
  let errors = 0;
  let failure: CliError | undefined;
  const report = (line: number | null, message: string): void => {
    progress.clear();
    streams.stderr(`frus-cite: ${input.name}${line ? `:${line}` : ''}: ${message}\n`);
  };
  /** Queues the citations of a document; false when the output is to be drained first. */
  const cite = (document: FrusDocument): boolean => {
    units++;
    const ready = out.document(document);
    progress.tick(units);
    return ready;
  };
  /** Reports an input that could not be read and queues it in its place; false as for `cite`. */
  const unreadable = (line: number, message: string): boolean => {
    units++;
    errors++;
    report(line, message);
    return out.error(line, message);
  };
  /** Cites the document of an input item, or reports it as unreadable; false as for `cite`. */
  const citeItem = (item: InputItem): boolean => {
    if (item.kind === 'error') return unreadable(item.line, item.message);
    let document: FrusDocument;
    try {
      document = documentFromNote(item.text, item.context);
    } catch (error) {
      return unreadable(item.line, `internal error: ${error instanceof Error ? error.message : String(error)}`);
    }
    return cite(document);
  };

  try {
    if (readFormat === 'tei') {
      async function* source(): AsyncGenerator<string, void, undefined> {
        try {
          yield* input.text();
        } catch (error) {
          if (error instanceof CliError) failure = error;
          throw error;
        }
      }
      const documents = teiDocuments(source(), {
        maxTextLength: DEFAULT_LIMITS.maxNoteLength,
        onDiagnostic: (diagnostic) => {
          if (failure) return; // the input failure is reported as such below
          errors++;
          report(diagnostic.line, diagnostic.message);
        },
      });
      let next = await documents.next();
      for (; !next.done; next = await documents.next()) {
        if (streams.stdout.closed) break;
        if (!cite(next.value)) await streams.stdout.drain();
      }
      // Stopped early (stdout closed): end the reader, which closes the input.
      if (!next.done) await (documents as AsyncGenerator<FrusDocument, unknown>).return(undefined);
      else if (!next.value.complete && !failure) {
        // A fatal problem (malformed, truncated, too deep) stopped reading: the rest of the volume
        // is lost; mark the place in the output. (The reason is on stderr; the summary does not
        // single out the fatal diagnostic, but reading stops there, so every diagnostic recorded
        // after it carries the same line.)
        const last = next.value.diagnostics[next.value.diagnostics.length - 1];
        units++;
        const message = 'the TEI input could not be read past this line; the documents after it are missing (see the messages on stderr)';
        if (!out.error(last?.line ?? 1, message)) await streams.stdout.drain();
      }
    } else if (listText !== undefined) {
      const result = readFrusDocumentList(listText);
      await queueEach(streams.stdout, result.documents, cite);
      for (const error of result.errors) if (!unreadable(error.line, error.message)) await streams.stdout.drain();
    } else {
      // The items of each piece of text are cited and written without an await between them,
      // except to let a full chunk of output drain.
      for await (const items of readItemBatches(input.text(), readFormat as InputFormat)) {
        if (!(await queueEach(streams.stdout, items, citeItem))) break;
      }
    }
  } catch (error) {
    // Bad encoding or a read error past the head: keep what was written, close the output.
    if (!(error instanceof CliError)) throw error;
    failure = error;
  }
  await out.end();
  progress.clear();
  if (streams.stdout.closed) return errors > 0 ? ExitCode.INPUT_ERRORS : ExitCode.OK;
  if (failure) {
    streams.stderr(`frus-cite: ${failure.message}; reading stopped there (the citations before it were written)\n`);
  } else if (units === 0) {
    streams.stderr(`frus-cite: ${input.name}: no documents found\n`);
  }
  if (!values.quiet) streams.stderr(`frus-cite: ${summaryLine(units, errors, 'document')}\n`);
  if (failure) return failure.exitCode;
  return errors > 0 ? ExitCode.INPUT_ERRORS : ExitCode.OK;
}

/** The `cite` command. */
export const citeCommand: Command = {
  name: 'cite',
  summary: 'cite documents: Chicago notes and bibliography, BibTeX/BibLaTeX, CSL-JSON',
  usage: CITE_USAGE,
  run: runCite,
};
