import { run } from './cli.js';

export { run };
import type { Ctx } from './context.js';

/** The real process's context; bin/plan.js calls this. */
export function main(argv: string[]): Promise<number> {
  const ctx: Ctx = {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
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
  // `plan list | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
  });
  return run(argv.slice(2), ctx);
}
