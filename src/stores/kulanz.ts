/**
 * Settings of the Kulanz-Rechner, stored in localStorage (`smp:kulanz`, envelope
 * `{ v: 1, data: GoodwillSettings }`). Fields are kept as typed, so that a reload shows exactly
 * what was entered, including a bad entry with its message.
 */
import { versionedAtom } from './persisted';
// Calculator pages can afford the repair of unreadable stored data (reading pages cannot).
import './persisted-recovery';
import {
	DEFAULT_GOODWILL_SETTINGS,
	ottoExample,
	goodwillSettingsSchema,
	type GoodwillSettings,
	type OTTO_VOUCHERS,
} from '../calculators/kulanz/settings';

export const $kulanz = versionedAtom<GoodwillSettings>('kulanz', DEFAULT_GOODWILL_SETTINGS, {
	version: 1,
	label: 'Kulanz-Rechner',
	validate: goodwillSettingsSchema,
});

export function updateKulanz(patch: Partial<GoodwillSettings>): void {
	$kulanz.set({ ...$kulanz.get(), ...patch });
}

/** Fill in the Otto example: facts only, assumptions emptied. */
export function applyOttoExample(voucher: (typeof OTTO_VOUCHERS)[number]): void {
	$kulanz.set(ottoExample(voucher));
}

export function resetKulanz(): void {
	$kulanz.set(DEFAULT_GOODWILL_SETTINGS);
}
