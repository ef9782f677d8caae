/** Property tests: the pure modules hold their promises for any input, not just the examples. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatClock, parseClock } from '../../lib/clock';
import { computeCompleteness } from './completeness';
import { parseImport, serializeExport } from './export-import';
import { parseMinutesInput, parseShareInput } from './inputs';
import { describeOnlineWindows } from './online-windows';
import { personaArb, personaListArb } from './persona.arbitrary';
import { personaSchema } from './schema';
import { decodeShareHash, encodeShareFragment } from './share-link';
import { validatePersona } from './validate';

const finite = (n: number | undefined) => n === undefined || Number.isFinite(n);

describe('no NaN or Infinity for any input', () => {
	it('field parsers return finite numbers in range or a message', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary' }), (raw) => {
				const share = parseShareInput(raw);
				if (share.ok)
					expect(share.value === undefined || (finite(share.value) && share.value >= 0 && share.value <= 100)).toBe(
						true,
					);
				else expect(share.error.length).toBeGreaterThan(0);
				const minutes = parseMinutesInput(raw);
				if (minutes.ok)
					expect(Number.isInteger(minutes.value) && minutes.value >= 0 && minutes.value <= 240).toBe(true);
				const clock = parseClock(raw);
				if (clock.ok) expect(Number.isInteger(clock.value) && clock.value >= 0 && clock.value <= 1439).toBe(true);
			}),
		);
	});

	it('number-like input with decimal commas stays finite', () => {
		fc.assert(
			fc.property(fc.double(), (x) => {
				const result = parseShareInput(String(x).replace('.', ','));
				if (result.ok) expect(finite(result.value)).toBe(true);
			}),
		);
	});

	it('completeness, validation and online windows stay finite for any persona', () => {
		fc.assert(
			fc.property(personaArb, (p) => {
				const c = computeCompleteness(p);
				expect(Number.isInteger(c.percent) && c.percent >= 0 && c.percent <= 100).toBe(true);
				for (const issue of validatePersona(p)) expect(finite(issue.max) && finite(issue.length)).toBe(true);
				for (const w of describeOnlineWindows(p.schedule)) {
					expect(w.start >= 0 && w.start < 1440 && w.end >= 0 && w.end < 1440).toBe(true);
					expect(formatClock(w.start)).toMatch(/^\d{1,2}:\d{2}$/);
				}
			}),
		);
	});

	it('parsers never throw on arbitrary data', async () => {
		fc.assert(fc.property(fc.anything(), (value) => void personaSchema(value)));
		fc.assert(fc.property(fc.string(), (text) => void parseImport(text)));
		await fc.assert(
			fc.asyncProperty(fc.string(), async (text) => void (await decodeShareHash(`#persona=1.z.${text}`))),
			{ numRuns: 50 },
		);
	});
});

describe('round trips', () => {
	it('export then import gives the same personas', () => {
		fc.assert(
			fc.property(
				personaListArb.filter((l) => l.length > 0),
				(personas) => {
					expect(parseImport(serializeExport(personas, new Date(0)))).toEqual({ ok: true, personas });
				},
			),
		);
	});

	it('a share link opens exactly the persona that was shared', async () => {
		await fc.assert(
			fc.asyncProperty(personaArb, async (persona) => {
				const encoded = await encodeShareFragment(persona);
				expect(encoded.ok).toBe(true);
				if (encoded.ok) expect(await decodeShareHash(`#${encoded.fragment}`)).toEqual({ ok: true, persona });
			}),
			{ numRuns: 60 },
		);
	});

	it('parsing a valid persona changes nothing', () => {
		fc.assert(fc.property(personaArb, (p) => void expect(personaSchema(JSON.parse(JSON.stringify(p)))).toEqual(p)));
	});
});
