import type { Fault } from './write.js';

/**
 * PLAN_FAULT=point:hang|kill|enospc|erofs|eacces|eio… (hang until killed, SIGKILL itself, or fail
 * with that errno) — only the crash-safety tests set it.
 */
export function faultFromSpec(spec: string | undefined, say: (line: string) => void): Fault | undefined {
  if (!spec) return undefined;
  const [point, action = 'hang'] = spec.split(':');
  return (at) => {
    if (at !== point) return;
    if (action === 'kill') {
      process.kill(process.pid, 'SIGKILL');
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000); // the signal lands meanwhile
    }
    if (action !== 'hang') throw Object.assign(new Error(`${action.toUpperCase()}: injected fault`), { code: action.toUpperCase() });
    say(`PLAN_FAULT ${at}\n`);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
  };
}
