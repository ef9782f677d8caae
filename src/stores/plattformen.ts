import { versionedAtom } from './persisted';
// Calculator pages can afford the repair of unreadable stored data (reading pages cannot).
import './persisted-recovery';
import { nullable } from '../lib/schema';
import { platformSelectionSchema, type PlatformSelection } from '../calculators/plattformen/selection';

/**
 * The Plattform-Finder's last selection, stored in localStorage (`smp:plattform-auswahl`, envelope
 * `{ v: 1, data }`) so that the persona builder on another page can take its platforms over.
 */

export type { PlatformSelection };

/** The selection when plausible, `null` before the reader has chosen anything, otherwise `undefined`. */
export const validatePlatformSelection = nullable(platformSelectionSchema);

/** The last selection, or `null` before the reader has chosen anything. */
export const $platformSelection = versionedAtom<PlatformSelection | null>('plattform-auswahl', null, {
	version: 1,
	label: 'Auswahl im Plattform-Finder',
	validate: validatePlatformSelection,
});

/** Remember what the finder shows (`null` when its choice ranks no platform). */
export function setPlatformSelection(selection: PlatformSelection | null): void {
	$platformSelection.set(selection);
}
