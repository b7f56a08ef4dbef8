/**
 * FRUS documents: the volume/document model, the heading reader, and readers that turn a FRUS
 * document list, a Wilson Center Digital Archive citation block, a JFK Library page or a FRUS
 * TEI volume into {@link FrusDocument} records.
 *
 * @module
 */
export * from './model.js';
export { readHeading, headingWithoutNumber, type HeadingParts } from './heading.js';
export {
  readDocumentList,
  FRONT_MATTER_KEYS,
  type ReadDocumentListOptions,
  type DocumentListResult,
  type DocumentListError,
} from './document-list.js';
export { readWilsonCenterCitation, wilsonCenterVolume, WILSON_CENTER_ARCHIVE } from './wilson-center.js';
export { isoDateFromText } from './english-date.js';
export { readJfkLibrarySource, jfkLibraryVolume, JFK_LIBRARY } from './jfk-library.js';
export { readTeiVolume, readTeiVolumeStream, teiDocuments } from './tei.js';
export type { TeiDiagnostic, TeiReadOptions, TeiVolumeResult, TeiReadSummary, TeiChunk, TeiSource } from './tei.js';
export { documentFromNote, datelinePlace } from './from-note.js';
