/**
 * Namespaces and attribute look-ups of the TEI elements the reader acts on.
 *
 * @module
 */
import type { SaxesTagNS } from 'saxes';

/** The TEI namespace. */
export const TEI_NS = 'http://www.tei-c.org/ns/1.0';
/** The namespace of the Office of the Historian's own attributes (`frus:doc-dateTime-min`). */
export const FRUS_NS = 'http://history.state.gov/frus/ns/1.0';

/** The value of an attribute by its qualified name (`type`, `xml:id`; the `xml` prefix is fixed). */
export function attr(tag: SaxesTagNS, name: string): string | null {
  return tag.attributes[name]?.value ?? null;
}

/**
 * The value of a namespaced attribute, found by namespace and local name whatever its prefix
 * (or by local name alone when its prefix is unbound, which is reported as a diagnostic).
 */
export function nsAttr(tag: SaxesTagNS, uri: string, local: string): string | null {
  for (const key in tag.attributes) {
    const attribute = tag.attributes[key]!;
    if (attribute.local === local && attribute.prefix !== '' && (attribute.uri === uri || !attribute.uri)) return attribute.value;
  }
  return null;
}
