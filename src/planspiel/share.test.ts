import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeCompareLink, encodeCompareLink, expandLinks, hasCompareLink } from './share';

const A = 'OTTO1-12-X';
const B = 'OTTO1-3-Y';

describe('comparison links through the shared codec', () => {
	it('carry names with commas, colons and umlauts unchanged (property)', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.array(fc.record({ label: fc.string({ maxLength: 40 }), code: fc.constantFrom(A, B) }), { maxLength: 6 }),
				async (lines) => {
					const fragment = await encodeCompareLink(lines);
					expect(fragment).toMatch(/^planspiel=1\.[zj]\.[A-Za-z0-9_-]*$/);
					expect((await decodeCompareLink(`#${fragment}`)).lines).toEqual(lines);
				},
			),
			{ numRuns: 30 },
		);
	});

	it('still read links in the first format and say so', async () => {
		expect(await decodeCompareLink(`#codes=Rot:${A}`)).toEqual({
			lines: [{ label: 'Rot', code: A }],
			legacy: true,
			unreadable: false,
		});
	});

	it('report a damaged or newer link instead of guessing', async () => {
		expect((await decodeCompareLink('#planspiel=1.j.!!!')).unreadable).toBe(true);
		expect((await decodeCompareLink('#planspiel=9.j.e30')).unreadable).toBe(true);
	});

	it('open pasted links into one line per group and keep other lines', async () => {
		const fragment = await encodeCompareLink([
			{ label: 'Blau', code: A },
			{ label: '', code: B },
		]);
		const text = `Rot: ${B}\nhttps://example.org/planspiel/otto/vergleich/#${fragment}\nhttps://example.org/x/#planspiel=1.j.kaputt`;
		expect(hasCompareLink(text)).toBe(true);
		expect(await expandLinks(text)).toBe(`Rot: ${B}\nBlau: ${A}\n${B}\nhttps://example.org/x/`);
	});
});
