import { appendFileSync } from 'node:fs';
import type { Fault } from './write.js';

/**
 * PLAN_FAULT=point:hang|kill|edit|edit-always|enospc|erofs|eacces|eio… (hang until killed, SIGKILL
 * itself, append a line to the file as another editor would (once, or every time), or fail with
 * that errno) — only the crash-safety tests set it.
 */
export function faultFromSpec(spec: string | undefined, say: (line: string) => void): Fault | undefined {
  if (!spec) return undefined;
  const [point, action = 'hang'] = spec.split(':');
  let edits = 0;
  return (at, file) => {
    if (at !== point) return;
    if (action === 'edit' || action === 'edit-always') {
      if (file && (action === 'edit-always' || edits++ === 0)) appendFileSync(file, '# edited meanwhile\n');
      return;
    }
    if (action === 'kill') {
      process.kill(process.pid, 'SIGKILL');
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000); // the signal lands meanwhile
    }
    if (action !== 'hang') throw Object.assign(new Error(`${action.toUpperCase()}: injected fault`), { code: action.toUpperCase() });
    say(`PLAN_FAULT ${at}\n`);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
  };
}
