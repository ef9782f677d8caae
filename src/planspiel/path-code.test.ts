import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodePathCode, encodePathCode, readLegacyFragment, splitCodeLines, type PathCode } from './path-code';

const code = (steps: [number, boolean][]): PathCode => ({
	prefix: 'OTTO',
	version: 1,
	steps: steps.map(([choice, timedOut]) => ({ choice, timedOut })),
});

describe('group codes', () => {
	it('are short and readable', () => {
		const text = encodePathCode(
			code([
				[1, false],
				[0, false],
				[2, true],
				[0, false],
			]),
		);
		expect(text).toMatch(/^OTTO1-21C1-[2-9A-HJ-NP-Z]$/);
		expect(encodePathCode(code([]))).toMatch(/^OTTO1-0-.$/);
	});

	it('round-trip for every scenario code, version and path (property)', () => {
		const arbitrary = fc.record({
			prefix: fc.stringMatching(/^[A-Z]{2,6}$/),
			version: fc.integer({ min: 1, max: 999 }),
			steps: fc.array(fc.record({ choice: fc.integer({ min: 0, max: 8 }), timedOut: fc.boolean() }), { maxLength: 12 }),
		});
		fc.assert(
			fc.property(arbitrary, (c) => {
				const decoded = decodePathCode(encodePathCode(c));
				expect(decoded).toEqual({ ok: true, code: c });
			}),
		);
	});

	it('survive typing: lower case, spaces and typographic dashes', () => {
		const text = encodePathCode(
			code([
				[0, false],
				[3, true],
			]),
		);
		const typed = ` ${text.toLowerCase().replace(/-/g, ' – ')} `;
		expect(decodePathCode(typed)).toEqual({
			ok: true,
			code: code([
				[0, false],
				[3, true],
			]),
		});
	});

	it('catch every single changed decision through the check character (property)', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 8 }),
				fc.nat(),
				fc.integer({ min: 1, max: 3 }),
				(choices, at, shift) => {
					const original = code(choices.map((c) => [c, false]));
					const i = at % choices.length;
					const changed = code(choices.map((c, j) => [j === i ? (c + shift) % 4 : c, false]));
					const tampered = encodePathCode(changed).slice(0, -1) + encodePathCode(original).slice(-1);
					expect(decodePathCode(tampered)).toEqual({ ok: false, error: 'check' });
				},
			),
		);
	});

	it('say what is wrong with a bad code', () => {
		expect(decodePathCode('hallo')).toEqual({ ok: false, error: 'format' });
		expect(decodePathCode('OTTO1-2131')).toEqual({ ok: false, error: 'format' });
	});
});

describe('pasted lines and share links', () => {
	const a = encodePathCode(
		code([
			[0, false],
			[1, false],
		]),
	);
	const b = encodePathCode(code([[2, false]]));

	it('read names, bare codes and links, one group per line', () => {
		const text = `Gruppe Rot: ${a}\n\n${b}\nhttps://example.org/planspiel/otto/vergleich/#codes=Blau:${a}\nkein Code hier`;
		expect(splitCodeLines(text)).toEqual([
			{ label: 'Gruppe Rot', code: a },
			{ label: '', code: b },
			{ label: 'Blau', code: a },
			{ label: 'kein Code hier', code: '' },
		]);
	});

	it('read links in the first format, names percent-encoded', () => {
		expect(readLegacyFragment(`#codes=${encodeURIComponent('Rot, Tisch 2: Ärger')}:${a},${b}`)).toEqual([
			{ label: 'Rot, Tisch 2: Ärger', code: a },
			{ label: '', code: b },
		]);
		expect(readLegacyFragment('#anderes=1')).toEqual([]);
	});

	it('leave links in the current format to expandLinks', () => {
		expect(splitCodeLines(`https://example.org/planspiel/otto/vergleich/#planspiel=1.j.e30\n${b}`)).toEqual([
			{ label: '', code: b },
		]);
	});
});
