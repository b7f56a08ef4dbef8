/**
 * Build step: writes `dist/provenance-record.schema.json` from the zod schema, so the JSON
 * Schema that ships in the package always matches the types.
 *
 * @module
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { provenanceRecordJsonSchema } from '../src/model/json-schema.js';

const out = new URL('../dist/provenance-record.schema.json', import.meta.url);
mkdirSync(new URL('.', out), { recursive: true });
writeFileSync(out, `${JSON.stringify(provenanceRecordJsonSchema(), null, 2)}\n`);
console.log(`wrote ${out.pathname}`);
