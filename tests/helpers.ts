import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../src/cli.js';
import type { Ctx } from '../src/context.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SAMPLE = join(ROOT, 'plans/union-2026.yaml');
// A copy of shared/seeds/000_668d129e6c332627.txt, so the repository tests itself anywhere.
export const SEED = join(ROOT, 'tests/fixtures/seed/000_668d129e6c332627.txt');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  tty?: boolean;
  columns?: number;
  stdin?: string | Buffer;
}

/** Runs the CLI in-process with a fake context: English, no color, the clock at 2026-11-25. */
export async function runCli(argv: string[], opts: RunOptions = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const ctx: Ctx = {
    cwd: opts.cwd ?? ROOT,
    env: { LANG: 'en_US.UTF-8', ...opts.env },
    stdout: { write: (s: string) => (stdout += s), isTTY: opts.tty ?? false, columns: opts.columns },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    now: () => new Date('2026-11-25T09:00:00'),
    readStdin: () => Promise.resolve(Buffer.from(opts.stdin ?? '')),
  };
  const code = await run(argv, ctx);
  return { code, stdout, stderr };
}

/** A temp folder holding plans/ with a copy of the sample plan (or the given text). */
export function tempPlans(text?: string, name = 'union-2026.yaml'): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'plan-test-'));
  const file = join(dir, 'plans', name);
  cpSync(join(ROOT, 'plans'), join(dir, 'plans'), { recursive: true });
  if (text !== undefined) writeFileSync(file, text);
  return { dir, file };
}

export function sampleText(): string {
  return readFileSync(SAMPLE, 'utf8');
}

/** The office folder of issue 20: the sample plan, plus 民生实事 and 重点项目 (in a subfolder) sharing plans/units.yaml. */
export const MANY = join(ROOT, 'tests/fixtures/many');
export function officePlans(): { dir: string; plans: string } {
  const { dir } = tempPlans();
  cpSync(MANY, join(dir, 'plans'), { recursive: true });
  return { dir, plans: join(dir, 'plans') };
}
