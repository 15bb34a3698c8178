import type { Lang } from '../i18n/index.js';
import type { Paint } from './table.js';

/** What every screen renderer is told besides its data. */
export interface ScreenOptions {
  lang: Lang;
  asOf: string;
  paint: Paint;
  /** The terminal's width; undefined when piped. */
  maxWidth: number | undefined;
}

/** What a screen renderer gives the command to print: data for stdout, then notes for stderr. */
export interface Printed {
  out: string;
  notes: string[];
}
