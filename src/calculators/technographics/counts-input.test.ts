import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EMPTY_DRAFT, checkCounts, draftFromCounts, type CountsDraft } from './counts-input';
import { RUNGS } from './rungs';

const messages = { nRequired: 'n fehlt', exceedsN: 'höchstens {n}', inactivesExclusive: 'Inaktive höchstens {max}' };

function draft(n: string, values: Partial<CountsDraft['counts']>): CountsDraft {
	return { n, counts: { ...EMPTY_DRAFT.counts, ...values } };
}

describe('checkCounts', () => {
	it('shows nothing while the form is empty', () => {
		expect(checkCounts(EMPTY_DRAFT, messages)).toMatchObject({ empty: true, errors: {}, n: null });
	});
	it('accepts whole numbers and treats empty rungs as not surveyed', () => {
		const result = checkCounts(draft('24', { creators: '5', spectators: ' 20 ', inactives: '2' }), messages);
		expect(result.errors).toEqual({});
		expect(result.n).toBe(24);
		expect(result.counts).toMatchObject({ creators: 5, critics: null, spectators: 20, inactives: 2 });
	});
	it('explains bad input next to the field and keeps the rest', () => {
		const result = checkCounts(draft('zwölf', { creators: '2,5', critics: '-1', joiners: '3' }), messages);
		expect(result.errors.n).toMatch(/keine Zahl/);
		expect(result.errors.creators).toMatch(/ganze Zahl/);
		expect(result.errors.critics).toMatch(/mindestens 0/);
		expect(result.counts.joiners).toBe(3);
	});
	it('asks for n when only counts were typed', () => {
		expect(checkCounts(draft('', { creators: '1' }), messages).errors.n).toBe('n fehlt');
	});
	it('rejects counts above n and Inactives that overlap other rungs', () => {
		const result = checkCounts(draft('10', { spectators: '11', joiners: '8', inactives: '3' }), messages);
		expect(result.errors.spectators).toBe('höchstens 10');
		expect(result.errors.inactives).toBe('Inaktive höchstens 2');
		expect(result.counts.inactives).toBeNull();
	});
	it('never lets NaN or Infinity through, whatever is typed', () => {
		fc.assert(
			fc.property(fc.string(), fc.array(fc.string(), { minLength: 7, maxLength: 7 }), (n, values) => {
				const input = {
					n,
					counts: Object.fromEntries(RUNGS.map((r, i) => [r, values[i] ?? ''])) as CountsDraft['counts'],
				};
				const result = checkCounts(input, messages);
				for (const value of [result.n, ...Object.values(result.counts)]) {
					if (value !== null) expect(Number.isFinite(value)).toBe(true);
				}
			}),
		);
	});
	it('turns counts back into form text', () => {
		expect(
			draftFromCounts(3, {
				creators: 1,
				conversationalists: null,
				critics: 0,
				collectors: 0,
				joiners: 2,
				spectators: 3,
				inactives: 0,
			}),
		).toEqual(
			draft('3', { creators: '1', critics: '0', collectors: '0', joiners: '2', spectators: '3', inactives: '0' }),
		);
	});
});
