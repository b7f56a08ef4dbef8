/**
 * Collects every regular expression written in `src/**\/*.ts`, by parsing the sources with the
 * TypeScript compiler (so a pattern in any position — a constant, an argument, a class field, a
 * template — is found, and a `/` inside a string or comment is not mistaken for one):
 *
 * - regex literals `/…/flags`, with their flags;
 * - `new RegExp(…)` and `RegExp(…)` calls whose pattern (and flags) are string literals or
 *   template literals without substitutions — read as the runtime would read them;
 * - any other `RegExp(…)` call is returned as `dynamic`: its pattern is only known at run time,
 *   so it cannot be checked here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** A regular expression found in the sources. */
export interface FoundRegex {
  /** `src/parse/source-note.ts:25` (1-based line). */
  where: string;
  /** The pattern source, as `RegExp.prototype.source` would give it. */
  source: string;
  flags: string;
  /** How it was written. */
  kind: 'literal' | 'constructor';
}

/** A `RegExp(…)` call whose pattern is not a literal. */
export interface DynamicRegex {
  where: string;
  /** The call as written. */
  text: string;
}

/** Every `.ts` file under `dir`, sorted. */
export function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...tsFiles(path));
    else if (entry.isFile() && /\.(?:c|m)?tsx?$/.test(entry.name)) out.push(path);
  }
  return out.sort();
}

/** The string a literal argument stands for, or undefined when it is not a plain literal. */
function literalString(node: ts.Expression | undefined): string | undefined {
  if (!node) return undefined;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isParenthesizedExpression(node)) return literalString(node.expression);
  return undefined;
}

/** Whether `node` calls the global `RegExp` (`new RegExp(…)`, `RegExp(…)`, `globalThis.RegExp(…)`). */
function callsRegExp(node: ts.Node): node is ts.NewExpression | ts.CallExpression {
  if (!ts.isNewExpression(node) && !ts.isCallExpression(node)) return false;
  const callee = node.expression;
  if (ts.isIdentifier(callee)) return callee.text === 'RegExp';
  return ts.isPropertyAccessExpression(callee) && callee.name.text === 'RegExp' && ts.isIdentifier(callee.expression) && callee.expression.text === 'globalThis';
}

/** Collects the regular expressions of one source file; `path` is what `where` shows. */
export function collectFromSource(path: string, text: string): { found: FoundRegex[]; dynamic: DynamicRegex[] } {
  const found: FoundRegex[] = [];
  const dynamic: DynamicRegex[] = [];
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const where = (node: ts.Node) => `${path}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = (node as ts.RegularExpressionLiteral).text;
      const close = literal.lastIndexOf('/');
      found.push({ where: where(node), source: literal.slice(1, close), flags: literal.slice(close + 1), kind: 'literal' });
    } else if (callsRegExp(node)) {
      const [patternArg, flagsArg] = node.arguments ?? [];
      const pattern = literalString(patternArg);
      const flags = flagsArg === undefined ? '' : literalString(flagsArg);
      if (patternArg && ts.isRegularExpressionLiteral(patternArg) && flagsArg === undefined) {
        // `new RegExp(/x/)`: the literal itself is collected when it is visited.
      } else if (pattern !== undefined && flags !== undefined) {
        found.push({ where: where(node), source: new RegExp(pattern, flags).source, flags, kind: 'constructor' });
      } else {
        dynamic.push({ where: where(node), text: node.getText(source) });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { found, dynamic };
}

/** Collects the regular expressions of the given files; paths in `where` are relative to `root`. */
export function collectRegexes(files: readonly string[], root: string): { found: FoundRegex[]; dynamic: DynamicRegex[] } {
  const found: FoundRegex[] = [];
  const dynamic: DynamicRegex[] = [];
  for (const file of files) {
    const result = collectFromSource(relative(root, file).split('\\').join('/'), readFileSync(file, 'utf8'));
    found.push(...result.found);
    dynamic.push(...result.dynamic);
  }
  return { found, dynamic };
}
