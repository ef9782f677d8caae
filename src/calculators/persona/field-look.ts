import type { FieldLook } from '../../components/forms/Field';

/** Short parsed fields of the persona builder: hint above the input, an optional unit after it. */
export const PB_DRAFT_FIELD = {
	fieldClass: 'pb-field pb-field--short',
	hintClass: 'pb-hint',
	hintPlacement: 'before',
	rowClass: 'pb-input-row',
	noAutocomplete: true,
} as const satisfies FieldLook;
