import { fstatSync, writeSync } from 'node:fs';
import { run } from './cli.js';

export { run };
import type { Ctx, Writer } from './context.js';

/**
 * Standard output or error as the real process writes to it. A pipe, a socket or a file is written
 * with write(2) at once, as Node's own stream does there (pipes and files are written synchronously
 * on Linux), without making that stream: process.stdout on a pipe loads Node's socket and stream
 * modules, about 15M instructions, a tenth of what `plan status` adds to `node -e 0`. A terminal
 * (or anything else) gets the process's stream. A reader that goes away (`plan list | head`) ends
 * the output quietly; a descriptor set non-blocking that is full hands the rest to the stream.
 */
function output(fd: 1 | 2, stream: () => NodeJS.WriteStream): Output {
  let direct: boolean;
  try {
    const st = fstatSync(fd);
    direct = st.isFIFO() || st.isSocket() || st.isFile();
  } catch {
    direct = false;
  }
  if (!direct) {
    const s = quiet(stream());
    return { writer: s, flushed: () => flushed(s) };
  }
  let closed = false;
  let rest: NodeJS.WriteStream | undefined;
  const writer = {
    isTTY: false,
    write(chunk: string | Uint8Array): boolean {
      if (closed) return false;
      if (rest) return rest.write(chunk);
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      for (let done = 0; done < bytes.length; ) {
        try {
          done += writeSync(fd, bytes, done);
        } catch (e) {
          const code = (e as NodeJS.ErrnoException).code;
          if (code === 'EPIPE') {
            closed = true;
            return false;
          }
          if (code !== 'EAGAIN') throw e;
          rest = quiet(stream());
          return rest.write(bytes.subarray(done));
        }
      }
      return true;
    },
  };
  return { writer, flushed: () => flushed(rest) };
}

interface Output {
  writer: Writer & { isTTY?: boolean; columns?: number };
  /** Resolves once what was written has reached the descriptor; undefined when nothing is held back. */
  flushed(): Promise<void> | undefined;
}

/** A stream's writes so far are done when a write after them is (its callbacks come in order). */
function flushed(s: NodeJS.WriteStream | undefined): Promise<void> | undefined {
  if (!s || s.destroyed || s.writableLength === 0) return undefined;
  return new Promise((resolve) => s.write('', () => resolve()));
}

/** `plan list | head` closes the pipe early: that is the reader's choice, not an error. */
function quiet(stream: NodeJS.WriteStream): NodeJS.WriteStream {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
  });
  return stream;
}

/**
 * The real process's context; bin/plan.js calls this and exits with the code as soon as it is
 * known, once the output has reached its descriptors. Left to end by itself, the process would
 * first run what V8 and Node had scheduled for later: after plan list or plan status on the sample
 * that was a collection of the young generation (its trigger is a task, run when the event loop
 * first turns, after the output) and the freeing of the whole heap, ≈ 1.3 ms of CPU.
 */
export function main(argv: string[]): Promise<number> {
  const stdout = output(1, () => process.stdout);
  const stderr = output(2, () => process.stderr);
  const ctx: Ctx = {
    cwd: process.cwd(),
    env: process.env,
    stdout: stdout.writer,
    stderr: stderr.writer,
    now: () => new Date(),
    readStdin: async (maxBytes = Infinity) => {
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const c of process.stdin) {
        chunks.push(c as Buffer);
        size += (c as Buffer).length;
        if (size > maxBytes) break; // leaving the loop stops reading: the rest is never held
      }
      return Buffer.concat(chunks);
    },
  };
  return run(argv.slice(2), ctx).then((code) => {
    const held = [stdout.flushed(), stderr.flushed()].filter((p) => p !== undefined);
    return held.length === 0 ? code : Promise.all(held).then(() => code);
  });
}
