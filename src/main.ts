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
function output(fd: 1 | 2, stream: () => NodeJS.WriteStream): Writer & { isTTY?: boolean; columns?: number } {
  let direct: boolean;
  try {
    const st = fstatSync(fd);
    direct = st.isFIFO() || st.isSocket() || st.isFile();
  } catch {
    direct = false;
  }
  if (!direct) return quiet(stream());
  let closed = false;
  let rest: NodeJS.WriteStream | undefined;
  return {
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
}

/** `plan list | head` closes the pipe early: that is the reader's choice, not an error. */
function quiet(stream: NodeJS.WriteStream): NodeJS.WriteStream {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
  });
  return stream;
}

/** The real process's context; bin/plan.js calls this. */
export function main(argv: string[]): Promise<number> {
  const ctx: Ctx = {
    cwd: process.cwd(),
    env: process.env,
    stdout: output(1, () => process.stdout),
    stderr: output(2, () => process.stderr),
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
  return run(argv.slice(2), ctx);
}
