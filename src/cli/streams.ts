/**
 * The process streams the CLI uses, behind a small interface: buffered stdout that stops
 * quietly when the reader goes away (`frus-cite parse … | head`), stderr, and stdin.
 *
 * @module
 */

/** Buffered text output. */
export interface Output {
  /** Queues text; flushes when the buffer is full and waits for the stream to drain. */
  write(text: string): Promise<void>;
  /** Writes out what is buffered. */
  flush(): Promise<void>;
  /** True once the reader has gone away (EPIPE); later writes are dropped. */
  readonly closed: boolean;
  /** A write error other than a closed pipe, if one happened. */
  readonly error: Error | undefined;
}

/** What a command reads from and writes to. */
export interface CliStreams {
  readonly stdout: Output;
  /** Writes a diagnostic message to stderr (unbuffered). */
  readonly stderr: (text: string) => void;
  /**
   * Standard input as a stream of byte chunks, read as the command consumes it (called at most
   * once, and only when the input is standard input).
   */
  readonly stdin: () => AsyncIterable<Uint8Array>;
  /** True when standard input is a terminal (nothing piped in). */
  readonly stdinIsTTY: boolean;
  /** Whether standard error is a terminal (progress is shown only then). */
  readonly stderrIsTTY?: boolean;
}

/** Flush threshold of {@link streamOutput}, in UTF-16 code units. */
const BUFFER_SIZE = 1 << 16;

/** Error codes that mean the reader of the stream went away. */
const CLOSED_CODES = new Set(['EPIPE', 'ERR_STREAM_DESTROYED', 'ERR_STREAM_WRITE_AFTER_END']);

/**
 * An {@link Output} on a writable stream. An EPIPE from the stream marks the output closed
 * instead of crashing the process; other errors are kept in `error`.
 */
export function streamOutput(stream: NodeJS.WritableStream): Output {
  let buffer = '';
  let closed = false;
  let failure: Error | undefined;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    closed = true;
    if (!CLOSED_CODES.has(error.code ?? '')) failure ??= error;
  });

  const flush = async (): Promise<void> => {
    if (buffer === '' || closed) return;
    const chunk = buffer;
    buffer = '';
    if (stream.write(chunk)) {
      // Let pending stream events (an EPIPE from `| head`) run before producing more output.
      await new Promise<void>((resolve) => setImmediate(resolve));
      return;
    }
    await new Promise<void>((resolve) => {
      const done = (): void => {
        stream.off('drain', done);
        stream.off('error', done);
        stream.off('close', done);
        resolve();
      };
      stream.on('drain', done);
      stream.on('error', done);
      stream.on('close', done);
    });
  };

  return {
    async write(text) {
      if (closed) return;
      buffer += text;
      if (buffer.length >= BUFFER_SIZE) await flush();
    },
    flush,
    get closed() {
      return closed;
    },
    get error() {
      return failure;
    },
  };
}

/** The {@link CliStreams} of this process. */
export function processStreams(): CliStreams {
  return {
    stdout: streamOutput(process.stdout),
    stderr: (text) => {
      process.stderr.write(text);
    },
    stdin: () => process.stdin,
    stdinIsTTY: process.stdin.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
  };
}
