import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { completeLock, lookupChain } from './lock-platforms.mjs';

describe('lock:platforms', () => {
	it('adds a missing platform build with the integrity hash the registry publishes', () => {
		const lock = {
			packages: {
				'': {},
				'node_modules/pagefind': {
					version: '1.6.0',
					integrity: 'sha512-p',
					optionalDependencies: { '@pagefind/darwin-arm64': '1.6.0' },
				},
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

	it('finds an entry where npm looks for it, between the parent and the top level', () => {
		const plugin = 'node_modules/plugin/node_modules/@a/binding';
		expect(lookupChain(plugin, '@a/binding-darwin-x64')).toEqual([
			'node_modules/plugin/node_modules/@a/binding/node_modules/@a/binding-darwin-x64',
			'node_modules/plugin/node_modules/@a/binding-darwin-x64',
			'node_modules/@a/binding-darwin-x64',
		]);
		const lock = {
			packages: {
				'': {},
				// A second, older copy of a binding package below a plugin, next to the project's own.
				[plugin]: {
					version: '0.4.1',
					integrity: 'sha512-b',
					optionalDependencies: { '@a/binding-darwin-x64': '0.4.1', '@a/binding-win32-x64-msvc': '0.4.1' },
				},
				'node_modules/plugin/node_modules/@a/binding-darwin-x64': {
					version: '0.4.1',
					integrity: 'sha512-d',
					optional: true,
				},
				'node_modules/@a/binding-darwin-x64': { version: '0.5.1', integrity: 'sha512-n', optional: true },
				'node_modules/@a/binding-win32-x64-msvc': { version: '0.5.1', integrity: 'sha512-w', optional: true },
			},
		};
		expect(completeLock(lock, () => 'sha512-neu')).toEqual({ added: 1, completed: 1 });
		expect(Object.keys(lock.packages).filter((p) => p.includes('win32'))).toEqual([
			'node_modules/@a/binding-win32-x64-msvc',
			'node_modules/plugin/node_modules/@a/binding/node_modules/@a/binding-win32-x64-msvc',
		]);
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
