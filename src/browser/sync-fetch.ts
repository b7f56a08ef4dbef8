/**
 * Stands in for `sync-fetch` in the browser build: citation-js imports it to fetch remote inputs
 * synchronously, which frus-cite never asks of it (the real module spawns a Node process).
 *
 * @module
 */

/** Refuses: frus-cite fetches nothing. */
function syncFetch(): never {
  throw new Error('frus-cite (browser build) fetches nothing: sync-fetch is not available');
}

/** The `Headers` class citation-js compares with when it normalises headers. */
syncFetch.Headers = (globalThis.Headers ?? class {}) as typeof globalThis.Headers;

export default syncFetch;
