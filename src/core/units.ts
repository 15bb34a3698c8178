// The folder's unit registries together: plans/units.yaml and each plan's own `departments`.
// A name (or alias) must mean the same unit wherever it is registered; otherwise a roll-up
// across plans (`plan list --dept 服务中心 --all`) could not say whose work it is.
import type { Department } from './model.js';
import type { DataPath } from './problems.js';

/** One name or alias as one file registers it. */
export interface Registration {
  /** The file, as shown in messages. */
  file: string;
  path: DataPath;
  name: string;
  /** The registry name it stands for (itself, for a name). */
  unit: string;
}

/** Every name and alias a registry lists, with where it is. */
export function registrations(file: string, departments: readonly Department[] | undefined): Registration[] {
  const out: Registration[] = [];
  (departments ?? []).forEach((d, i) => {
    out.push({ file, path: ['departments', i, 'name'], name: d.name, unit: d.name });
    (d.aliases ?? []).forEach((a, k) => out.push({ file, path: ['departments', i, 'aliases', k], name: a, unit: d.name }));
  });
  return out;
}

export interface RegistryConflict {
  /** Where the name was registered first (units.yaml before the plans, plans in folder order). */
  first: Registration;
  /** Where another file registers it as a different unit. */
  then: Registration;
}

/**
 * Names registered as different units by two files: 服务中心 an alias of 职工服务中心 in one, a
 * unit of its own (or an alias of another) in the next. Repeating a registration the same way is
 * fine (a plan may list a unit units.yaml has too). Within one file, duplicates are checkPlan's.
 */
export function registryConflicts(files: readonly Registration[][]): RegistryConflict[] {
  const first = new Map<string, Registration>();
  const out: RegistryConflict[] = [];
  for (const regs of files) {
    const mine = new Map<string, Registration>();
    for (const r of regs) {
      const before = first.get(r.name);
      if (before && before.file !== r.file && before.unit !== r.unit) out.push({ first: before, then: r });
      if (!mine.has(r.name)) mine.set(r.name, r);
    }
    for (const [name, r] of mine) if (!first.has(name)) first.set(name, r);
  }
  return out;
}
