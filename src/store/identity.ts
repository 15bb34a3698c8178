import { execFileSync } from 'node:child_process';
import { userInfo } from 'node:os';

/** Who is reporting: git config user.name, else the OS user. */
export function reporterName(cwd: string): string | undefined {
  try {
    const name = execFileSync('git', ['config', 'user.name'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 3000 }).trim();
    if (name) return name;
  } catch {
    /* no git, or no name configured */
  }
  try {
    return userInfo().username || undefined;
  } catch {
    return undefined;
  }
}
