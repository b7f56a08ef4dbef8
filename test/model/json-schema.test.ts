import { describe, expect, it } from 'vitest';
import { provenanceRecordJsonSchema } from '../../src/model/json-schema.js';

describe('provenanceRecordJsonSchema', () => {
  const schema = provenanceRecordJsonSchema() as {
    type: string;
    required: string[];
    properties: Record<string, { anyOf?: unknown[] }>;
  };

  it('describes every field SPEC names as required', () => {
    expect(schema.type).toBe('object');
    for (const field of ['text', 'primary', 'primaryPublication', 'form', 'classification', 'handling', 'drafters', 'clearances', 'approvers', 'copies', 'printed', 'repeatedTo', 'transmittedIn', 'references', 'remarks', 'diagnostics']) {
      expect(schema.required).toContain(field);
    }
  });

  it('allows null where SPEC allows it', () => {
    expect(JSON.stringify(schema.properties.primary)).toContain('"null"');
    expect(JSON.stringify(schema.properties.classification)).toContain('top-secret');
  });
});
