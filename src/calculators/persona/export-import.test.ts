import { describe, expect, it } from 'vitest';
import { createExample } from './examples';
import { EXPORT_FORMAT, exportFileName, parseImport, serializeExport } from './export-import';
import { createEmptyPersona, PERSONA_VERSION } from './schema';

const NOW = new Date('2025-03-01T10:00:00Z');

describe('JSON export', () => {
	it('names format and version and reads back the same personas', () => {
		const personas = [createExample('oldtimer'), createEmptyPersona('x', 'Eigene', NOW, 'b2b')];
		const text = serializeExport(personas, NOW);
		expect(JSON.parse(text)).toMatchObject({
			format: EXPORT_FORMAT,
			version: PERSONA_VERSION,
			exportedAt: '2025-03-01T10:00:00.000Z',
		});
		expect(parseImport(text)).toEqual({ ok: true, personas });
	});
	it('suggests a dated file name', () => {
		expect(exportFileName(NOW)).toBe('personas-2025-03-01.json');
	});
});

describe('JSON import', () => {
	const wrap = (personas: unknown, extra: Record<string, unknown> = {}) =>
		JSON.stringify({ format: EXPORT_FORMAT, version: PERSONA_VERSION, personas, ...extra });

	it.each([
		['no JSON', '{"format":', 'json'],
		['an array', '[]', 'format'],
		['another format', JSON.stringify({ format: 'x', version: 1, personas: [] }), 'format'],
		['no personas', wrap([]), 'empty'],
	])('refuses %s', (_label, text, error) => {
		expect(parseImport(text)).toEqual({ ok: false, error });
	});

	it.each([
		['a newer version', PERSONA_VERSION + 1, 'version'],
		['version 0', 0, 'versionInvalid'],
		['version −1', -1, 'versionInvalid'],
		['version 1.5', 1.5, 'versionInvalid'],
		['the text "1"', '1', 'versionNotNumber'],
		['no version', undefined, 'versionMissing'],
		['version null', null, 'versionMissing'],
	])('names what is wrong with %s', (_label, version, error) => {
		expect(parseImport(wrap([createExample('oldtimer')], { version }))).toEqual({ ok: false, error, version });
	});

	it('names the first persona that cannot be read', () => {
		const bad = { id: 'b', name: 'Bernd', goals: 42 };
		expect(parseImport(wrap([createExample('oldtimer'), bad]))).toEqual({
			ok: false,
			error: 'invalid',
			position: 2,
			name: 'Bernd',
		});
		expect(parseImport(wrap([5]))).toEqual({ ok: false, error: 'invalid', position: 1 });
	});

	it('accepts repeated ids (fresh ids are given when the personas are added)', () => {
		const result = parseImport(wrap([createExample('oldtimer'), createExample('oldtimer')]));
		expect(result.ok && result.personas).toHaveLength(2);
	});

	it('reads back an export with a text far beyond the form limit', () => {
		const long = { ...createEmptyPersona('l', 'Lang', NOW), goals: 'x'.repeat(100_001) };
		expect(parseImport(serializeExport([long], NOW))).toEqual({ ok: true, personas: [long] });
	});

	it('refuses files that are too large without parsing them', () => {
		expect(parseImport(' '.repeat(5 * 1024 * 1024 + 1))).toEqual({ ok: false, error: 'tooLarge' });
	});
});
