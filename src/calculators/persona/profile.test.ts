import { describe, expect, it } from 'vitest';
import { sharesFromProfile } from './profile';

const rung = (share: number) => ({ count: 1, share, low: 0, high: 100 });

describe('sharesFromProfile', () => {
	it('takes the surveyed rungs, rounded to one decimal', () => {
		const rungs = {
			creators: rung(12.345),
			conversationalists: null,
			critics: rung(30),
			collectors: null,
			joiners: rung(0),
			spectators: rung(70.06),
			inactives: rung(20),
		};
		expect(sharesFromProfile({ rungs })).toEqual({
			creators: 12.3,
			critics: 30,
			joiners: 0,
			spectators: 70.1,
			inactives: 20,
		});
	});
	it('returns undefined without a profile or without any rung', () => {
		expect(sharesFromProfile(null)).toBeUndefined();
		const none = {
			creators: null,
			conversationalists: null,
			critics: null,
			collectors: null,
			joiners: null,
			spectators: null,
			inactives: null,
		};
		expect(sharesFromProfile({ rungs: none })).toBeUndefined();
	});
});
