/**
 * The JSON Schema of a provenance record, generated from the zod schema (never written by hand).
 *
 * @module
 */
import { z } from 'zod';
import { ProvenanceRecordSchema } from './provenance.js';

/** The JSON Schema (draft 2020-12) of {@link ProvenanceRecordSchema}. */
export function provenanceRecordJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://github.com/frus-cite/frus-cite/provenance-record.schema.json',
    title: 'FRUS provenance record',
    description: 'A FRUS source note parsed by frus-cite (see SPEC.md).',
    ...z.toJSONSchema(ProvenanceRecordSchema, { target: 'draft-2020-12', io: 'output' }),
  };
}
