import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { UsageError } from '../errors.js';
import { MAX_PLAN_BYTES, decodeUtf8 } from './read.js';

/**
 * Files as they were at a git revision, read with `git show REV:path` (no checkout, the
 * working tree is never touched). A revision git does not know, a file outside any
 * repository or a missing git are usage errors (exit 2): the check asked for cannot run.
 */
export class GitRevision {
  private readonly repos = new Map<string, { top: string; prefix: string }>();
  private readonly verified = new Set<string>();

  constructor(
    readonly ref: string,
    private readonly env: Record<string, string | undefined>,
  ) {
    if (!ref || ref.startsWith('-')) throw new UsageError('gitBadRef', { ref, repo: '.' });
  }

  /**
   * The text of a plan file at this revision, or undefined when it did not exist there.
   * Throws a PlanError when that old text is not UTF-8.
   */
  read(file: string, display: string): string | undefined {
    const dir = dirname(file);
    if (!existsSync(dir)) return undefined; // a missing file's own problem says so
    const { top, prefix } = this.repo(dir, display);
    if (!this.verified.has(top)) {
      if (this.git(['rev-parse', '--verify', '--quiet', `${this.ref}^{commit}`], dir) === undefined) {
        throw new UsageError('gitBadRef', { ref: this.ref, repo: top });
      }
      this.verified.add(top);
    }
    const spec = `${this.ref}:${prefix}${basename(file)}`;
    if (this.git(['cat-file', '-e', spec], dir) === undefined) return undefined;
    const bytes = this.git(['show', spec], dir);
    if (bytes === undefined) throw new UsageError('gitFailed', { ref: this.ref, reason: `git show ${spec}` });
    return decodeUtf8(bytes, `${this.ref}:${display}`);
  }

  private repo(dir: string, display: string): { top: string; prefix: string } {
    let repo = this.repos.get(dir);
    if (!repo) {
      const out = this.git(['rev-parse', '--show-toplevel', '--show-prefix'], dir);
      if (out === undefined) throw new UsageError('gitNotRepo', { file: display });
      const [top = '', prefix = ''] = out.toString('utf8').split('\n');
      repo = { top, prefix };
      this.repos.set(dir, repo);
    }
    return repo;
  }

  /** git's stdout, or undefined when git exits non-zero. */
  private git(args: string[], cwd: string): Buffer | undefined {
    try {
      return execFileSync('git', args, {
        cwd,
        env: { ...this.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' },
        stdio: ['ignore', 'pipe', 'pipe'],
        maxBuffer: MAX_PLAN_BYTES + 1024 * 1024,
        windowsHide: true,
      });
    } catch (e) {
      const err = e as NodeJS.ErrnoException & { status?: number | null; stderr?: Buffer };
      if (err.code === 'ENOENT') throw new UsageError('gitMissing', {});
      if (typeof err.status === 'number') return undefined;
      throw new UsageError('gitFailed', { ref: this.ref, reason: (err.stderr?.toString('utf8') || err.message).trim().split('\n')[0] ?? '' });
    }
  }
}
