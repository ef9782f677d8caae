/**
 * How much of a partly readable stored value was lost (src/stores/persisted-recovery.ts), after
 * the store's label; [COUNT] is filled in with Intl (de-DE). Apart from `speicher` because only
 * calculator pages and /datenschutz/ load the repair.
 */
export const speicherTeile = {
	one: 'eine Angabe war nicht lesbar, alles andere ist geladen',
	many: '[COUNT] Angaben waren nicht lesbar, alles andere ist geladen',
} as const;
