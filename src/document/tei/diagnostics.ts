/**
 * The diagnostics of the TEI reader: a capped log that also feeds the caller's callback, and
 * the wording of what saxes reports (XML errors, a DOCTYPE).
 *
 * @module
 */
import type { TeiDiagnostic } from '../tei.js';

/** Saxes errors after which the rest of the input still reads as intended. */
const RECOVERABLE =
  /^(?:undefined entity\.|empty entity name\.|disallowed character in entity name\.|malformed character entity\.|disallowed character\.|unbound namespace prefix)/;
/** The `line:column: ` saxes puts in front of its messages. */
const POSITION_PREFIX = /^\d+:\d+: /;

/** Where the parser is: one-based line and column. */
export type Position = () => { line: number; column: number };

/** The diagnostics of one read: at most `max` of them, plus any forced (fatal) ones. */
export class DiagnosticLog {
  /** The diagnostics, in the order they were recorded. */
  readonly list: TeiDiagnostic[] = [];
  private suppressed = false;

  /**
   * @param max - Most diagnostics kept (forced ones are kept in addition).
   * @param onDiagnostic - Called with each diagnostic kept.
   * @param position - Where the parser is, for the diagnostic's line and column.
   */
  constructor(
    private readonly max: number,
    private onDiagnostic: ((diagnostic: TeiDiagnostic) => void) | undefined,
    private readonly position: Position,
  ) {}

  /** Records a diagnostic; past the cap, one note that further ones are not reported, unless `force`. */
  record(message: string, force = false): void {
    if (this.list.length >= this.max && !force) {
      if (this.suppressed) return;
      this.suppressed = true;
      message = `more than ${this.max} diagnostics; further ones are not reported`;
    }
    const { line, column } = this.position();
    const diagnostic: TeiDiagnostic = { message, line, column };
    this.list.push(diagnostic);
    if (!this.onDiagnostic) return;
    try {
      this.onDiagnostic(diagnostic);
    } catch (error) {
      // A throwing callback must not make the reader throw; say so once and stop calling it.
      this.onDiagnostic = undefined;
      const message = `the onDiagnostic callback threw: ${error instanceof Error ? error.message : String(error)}`;
      this.list.push({ ...diagnostic, message });
    }
  }
}

/**
 * The diagnostic for a saxes error, and whether reading must stop after it (XML allows going on
 * only after the errors matched by `RECOVERABLE`).
 */
export function xmlErrorDiagnostic(error: Error): { message: string; fatal: boolean } {
  const message = error.message.replace(POSITION_PREFIX, '');
  if (RECOVERABLE.test(message)) {
    const hint = message.startsWith('undefined entity')
      ? ' (DOCTYPE entities are not supported: the reference is kept as written, never expanded or fetched)'
      : '';
    return { message: `XML error: ${message}${hint}`, fatal: false };
  }
  if (message.startsWith('unclosed tag: ')) {
    return { message: `unexpected end of input: <${message.slice('unclosed tag: '.length)}> is not closed (truncated XML?)`, fatal: true };
  }
  if (message === 'unexpected end.') return { message: 'unexpected end of input (truncated XML?)', fatal: true };
  if (message === 'document must contain a root element.') return { message: 'no XML root element (empty or not XML?)', fatal: true };
  return { message: `malformed XML: ${message}`, fatal: true };
}

/** The warning for a DOCTYPE, naming what of it is ignored. */
export function doctypeWarning(doctype: string): string {
  const entities = doctype.includes('<!ENTITY');
  const external = /^\s*\S+\s+(?:SYSTEM|PUBLIC)\b/.test(doctype);
  const what = [entities ? 'its entity declarations are not expanded' : '', external ? 'its external DTD is not fetched' : '']
    .filter(Boolean)
    .join(', ');
  return `DOCTYPE/entities not supported: the DOCTYPE is ignored${what ? ` (${what})` : ''}`;
}
