import type { FieldLook } from '../../components/forms/Field';

/** Text fields of the posting-time calculator: hint below the input, valid fields say so. */
export const PZ_FIELD = {
	fieldClass: 'pz-field',
	hintClass: 'pz-hint',
	markValid: true,
} as const satisfies FieldLook;
