import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { datenSchema, plattformDatensatzSchema, technographicsDatensatzSchema } from './daten';

// The build validates the same files; this test gives a faster, file-by-file answer and checks
// what the schema cannot see: unique ids across folders and that every cited source exists.
const ROOT = 'content/daten';
const files = readdirSync(ROOT, { withFileTypes: true })
	.filter((d) => d.isDirectory())
	.flatMap((d) =>
		readdirSync(`${ROOT}/${d.name}`)
			.filter((f) => f.endsWith('.yaml'))
			.map((f) => `${d.name}/${f}`),
	);

describe('content/daten', () => {
	it('has data sets of both kinds', () => {
		expect(files.some((f) => f.startsWith('technographics/'))).toBe(true);
		expect(files.some((f) => f.startsWith('plattformen/'))).toBe(true);
	});

	it.each(files)('%s passes the schema and cites an existing source', (file) => {
		const data: unknown = parse(readFileSync(`${ROOT}/${file}`, 'utf8'));
		const result = datenSchema.safeParse(data);
		expect(result.error?.issues ?? []).toEqual([]);
		if (!result.success) return;
		expect(result.data.kind).toBe(file.split('/')[0]);
		expect(existsSync(`content/quellen/${result.data.source}.yaml`), `Quelle ${result.data.source}`).toBe(true);
	});

	it('uses every file name only once, because the id is the file name', () => {
		const ids = files.map((f) => f.replace(/^.*\//, ''));
		expect(new Set(ids).size).toBe(ids.length);
	});
});

describe('daten schema', () => {
	const ladder = {
		kind: 'technographics',
		title: 'Test',
		region: 'USA',
		population: 'Erwachsene Internetnutzende',
		dataYear: 2009,
		published: 2010,
		source: 'x',
		values: {
			creators: 1,
			conversationalists: null,
			critics: null,
			collectors: null,
			joiners: null,
			spectators: null,
			inactives: null,
		},
		notes: 'Eine Notiz für den Test.',
		order: 1,
	};
	it('rejects ladders without any value, values above 100 and unknown fields', () => {
		const none = { ...ladder, values: { ...ladder.values, creators: null } };
		expect(technographicsDatensatzSchema.safeParse(none).success).toBe(false);
		expect(
			technographicsDatensatzSchema.safeParse({ ...ladder, values: { ...ladder.values, creators: 101 } }).success,
		).toBe(false);
		expect(technographicsDatensatzSchema.safeParse({ ...ladder, extra: 1 }).success).toBe(false);
		expect(technographicsDatensatzSchema.safeParse(ladder).success).toBe(true);
	});
	it('requires every platform in every group', () => {
		const base = {
			kind: 'plattformen',
			study: 'Studie',
			title: 'Studie 2024',
			countryCode: 'DE',
			country: 'Deutschland',
			population: 'ab 14',
			frequency: 'woechentlich',
			dataYear: 2024,
			published: 2024,
			sampleSize: null,
			source: 'x',
			platforms: ['A', 'B'],
			groups: [{ minAge: null, maxAge: null, values: { A: 1, B: null } }],
			notes: 'Eine Notiz für den Test.',
		};
		expect(plattformDatensatzSchema.safeParse(base).success).toBe(true);
		expect(
			plattformDatensatzSchema.safeParse({ ...base, groups: [{ minAge: null, maxAge: null, values: { A: 1 } }] })
				.success,
		).toBe(false);
		expect(
			plattformDatensatzSchema.safeParse({ ...base, groups: [{ minAge: 30, maxAge: 20, values: { A: 1, B: 2 } }] })
				.success,
		).toBe(false);
	});
});
