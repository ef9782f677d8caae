/**
 * fast-check generators for valid personas, shared by the property tests. Kept out of the
 * `*.test.ts` pattern so Vitest does not run it as a test file.
 */
import fc from 'fast-check';
import type { WeeklySchedule } from '../../lib/schedule';
import { BUYING_ROLES, TEXT_FIELDS, type Persona, type TextField } from './schema';
import { RUNGS } from '../../lib/technographics-rungs';

const id = fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/);
const text = fc.string({ unit: 'binary', maxLength: 40 });
const minute = fc.integer({ min: 0, max: 1439 });
const duration = fc.integer({ min: 0, max: 240 });

export const scheduleArb: fc.Arbitrary<WeeklySchedule> = fc.record({
	workDays: fc.uniqueArray(fc.integer({ min: 0, max: 6 })).map((d) => [...d].sort((a, b) => a - b)),
	workStart: minute,
	workEnd: minute,
	commuteMinutes: duration,
	lunchStart: minute,
	lunchMinutes: duration,
	eveningStart: minute,
	eveningEnd: minute,
	weekendWake: minute,
	weekendSleep: minute,
	marginMinutes: duration,
});

const sharesArb = fc.dictionary(
	fc.constantFrom(...RUNGS),
	fc.double({ min: 0, max: 100, noNaN: true }).map((x) => x + 0),
);

const textsArb = fc.record(
	Object.fromEntries(TEXT_FIELDS.map((f) => [f, text])) as Record<TextField, fc.Arbitrary<string>>,
);

export const personaArb: fc.Arbitrary<Persona> = fc
	.record({
		texts: textsArb,
		id,
		kind: fc.constantFrom('b2c' as const, 'b2b' as const),
		origin: fc.constantFrom('eigen' as const, 'beispiel' as const),
		buyingRole: fc.constantFrom(...BUYING_ROLES),
		technographics: fc.record({ shares: sharesArb, source: fc.constantFrom('hand' as const, 'profil' as const) }),
		platforms: fc.array(text, { maxLength: 5 }),
		schedule: scheduleArb,
		scheduleSource: fc.constantFrom('standard' as const, 'eigen' as const),
		customSections: fc.uniqueArray(fc.record({ id, title: text, text }), { maxLength: 3, selector: (s) => s.id }),
		updatedAt: fc.date({ noInvalidDate: true, min: new Date(0), max: new Date(4e12) }).map((d) => d.toISOString()),
	})
	.map(({ texts, ...rest }) => ({ ...texts, ...rest }));

export const personaListArb: fc.Arbitrary<Persona[]> = fc.uniqueArray(personaArb, {
	maxLength: 4,
	selector: (p) => p.id,
});
