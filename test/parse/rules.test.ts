/**
 * The table of diagnostic rules against the parser and the docs: every example is reported under
 * its rule with its severity; every rule id the parser's sources write is in the table; the page
 * `docs/diagnostics.md` lists the table's rules with their severities.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DiagnosticSchema } from '../../src/model/diagnostic.js';
import { DIAGNOSTIC_RULES, type DiagnosticRule } from '../../src/parse/rules.js';
import { parseSourceNote } from '../../src/index.js';
import { tsFiles } from '../regex/collect-regexes.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const rules: readonly DiagnosticRule[] = DIAGNOSTIC_RULES;

describe('DIAGNOSTIC_RULES', () => {
  it('has unique ids in the shape a diagnostic allows', () => {
    expect(new Set(rules.map((rule) => rule.id)).size).toBe(rules.length);
    for (const rule of rules) expect(DiagnosticSchema.shape.ruleId.safeParse(rule.id).success, rule.id).toBe(true);
  });

  it.each(rules.filter((rule) => rule.example !== null).map((rule) => [rule.id, rule] as const))('%s: its example is reported under it, with its severity', (_id, rule) => {
    const found = parseSourceNote(rule.example!).diagnostics.filter((diagnostic) => diagnostic.ruleId === rule.id);
    expect(found.length, rule.example!).toBeGreaterThan(0);
    for (const diagnostic of found) expect(diagnostic.severity).toBe(rule.severity);
  });

  it('reports input that is no string under invalid-input, with its severity', () => {
    const rule = rules.find((r) => r.id === 'invalid-input')!;
    const found = parseSourceNote(null as unknown as string).diagnostics.filter((diagnostic) => diagnostic.ruleId === rule.id);
    expect(found.map((diagnostic) => diagnostic.severity)).toEqual([rule.severity]);
  });

  it('names every rule id written in the sources of src/, and no other', () => {
    const written = new Set<string>();
    for (const file of tsFiles(join(root, 'src'))) {
      const source = readFileSync(file, 'utf8');
      // `ruleId: 'x'`, `ruleId: colon ? 'x' : 'y'`: every quoted id of the expression, up to a comma outside quotes.
      for (const assignment of source.matchAll(/\bruleId:\s*((?:[^,'\n]|'[^'\n]*')*)/g)) {
        for (const literal of assignment[1]!.matchAll(/'([a-z0-9-]+)'/g)) written.add(literal[1]!);
      }
    }
    // The table itself writes `id:`, not `ruleId:`: what is found is the parser's.
    expect([...written].sort()).toEqual(rules.map((rule) => rule.id).sort());
  });

  it('is the table of docs/diagnostics.md', () => {
    const page = readFileSync(join(root, 'docs', 'diagnostics.md'), 'utf8');
    const listed = [...page.matchAll(/^\| `([a-z0-9-]+)` \| (\w+) \|/gm)].map((row) => [row[1], row[2]]);
    expect(listed).toEqual(rules.map((rule) => [rule.id, rule.severity]));
  });
});
