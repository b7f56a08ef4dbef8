/**
 * The round trip through citation-js's plugin-bibtex, which escapes titles, publishers and places
 * and formats dates: the CSL items handed to it, and its global escaping setting, switched on for
 * the call and restored afterwards.
 *
 * @module
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import type { FrusDocument } from '../../document/model.js';
import type { BiblatexFlavour, BibtexDialect } from '../bibtex.js';
import { cslDate, seriesTitle, type CslDate } from '../csl.js';
import { correspondentsTitle, datedTitle, descriptiveTitle, inFrus } from './describe.js';
import { safeUrl } from './escape.js';

/** What citation-js's `format('bibtex' | 'biblatex', {format: 'object'})` returns per entry. */
export interface CitationJsEntry {
  type: string;
  label: string;
  properties: Record<string, string>;
}

/** The part of plugin-bibtex's global configuration this module touches (and restores). */
interface BibtexPluginConfig {
  format: { asciiOnly: boolean };
}

/**
 * Text handed to citation-js: its rich-text reader takes `<i>`, `<b>`, `<sc>`, `<sup>`, `<sub>`
 * and `<span …>` for markup and leaves an unclosed one as an unbalanced `\textit{`. A
 * zero-width space after `<` (which citation-js drops) makes every `<` plain text.
 */
function plainForCitationJs(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/</g, '<\u200b');
}

/** Booktitle and series/maintitle of the published form: the volume title inside the series. */
function containerTitles(document: FrusDocument): { booktitle: string; series: string | null } {
  const series = seriesTitle(document.volume);
  return document.volume.title ? { booktitle: document.volume.title, series } : { booktitle: series, series: null };
}

/** The item without its empty properties (undefined, null, empty string). */
function compact(item: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined && v !== null && v !== ''));
}

/** The CSL item citation-js formats for the published entry (`chapter`: title, booktitle, series, imprint). */
export function publishedProjection(document: FrusDocument, key: string, dialect: BibtexDialect, flavour: BiblatexFlavour): Record<string, unknown> {
  const { volume } = document;
  if (!inFrus(document)) return archivalProjection(document, key, dialect, flavour, document.url);
  const { booktitle, series } = containerTitles(document);
  const title = dialect === 'bibtex' ? datedTitle(document) : flavour === 'biblatex-chicago' ? correspondentsTitle(document) : descriptiveTitle(document);
  const issued: CslDate | undefined = cslDate(volume.year);
  return compact({
    id: key,
    'citation-key': key,
    type: 'chapter',
    title: plainForCitationJs(title),
    'container-title': plainForCitationJs(booktitle),
    'collection-title': series ? plainForCitationJs(series) : undefined,
    volume: volume.volumeNumber ? plainForCitationJs(volume.volumeNumber) : undefined,
    publisher: volume.publisher ? plainForCitationJs(volume.publisher) : undefined,
    'publisher-place': volume.place ? plainForCitationJs(volume.place) : undefined,
    issued,
    URL: document.url ? safeUrl(document.url) : undefined,
  });
}

/** The CSL item citation-js formats for an archival entry (`document`: title, date and, for a collection item, URL). */
export function archivalProjection(document: FrusDocument, key: string, dialect: BibtexDialect, flavour: BiblatexFlavour, url: string | null = null): Record<string, unknown> {
  const title = dialect === 'bibtex' ? datedTitle(document) : flavour === 'biblatex-chicago' ? correspondentsTitle(document) : descriptiveTitle(document);
  return compact({
    id: key,
    'citation-key': key,
    type: 'document',
    title: plainForCitationJs(title),
    issued: cslDate(document.date),
    URL: url ? safeUrl(url) : undefined,
  });
}

/** Runs `fn` with plugin-bibtex's escaping switched on (`asciiOnly`), restoring the global setting afterwards. */
function withEscaping<T>(fn: () => T): T {
  const config = plugins.config.get('@bibtex') as BibtexPluginConfig | undefined;
  if (!config?.format) return fn();
  const saved = config.format.asciiOnly;
  try {
    config.format.asciiOnly = true;
    return fn();
  } finally {
    config.format.asciiOnly = saved;
  }
}

/** Formats the projections with citation-js, one object entry per projection, in order. */
export function throughCitationJs(projections: Record<string, unknown>[], dialect: BibtexDialect): CitationJsEntry[] {
  if (projections.length === 0) return [];
  return withEscaping(() => new Cite(projections).format(dialect, { format: 'object' }) as CitationJsEntry[]);
}
