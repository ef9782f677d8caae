import { describe, expect, it } from 'vitest';
import { readTextFile, type TextSource } from './read-text-file';

const file = (bytes: number[] | string, name = 'daten.csv'): TextSource =>
	new File([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], name);

describe('readTextFile', () => {
	it('reads UTF-8 and keeps the name', async () => {
		expect(await readTextFile(file('Stufe;Anzahl\nZuschauer;8', 'umfrage.csv'), 100)).toEqual({
			ok: true,
			name: 'umfrage.csv',
			text: 'Stufe;Anzahl\nZuschauer;8',
		});
	});

	it('reads what German Excel writes (Windows-1252) without garbling umlauts', async () => {
		// „wöchentlich“ with ö as the single byte 0xF6.
		const bytes = [0x77, 0xf6, 0x63, 0x68, 0x65, 0x6e, 0x74, 0x6c, 0x69, 0x63, 0x68];
		const result = await readTextFile(file(bytes), 100);
		expect(result).toMatchObject({ ok: true, text: 'wöchentlich' });
	});

	it('refuses a file above the limit without reading it', async () => {
		let read = false;
		const big: TextSource = {
			name: 'gross.csv',
			size: 101,
			arrayBuffer: () => {
				read = true;
				return Promise.resolve(new ArrayBuffer(0));
			},
		};
		expect(await readTextFile(big, 100)).toEqual({ ok: false, name: 'gross.csv', reason: 'tooLarge' });
		expect(read).toBe(false);
		expect(await readTextFile(file('x'.repeat(100)), 100)).toMatchObject({ ok: true });
	});

	it('reports a file that cannot be read instead of throwing', async () => {
		const gone: TextSource = {
			name: 'weg.csv',
			size: 3,
			arrayBuffer: () => Promise.reject(new Error('NotReadableError')),
		};
		expect(await readTextFile(gone, 100)).toEqual({ ok: false, name: 'weg.csv', reason: 'unreadable' });
	});
});
