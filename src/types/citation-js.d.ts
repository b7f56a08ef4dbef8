/**
 * Minimal type declarations for the citation-js 0.8 packages, which ship none. Only what this
 * library uses is declared; every value that comes back from citation-js is typed loosely
 * (`unknown` or plain records) so that callers check what they read.
 */

declare module '@citation-js/core' {
  /** A CSL-JSON item as citation-js holds it (`_graph` and any other keys included). */
  export type CiteItem = Record<string, unknown> & { id?: string | number };

  /** The Cite instance: parsed CSL items plus output. */
  export class Cite {
    constructor(data?: unknown, options?: Record<string, unknown>);
    /** The parsed items, each with a `_graph` parse trail. */
    data: CiteItem[];
    /** Formats the items with a registered output format. */
    format(format: string, ...options: unknown[]): unknown;
    /** Parses asynchronously. */
    static async(data: unknown, options?: Record<string, unknown>): Promise<Cite>;
  }

  /** A constraint on the properties of an object input. */
  export interface PropertyConstraint {
    props: string | string[];
    match?: 'every' | 'some' | 'any' | 'none';
    value?: (value: unknown) => boolean;
  }

  /** Type detection of an input format. */
  export interface TypeParser {
    dataType?: 'String' | 'Array' | 'SimpleObject' | 'ComplexObject' | 'Primitive';
    predicate?: RegExp | ((input: unknown) => boolean);
    propertyConstraint?: PropertyConstraint | PropertyConstraint[];
    extends?: string;
  }

  /** An input format: how to recognise it and how to parse it. */
  export interface InputFormat {
    parseType?: TypeParser;
    parse?: (input: never) => unknown;
    outputs?: string;
  }

  /** An output formatter: CSL items (cleaned) and the caller's options → output. */
  export type OutputFormatter = (data: CiteItem[], options?: Record<string, unknown>) => unknown;

  /** A plugin as passed to `plugins.add`. */
  export interface Plugin {
    input?: Record<string, InputFormat>;
    output?: Record<string, OutputFormatter>;
    config?: unknown;
  }

  /** The global plugin registry. */
  export const plugins: {
    add(ref: string, plugin: Plugin): void;
    remove(ref: string): void;
    has(ref: string): boolean;
    list(): string[];
    config: { get(ref: string): unknown };
    input: { type(input: unknown): string; has(format: string): boolean; list(): string[] };
    output: { has(format: string): boolean; list(): string[] };
  };
}

declare module '@citation-js/plugin-bibtex' {}

declare module '@citation-js/plugin-csl' {}
