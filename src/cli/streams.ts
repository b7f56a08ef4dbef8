/**
 * The process streams the CLI uses, behind a small interface: stdout written in chunks, that stops
 * quietly when the reader goes away (`frus-cite parse … | head`), stderr, and stdin.
 *
 * @module
 */

/** Buffered text output. */
export interface Output {
  /** Queues text; when a chunk is full, writes it out and waits for the stream to drain. */
  write(text: string): Promise<void>;
  /**
   * Queues text without waiting: the synchronous half of {@link Output.write}, for writing many
   * small pieces. Returns false when a chunk was handed to the stream: the caller then awaits
   * {@link Output.drain} before queueing more (what keeps memory bounded).
   */
  queue(text: string): boolean;
  /** Waits until the stream can take more, after {@link Output.queue} returned false. */
  drain(): Promise<void>;
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

/**
 * Queues the output of each of `items` in order with `queue` (which returns what
 * {@link Output.queue} returned), draining `out` whenever a chunk was handed over. Returns
 * false, having stopped, when the output has closed (the reader went away).
 */
export async function queueEach<T>(out: Output, items: Iterable<T>, queue: (item: T) => boolean): Promise<boolean> {
  for (const item of items) {
    if (out.closed) return false;
    if (!queue(item)) await out.drain();
  }
  return true;
}

/** Size of the chunks {@link streamOutput} hands to the stream, in bytes. */
export const CHUNK_BYTES = 1 << 16;

/** Error codes that mean the reader of the stream went away. */
const CLOSED_CODES = new Set(['EPIPE', 'ERR_STREAM_DESTROYED', 'ERR_STREAM_WRITE_AFTER_END']);

/**
 * An {@link Output} on a writable stream. Text is encoded as UTF-8 straight into a chunk of
 * `chunkBytes` bytes as it is written; a full chunk is handed to the stream, and writing waits
 * for the stream to drain (or, when it did not ask to, for pending stream events such as an
 * EPIPE) before going on. A text longer than a chunk is handed over on its own, after what was
 * queued before it. An EPIPE from the stream marks the output closed instead of crashing the
 * process; other errors are kept in `error`.
 */
export function streamOutput(stream: NodeJS.WritableStream, chunkBytes: number = CHUNK_BYTES): Output {
  let chunk = Buffer.allocUnsafe(chunkBytes);
  let used = 0;
  let closed = false;
  let failure: Error | undefined;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    closed = true;
    if (!CLOSED_CODES.has(error.code ?? '')) failure ??= error;
  });

  /** Whether a chunk was handed to the stream since the last {@link Output.drain}. */
  let handed = false;
  /** Whether the stream asked to wait for its `drain` event. */
  let full = false;

  /** Hands `bytes` to the stream; {@link drain} then waits until it can take more. */
  const send = (bytes: Uint8Array): void => {
    handed = true;
    if (!stream.write(bytes)) full = true;
  };

  /** Hands the queued bytes to the stream; the next chunk is a new buffer (the stream may keep these). */
  const sendChunk = (): void => {
    if (used === 0) return;
    const bytes = chunk.subarray(0, used);
    chunk = Buffer.allocUnsafe(chunkBytes);
    used = 0;
    send(bytes);
  };

  const drain = async (): Promise<void> => {
    if (!handed) return;
    handed = false;
    if (closed) {
      full = false;
      return;
    }
    if (!full) {
      // Let pending stream events (an EPIPE from `| head`) run before producing more output.
      await new Promise<void>((resolve) => setImmediate(resolve));
      return;
    }
    full = false;
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

  const queue = (text: string): boolean => {
    if (closed) return true;
    // A UTF-16 code unit takes at most 3 bytes of UTF-8; count exactly only near the end.
    if (text.length * 3 > chunkBytes - used) {
      const length = Buffer.byteLength(text);
      if (length > chunkBytes - used) {
        sendChunk();
        if (length > chunkBytes) {
          send(Buffer.from(text));
          return false;
        }
      }
    }
    used += chunk.write(text, used);
    if (used === chunkBytes) sendChunk();
    return !handed;
  };

  const flush = async (): Promise<void> => {
    if (!closed) sendChunk();
    await drain();
  };

  return {
    async write(text) {
      if (!queue(text)) await drain();
    },
    queue,
    drain,
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
