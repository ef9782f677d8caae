/**
 * Messages of every number field (`parseDecimal` in src/lib/number.ts), the same in every
 * calculator and quiz. They sit next to the field, so they say what to type. `{raw}` is what was
 * typed, `{limit}` a bound already formatted for de-DE.
 */
export const zahl = {
	empty: 'Bitte eine Zahl eingeben.',
	format: '„{raw}“ ist keine Zahl. Beispiel: 12,5',
	tooLarge: 'Die Zahl ist zu groß.',
	integer: 'Bitte eine ganze Zahl ohne Nachkommastellen eingeben.',
	min: 'Der Wert muss mindestens {limit} sein.',
	max: 'Der Wert darf höchstens {limit} sein.',
} as const;
