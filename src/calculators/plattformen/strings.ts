import type { plattformen } from '../../i18n/de/plattformen';

/** The Plattform-Finder receives its whole (small) dictionary; only the type is imported here. */
export type PlattformenStrings = typeof plattformen;
