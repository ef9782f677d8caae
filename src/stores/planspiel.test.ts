import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '@nanostores/persistent';
import { validatePlanspiel } from './planspiel';

/** The Planspiel store: a game survives a reload; a damaged game is backed up and reported, the others stay. */

async function load() {
	vi.resetModules();
	return { ...(await import('./planspiel')), $storageProblems: (await import('./persisted')).$storageProblems };
}

beforeEach(() => useTestStorageEngine());
afterEach(() => cleanTestStorage());

describe('$planspiel', () => {
	it('keeps a running game across a reload', async () => {
		const first = await load();
		first.startGame('otto', 1);
		first.decide('otto', 1, { choice: 2, timedOut: false });
		first.decide('otto', 1, { choice: 0, timedOut: true });
		first.markSeen('otto', 1);
		first.setCountdown(false);
		const again = await load();
		expect(again.$planspiel.get()).toEqual({
			games: {
				otto: {
					version: 1,
					started: true,
					steps: [
						{ choice: 2, timedOut: false },
						{ choice: 0, timedOut: true },
					],
					seen: true,
				},
			},
			countdown: false,
			group: '',
		});
		expect(JSON.parse(getTestStorage()['smp:planspiel'] ?? '{}').v).toBe(1);
	});

	it('starts a fresh game when the scenario version changed, and restarts on request', async () => {
		const s = await load();
		s.decide('otto', 1, { choice: 1, timedOut: false });
		s.decide('otto', 2, { choice: 0, timedOut: false });
		expect(s.$planspiel.get().games['otto']?.steps).toEqual([{ choice: 0, timedOut: false }]);
		s.restartGame('otto', 2);
		expect(s.$planspiel.get().games['otto']).toEqual({ version: 2, started: false, steps: [], seen: true });
	});

	it('keeps the readable games, backs the damaged value up and says so', async () => {
		setTestStorageKey(
			'smp:planspiel',
			JSON.stringify({
				v: 1,
				data: {
					games: {
						otto: { version: 1, started: true, steps: [{ choice: 1, timedOut: false }], seen: true },
						kaputt: { steps: 'x' },
					},
					countdown: true,
					group: 'Rot',
				},
			}),
		);
		const s = await load();
		await vi.waitFor(() => expect(s.$storageProblems.get().map((p) => p.kind)).toEqual(['partial']));
		expect(Object.keys(s.$planspiel.get().games)).toEqual(['otto']);
		expect(s.$planspiel.get().group).toBe('Rot');
		const storage = getTestStorage();
		const backups = Object.entries(storage).filter(([k]) => k.startsWith('smp:sicherung:planspiel'));
		expect(backups.length).toBe(1);
		expect(backups[0]?.[1]).toContain('kaputt');
	});

	it('reports a store it cannot read at all', async () => {
		setTestStorageKey('smp:planspiel', '{"v":1,"data":[]}');
		const s = await load();
		expect(s.$planspiel.get().games).toEqual({});
		expect(s.$storageProblems.get().map((p) => p.key)).toEqual(['smp:planspiel']);
	});
});

describe('validatePlanspiel', () => {
	it('refuses steps outside the code alphabet and cuts long group names', () => {
		const bad = { games: { otto: { version: 1, started: true, steps: [{ choice: 9, timedOut: false }], seen: true } } };
		expect(validatePlanspiel(bad)).toBeUndefined();
		expect(validatePlanspiel({ games: {} })).toEqual({ games: {}, countdown: true, group: '' });
		expect(validatePlanspiel({ games: {}, group: 'x'.repeat(100) })?.group).toHaveLength(40);
	});
});

describe('parseCountdownParam', () => {
	it('reads ?zeitdruck like ?trainer', async () => {
		const { parseCountdownParam } = await load();
		expect(parseCountdownParam('?zeitdruck=0')).toBe(false);
		expect(parseCountdownParam('?trainer=1&zeitdruck=an')).toBe(true);
		expect(parseCountdownParam('?zeitdruck=vielleicht')).toBeUndefined();
	});
});
