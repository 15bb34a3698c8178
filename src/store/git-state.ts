import { execFileSync } from 'node:child_process';
import { basename, dirname } from 'node:path';

/** A plan file's place in git: the checked-out commit, and whether the file differs from it. */
export interface GitState {
  /** HEAD's full hash; undefined in a repository without commits. */
  commit?: string;
  /** The file has changes not committed (staged, unstaged, or the file is untracked). */
  dirty: boolean;
}

/**
 * The git state of a file, for the bulletin's footer. Undefined when there is nothing to
 * say: git is not installed, or the file is not inside a work tree. Never throws.
 */
export function gitState(file: string, env: Record<string, string | undefined>): GitState | undefined {
  const cwd = dirname(file);
  const git = (args: string[]): string | undefined => {
    try {
      return execFileSync('git', args, {
        cwd,
        env: { ...env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' },
        stdio: ['ignore', 'pipe', 'ignore'],
        windowsHide: true,
      }).toString('utf8');
    } catch {
      return undefined;
    }
  };
  if (git(['rev-parse', '--is-inside-work-tree'])?.trim() !== 'true') return undefined;
  const head = git(['rev-parse', '--verify', '--quiet', 'HEAD'])?.trim();
  const status = git(['status', '--porcelain', '--untracked-files=all', '--ignored=matching', '--', basename(file)]);
  const commit = head && /^[0-9a-f]{40,64}$/.test(head) ? head : undefined;
  return { ...(commit ? { commit } : {}), dirty: status === undefined ? true : status.trim() !== '' };
}
