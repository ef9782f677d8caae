import { describe, expect, it } from 'vitest';
import { backupFile, listBackups, readBackup } from './backups';

function storageOf(entries: Record<string, string>): Pick<Storage, 'length' | 'key' | 'getItem'> {
	const keys = Object.keys(entries);
	return { length: keys.length, key: (i) => keys[i] ?? null, getItem: (k) => entries[k] ?? null };
}

const backup = (key: string, savedAt: string, raw: string) =>
	JSON.stringify({ v: 1, data: { key, label: 'Personas', kind: 'json', savedAt, raw } });

describe('backups', () => {
	it('lists only backup keys, newest first, with the original text unchanged', () => {
		const storage = storageOf({
			'smp:personas': '[]',
			'smp:sicherung:personas:a': backup('smp:personas', '2026-12-01T10:00:00.000Z', '{kaputt'),
			'smp:sicherung:personas:b': backup('smp:personas', '2026-12-04T10:00:00.000Z', '{"v":9}'),
		});
		expect(listBackups(storage).map((b) => [b.backupKey, b.raw])).toEqual([
			['smp:sicherung:personas:b', '{"v":9}'],
			['smp:sicherung:personas:a', '{kaputt'],
		]);
	});
	it('still lists a backup whose own value is damaged, with its raw text', () => {
		expect(readBackup('smp:sicherung:quiz:x', 'nicht json')).toEqual({
			backupKey: 'smp:sicherung:quiz:x',
			key: 'smp:quiz',
			label: 'smp:quiz',
			kind: 'unbekannt',
			savedAt: '',
			raw: 'nicht json',
		});
	});
	it('builds a dated download that carries the original text', () => {
		const entry = readBackup('smp:sicherung:personas:a', backup('smp:personas', '2026-12-01T10:00:00.000Z', '{kaputt'));
		const file = backupFile(entry);
		expect(file.name).toBe('sicherung-personas-2026-12-01.json');
		expect(JSON.parse(file.content)).toMatchObject({ key: 'smp:personas', raw: '{kaputt' });
	});
});
