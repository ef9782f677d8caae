import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { quellenSchema } from './quellen';

// The build validates the same files; this gives a faster, file-by-file answer.
const ROOT = 'content/quellen';
const files = readdirSync(ROOT).filter((f) => f.endsWith('.yaml'));

describe('content/quellen', () => {
	it.each(files)('%s passes the schema', (file) => {
		const result = quellenSchema.safeParse(parse(readFileSync(`${ROOT}/${file}`, 'utf8')));
		expect(result.error?.issues ?? []).toEqual([]);
	});
});
