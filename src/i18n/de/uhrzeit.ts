/**
 * Messages of every time-of-day field (src/lib/clock.ts), shared by the persona builder and the
 * posting-time calculator so that the same input gets the same answer everywhere. `{raw}` is what
 * was typed.
 */
export const uhrzeit = {
	hint: 'Uhrzeit, z.\u00a0B. 07:30 oder 7',
	errors: {
		empty: 'Bitte eine Uhrzeit eingeben, z.\u00a0B. 07:30.',
		format: '„{raw}“ ist keine Uhrzeit. Beispiel: 07:30',
		range: 'Bitte eine Uhrzeit zwischen 00:00 und 23:59 eingeben.',
	},
} as const;
