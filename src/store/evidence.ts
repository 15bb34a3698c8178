import { existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';

/** Evidence (佐证材料) that names a file no folder holds: URLs are not checked. */
export function missingEvidence(evidence: readonly string[], dirs: readonly string[]): string[] {
  return evidence.filter((e) => !/^[a-z][a-z0-9+.-]*:\/\//i.test(e) && !(isAbsolute(e) ? existsSync(e) : dirs.some((d) => existsSync(join(d, e)))));
}
