import { versionedAtom } from './persisted';
// Calculator pages can afford the repair of unreadable stored data (reading pages cannot).
import './persisted-recovery';
import { AGE_BANDS } from '../calculators/plattformen/finder';
import { GENDERS } from '../calculators/plattformen/kategorien';
import type { PlatformSelection } from '../calculators/plattformen/selection';

/**
 * The Plattform-Finder's last selection, stored in localStorage (`smp:plattform-auswahl`, envelope
 * `{ v: 1, data }`) so that the persona builder on another page can take its platforms over.
 */

export type { PlatformSelection };

/** Generous bounds: the value comes from storage the reader (or an extension) may have edited. */
const MAX_PLATFORMS = 50;
const MAX_NAME = 100;

const isName = (p: unknown): p is string => typeof p === 'string' && p.trim() !== '' && p.length <= MAX_NAME;

/** Returns the value when it is a plausible selection (or `null`), otherwise `undefined`. */
export function validatePlatformSelection(value: unknown): PlatformSelection | null | undefined {
	if (value === null) return null;
	if (typeof value !== 'object') return undefined;
	const v = value as Record<string, unknown>;
	const platforms = v['platforms'];
	const ok =
		typeof v['country'] === 'string' &&
		/^[A-Z]{2}$/.test(v['country']) &&
		AGE_BANDS.some((b) => b.id === v['age']) &&
		(GENDERS as readonly unknown[]).includes(v['gender']) &&
		typeof v['studyId'] === 'string' &&
		/^[a-z0-9-]+$/.test(v['studyId']) &&
		Number.isInteger(v['year']) &&
		(v['year'] as number) >= 2000 &&
		(v['year'] as number) <= 2100 &&
		Array.isArray(platforms) &&
		platforms.length > 0 &&
		platforms.length <= MAX_PLATFORMS &&
		platforms.every(isName);
	return ok ? (value as PlatformSelection) : undefined;
}

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
