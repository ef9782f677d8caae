/**
 * How much of a partly readable stored value was lost (src/stores/persisted-recovery.ts), after
 * the store's label; a template of src/lib/template.ts (plural by Intl.PluralRules). Apart from `speicher` because only
 * calculator pages and /datenschutz/ load the repair.
 */
export const speicherTeile = {
	lost: '{count, plural, one {eine Angabe war} other {# Angaben waren}} nicht lesbar, alles andere ist geladen',
} as const;
