/**
 * Validates CSL-JSON items against the published CSL-JSON types of the `csl-json` package,
 * using the TypeScript compiler as the validator: the items are written out as an object
 * literal typed `CslData[]`, so every value is checked against its declared type (item types,
 * name objects, date objects, strings vs numbers) and every key that the types do not declare is
 * an error (TypeScript's excess-property check on object literals, nested ones included).
 *
 * Why not ajv with the CSL project's `csl-data.json`: no package on the npm registry ships that
 * schema file (nor do Debian's citation-style-language packages), and tests cannot download it.
 * `csl-json` is the typed form of that schema, written for CSL 1.0.1; the three CSL 1.0.2
 * variables this library writes and csl-json predates — `archive_collection`, `volume-title`
 * and `custom` (an object of free key/value pairs) — are added below, and nothing else.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The module that is type-checked; `ITEMS` is replaced by the items as JSON. */
const TEMPLATE = `import type { Data } from 'csl-json';

/** CSL 1.0.2 variables that csl-json (CSL 1.0.1) does not declare. */
interface Csl102Additions {
  archive_collection?: string;
  'volume-title'?: string;
  custom?: { [key: string]: unknown };
}

export type CslData = Data & Csl102Additions;

export const items: CslData[] = ITEMS;
`;

const OPTIONS: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2022.d.ts'],
  types: [],
  skipLibCheck: true,
};

/**
 * The type errors of `items` as CSL-JSON, one line each (`item 2: 'archive_folder' does not
 * exist in type …`, with the offending line of the JSON); empty when every item is valid.
 */
export function cslTypeErrors(items: readonly unknown[]): string[] {
  const json = JSON.stringify(items, null, 2);
  const text = TEMPLATE.replace('ITEMS', json);
  const fileName = join(root, 'test', 'format', '__csl-json-check__.ts');
  const host = ts.createCompilerHost(OPTIONS);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, languageVersion, onError, shouldCreate) =>
    name === fileName ? ts.createSourceFile(name, text, languageVersion, true) : getSourceFile(name, languageVersion, onError, shouldCreate);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => name === fileName || fileExists(name);
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => (name === fileName ? text : readFile(name));
  const program = ts.createProgram([fileName], OPTIONS, host);
  const lines = text.split('\n');
  const firstItemLine = lines.findIndex((line) => line.startsWith('export const items'));
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    if (!diagnostic.file || diagnostic.start === undefined) return message;
    const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    const where = diagnostic.file.fileName === fileName ? `line ${line - firstItemLine} of the items: ${lines[line]!.trim()}` : diagnostic.file.fileName;
    return `${where}\n  ${message.split('\n').join('\n  ')}`;
  });
}
