import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { completeLock } from './lock-platforms.mjs';

describe('lock:platforms', () => {
	it('adds a missing platform build with the integrity hash the registry publishes', () => {
		const lock = {
			packages: {
				'': {},
				'node_modules/pagefind': { version: '1.6.0', integrity: 'sha512-p', optionalDependencies: { '@pagefind/darwin-arm64': '1.6.0' } },
				'node_modules/@pagefind/windows-x64': { version: '1.6.0', optional: true, os: ['win32'], cpu: ['x64'] },
			},
		};
		const asked = [];
		const result = completeLock(lock, (name, version) => (asked.push(`${name}@${version}`), `sha512-${name}`));
		expect(result).toEqual({ added: 1, completed: 2 });
		expect(lock.packages['node_modules/@pagefind/darwin-arm64']).toEqual({
			version: '1.6.0',
			integrity: 'sha512-@pagefind/darwin-arm64',
			optional: true,
			os: ['darwin'],
			cpu: ['arm64'],
		});
		expect(lock.packages['node_modules/@pagefind/windows-x64']?.integrity).toBe('sha512-@pagefind/windows-x64');
		expect(asked.sort()).toEqual(['@pagefind/darwin-arm64@1.6.0', '@pagefind/windows-x64@1.6.0']);
	});

	it('stops instead of writing an entry without a hash', () => {
		const lock = { packages: { '': {}, 'node_modules/a/node_modules/@x/b-darwin-x64': { version: '1.0.0' } } };
		expect(() => completeLock(lock, () => undefined)).toThrow('Kein Integritäts-Hash für @x/b-darwin-x64@1.0.0');
	});

	it('leaves no entry of package-lock.json without an integrity hash', () => {
		const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
		const missing = Object.entries(lock.packages)
			.filter(([path, entry]) => path && !entry.link && !entry.integrity)
			.map(([path]) => path);
		expect(missing).toEqual([]);
	});
});
