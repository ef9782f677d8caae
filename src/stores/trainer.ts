import { versionedAtom } from './persisted';

/**
 * Trainer mode: shows solutions and trainer notes and prints answer keys. Remembered in this
 * browser (`smp:trainer`); `?trainer=1` / `?trainer=0` in a URL switch it for a projector.
 * `src/scripts/theme-init.js` reads the same key before the first paint — keep both in step.
 */
export const $trainerMode = versionedAtom<boolean>('trainer', false, {
	version: 1,
	label: 'Trainermodus',
	validate: (data) => (typeof data === 'boolean' ? data : undefined),
});

const ON = new Set(['1', 'on', 'an', 'ja', 'true']);
const OFF = new Set(['0', 'off', 'aus', 'nein', 'false']);

/** Reads an on/off word („1“, „an“, „aus“ …) from a query parameter: `true`/`false`, or `undefined`. */
export function parseSwitchParam(search: string, name: string): boolean | undefined {
	const value = new URLSearchParams(search).get(name)?.trim().toLowerCase();
	if (value === undefined) return undefined;
	if (ON.has(value)) return true;
	if (OFF.has(value)) return false;
	return undefined;
}

/** Reads `trainer` from a query string: `true`/`false`, or `undefined` when absent or unknown. */
export function parseTrainerParam(search: string): boolean | undefined {
	return parseSwitchParam(search, 'trainer');
}

/** Switch trainer mode on or off. */
export function setTrainerMode(on: boolean): void {
	if ($trainerMode.get() !== on) $trainerMode.set(on);
}

/** Flip trainer mode. */
export function toggleTrainerMode(): void {
	$trainerMode.set(!$trainerMode.get());
}
