import type { FieldLook } from '../../components/forms/Field';

/**
 * Text fields of the planning calculators (Echtzeit-Budget, Kulanz, KPI-Monitoring), mostly for
 * numbers. Stored settings accept only short texts; the length limit keeps a reload from
 * discarding them.
 */
export const PL_FIELD = {
	fieldClass: 'pl-field',
	hintClass: 'pl-hint',
	warningClass: 'pl-warning',
	noAutocomplete: true,
	noSpellcheck: true,
	maxLength: 40,
} as const satisfies FieldLook;
