/**
 * Runs the `frus-cite` binary as a child process (`node --import tsx src/cli/index.ts …`) from
 * the repository root, for the CLI tests.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Each CLI test spawns Node (with tsx) once or twice; give slow CI machines room. */
export const SLOW = { timeout: 30_000 };

/** Runs the CLI with `args` (and optional stdin) and returns its status and output. */
export function cli(args: readonly string[], input?: string | Uint8Array) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    input: input ?? '',
    timeout: 30_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
