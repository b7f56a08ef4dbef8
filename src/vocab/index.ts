/**
 * Vocabulary tables: repositories, classification levels, handling captions, publications,
 * office symbols, subject-numeric file subjects, military decimal-file series, file markers and
 * document forms, and the states of the repositories' places. Each is a typed, frozen table of `{id, aliases, …}` entries with a lookup function.
 *
 * @module
 */
export { foldKey } from './fold.js';
export type { VocabEntry } from './table.js';
export { REPOSITORIES, findRepository, matchRepositoryPrefix, repositoryById, type Repository, type RepositoryId } from './repositories.js';
export { CLASSIFICATIONS, findClassification, matchClassificationPrefix, type ClassificationEntry } from './classifications.js';
export { HANDLING_CAPTIONS, findHandlingCaption, matchHandlingPrefix, type HandlingEntry, type HandlingKind } from './handling.js';
export { PUBLICATIONS, matchPublicationPrefix, type PublicationEntry } from './publications.js';
export { OFFICE_SYMBOLS, findOfficeSymbol, type OfficeSymbol } from './office-symbols.js';
export { FILE_SUBJECTS, findFileSubject, type FileSubject } from './file-subjects.js';
export { DOCUMENT_FORMS, findDocumentForm, matchDocumentFormPrefix, type DocumentForm } from './document-forms.js';
export {
  DECIMAL_FILE_SERIES,
  FILE_COLLECTIONS,
  FILE_MARKERS,
  PAPER_SERIES,
  findDecimalFileSeries,
  findFileCollection,
  findFileMarker,
  findPaperSeries,
  type FileCollection,
  type FilePrefix,
  type PaperSeries,
} from './file-prefixes.js';
export { US_STATES, findState, type StateEntry } from './states.js';
export { BOUND_SERIES, matchBoundSeriesPrefix, type BoundSeries } from './bound-series.js';
