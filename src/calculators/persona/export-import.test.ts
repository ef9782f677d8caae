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
		['a newer version', wrap([{ id: 'a' }], { version: PERSONA_VERSION + 1 }), 'version'],
		['a version of 0', wrap([{ id: 'a' }], { version: 0 }), 'version'],
		['no personas', wrap([]), 'empty'],
		['one bad persona', wrap([createExample('oldtimer'), { id: 'b', goals: 42 }]), 'invalid'],
		['duplicate ids', wrap([createExample('oldtimer'), createExample('oldtimer')]), 'invalid'],
	])('refuses %s', (_label, text, error) => {
		expect(parseImport(text)).toEqual({ ok: false, error });
	});

	it('refuses files that are too large without parsing them', () => {
		expect(parseImport(' '.repeat(5 * 1024 * 1024 + 1))).toEqual({ ok: false, error: 'tooLarge' });
	});
});
