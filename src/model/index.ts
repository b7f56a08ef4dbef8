/**
 * Zod schemas of the record contract and their inferred types.
 *
 * @module
 */
export * from './diagnostic.js';
export * from './provenance.js';
