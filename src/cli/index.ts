/**
 * The `frus-cite` binary: runs {@link main} on the process arguments and streams.
 *
 * @module
 */
import { main } from './program.js';
import { processStreams } from './streams.js';

void main(process.argv.slice(2), processStreams()).then((code) => {
  process.exitCode = code;
});
