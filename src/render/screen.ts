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
