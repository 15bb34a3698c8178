import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
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

  /**
   * The plan at this revision, following a rename (\`git mv\`, or a move and edit): the file's own
   * path; else the path git's rename detection says it came from; else a file of the same folder
   * at the revision, gone from the working tree now, whose plan id is the same (\`sameId\`).
   * \`from\` is the path it was read from when that is not the file's own; undefined when none.
   */
  readFollowing(file: string, display: string, sameId: (text: string) => boolean): { text: string; from?: string } | undefined {
    const own = this.read(file, display);
    if (own !== undefined) return { text: own };
    const dir = dirname(file);
    if (!existsSync(dir)) return undefined;
    const { top, prefix } = this.repo(dir, display);
    const path = `${prefix}${basename(file)}`;
    const show = (from: string) => {
      const bytes = this.git(['show', `${this.ref}:${from}`], top);
      return bytes === undefined ? undefined : decodeUtf8(bytes, `${this.ref}:${from}`);
    };
    const diff = this.git(['diff', '--no-ext-diff', '--no-textconv', '-M', '--name-status', '-z', this.ref, '--'], top);
    const fields = diff?.toString('utf8').split('\0') ?? [];
    for (let i = 0; i < fields.length; ) {
      const status = fields[i] ?? '';
      if (/^[RC]/.test(status)) {
        if (status.startsWith('R') && fields[i + 2] === path) {
          const text = show(fields[i + 1]!);
          if (text !== undefined) return { text, from: fields[i + 1]! };
        }
        i += 3;
      } else i += 2;
    }
    const listed = this.git(['ls-tree', '-z', '--name-only', this.ref, '--', prefix === '' ? '.' : prefix], top);
    for (const name of listed?.toString('utf8').split('\0') ?? []) {
      if (!/\.ya?ml$/i.test(name) || existsSync(join(top, name))) continue;
      const text = show(name);
      if (text !== undefined && sameId(text)) return { text, from: name };
    }
    return undefined;
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
