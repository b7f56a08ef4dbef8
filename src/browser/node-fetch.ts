/**
 * Stands in for `node-fetch` in the browser build. citation-js imports it to fetch remote inputs
 * (URLs, DOIs), which frus-cite never asks of it, and a browser has `fetch` of its own; the real
 * module imports Node's `http`, `zlib` and `stream`, which no browser bundler resolves.
 *
 * @module
 */

/** Refuses: frus-cite fetches nothing. */
export default function nodeFetch(): Promise<never> {
  return Promise.reject(new Error('frus-cite (browser build) fetches nothing: node-fetch is not available'));
}

/** The `Headers` class citation-js compares with when it normalises headers; the browser's own when there is one. */
export const Headers: typeof globalThis.Headers = globalThis.Headers ?? class {};
