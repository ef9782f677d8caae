import { describe, expect, it } from 'vitest';
import { actionForKey, type KeyInput } from './keys';
import { clampSlide, hashForSlide, jumpTarget, slideFromHash, slideReturnPath, typeDigit } from './navigation';
import { adjustTimer, createTimer, formatTimer, isRunning, isTimerState, remainingMs, toggleTimer } from './timer';
import { channelName, parseMessage } from './sync';
import { swipeAction } from './swipe';

const key = (k: string, mods: Partial<KeyInput> = {}): KeyInput => ({
	key: k,
	shiftKey: false,
	ctrlKey: false,
	altKey: false,
	metaKey: false,
	...mods,
});

describe('keys', () => {
	it('turns slides with arrows, page keys (remotes) and the space bar', () => {
		for (const k of ['ArrowRight', 'ArrowDown', 'PageDown', ' '])
			expect(actionForKey(key(k), false)).toEqual({ type: 'next' });
		for (const k of ['ArrowLeft', 'ArrowUp', 'PageUp']) expect(actionForKey(key(k), false)).toEqual({ type: 'prev' });
		expect(actionForKey(key(' ', { shiftKey: true }), false)).toEqual({ type: 'prev' });
		expect(actionForKey(key('Home'), false)).toEqual({ type: 'first' });
		expect(actionForKey(key('End'), false)).toEqual({ type: 'last' });
	});

	it('maps F, B and „.“, T, +/−, S and ? to their actions', () => {
		expect(actionForKey(key('f'), false)).toEqual({ type: 'fullscreen' });
		expect(actionForKey(key('b'), false)).toEqual({ type: 'blank' });
		expect(actionForKey(key('.'), false)).toEqual({ type: 'blank' });
		expect(actionForKey(key('t'), false)).toEqual({ type: 'timer' });
		expect(actionForKey(key('T', { shiftKey: true }), false)).toEqual({ type: 'timerReset' });
		expect(actionForKey(key('T'), false)).toEqual({ type: 'timer' });
		expect(actionForKey(key('+'), false)).toEqual({ type: 'timerAdjust', minutes: 1 });
		expect(actionForKey(key('-'), false)).toEqual({ type: 'timerAdjust', minutes: -1 });
		expect(actionForKey(key('s'), false)).toEqual({ type: 'speaker' });
		expect(actionForKey(key('?'), false)).toEqual({ type: 'help' });
	});

	it('types numbers and jumps with Enter only while a number is being typed', () => {
		expect(actionForKey(key('7'), false)).toEqual({ type: 'digit', digit: '7' });
		expect(actionForKey(key('Enter'), true)).toEqual({ type: 'jump' });
		expect(actionForKey(key('Enter'), false)).toBeUndefined();
		expect(actionForKey(key('Escape'), true)).toEqual({ type: 'cancelJump' });
		expect(actionForKey(key('Backspace'), true)).toEqual({ type: 'backspace' });
	});

	it('leaves browser shortcuts alone', () => {
		expect(actionForKey(key('p', { ctrlKey: true }), false)).toBeUndefined();
		expect(actionForKey(key('ArrowLeft', { altKey: true }), false)).toBeUndefined();
		expect(actionForKey(key('r', { metaKey: true }), false)).toBeUndefined();
		expect(actionForKey(key('x'), false)).toBeUndefined();
	});
});

describe('navigation', () => {
	it('reads and writes the slide in the fragment', () => {
		expect(slideFromHash('#12', 40)).toBe(12);
		expect(slideFromHash('#99', 40)).toBe(40);
		expect(slideFromHash('#0', 40)).toBe(1);
		expect(slideFromHash('#abc', 40)).toBe(1);
		expect(slideFromHash('', 40)).toBe(1);
		expect(hashForSlide(7)).toBe('#7');
		expect(clampSlide(Number.NaN, 5)).toBe(1);
	});

	it('jumps only to slides that exist', () => {
		expect(typeDigit(typeDigit('', '0'), '7')).toBe('7');
		expect(typeDigit('1234', '5')).toBe('1234');
		expect(jumpTarget('12', 40)).toBe(12);
		expect(jumpTarget('41', 40)).toBeUndefined();
		expect(jumpTarget('', 40)).toBeUndefined();
	});

	it('returns from a calculator only to a slide of this site', () => {
		expect(slideReturnPath('/folien/echtzeit/#12')).toBe('/folien/echtzeit/#12');
		for (const bad of [
			null,
			'',
			'https://example.org/',
			'//example.org/folien/x/#1',
			'/folien/../kapitel/#1',
			'javascript:alert(1)',
			'/folien/echtzeit/',
		]) {
			expect(slideReturnPath(bad), String(bad)).toBeUndefined();
		}
	});
});

describe('timer', () => {
	it('counts down while running, holds while paused, and stops at zero', () => {
		let timer = createTimer(10);
		expect(isRunning(timer)).toBe(false);
		timer = toggleTimer(timer, 1000);
		expect(remainingMs(timer, 61_000)).toBe(540_000);
		timer = toggleTimer(timer, 61_000);
		expect(remainingMs(timer, 999_999)).toBe(540_000);
		timer = toggleTimer(timer, 100_000);
		expect(remainingMs(timer, 100_000 + 600_000)).toBe(0);
	});

	it('starts a finished timer again from its full length and changes by whole minutes', () => {
		let timer = toggleTimer(createTimer(1), 0);
		timer = toggleTimer(timer, 120_000); // pause at 0
		expect(remainingMs(timer, 120_000)).toBe(0);
		timer = toggleTimer(timer, 200_000);
		expect(remainingMs(timer, 200_000)).toBe(60_000);
		expect(remainingMs(adjustTimer(createTimer(5), 1, 0), 0)).toBe(360_000);
		expect(remainingMs(adjustTimer(createTimer(1), -5, 0), 0)).toBe(1000);
	});

	it('formats minutes and seconds, hours when needed', () => {
		expect(formatTimer(300_000)).toBe('05:00');
		expect(formatTimer(59_001)).toBe('01:00');
		expect(formatTimer(0)).toBe('00:00');
		expect(formatTimer(-5)).toBe('00:00');
		expect(formatTimer(3_600_000)).toBe('1:00:00');
	});

	it('accepts only sound timer states from other windows', () => {
		expect(isTimerState(createTimer(5))).toBe(true);
		expect(isTimerState({ durationMs: -1, remainingMs: 0, since: null })).toBe(false);
		expect(isTimerState({ durationMs: 1, remainingMs: 1, since: 'jetzt' })).toBe(false);
	});
});

describe('sync messages', () => {
	it('checks every field of a message from another window', () => {
		expect(channelName('echtzeit')).toBe('smp-folien:echtzeit');
		expect(parseMessage({ type: 'folie', n: 3 })).toEqual({ type: 'folie', n: 3 });
		expect(parseMessage({ type: 'folie', n: 0 })).toBeUndefined();
		expect(parseMessage({ type: 'schwarz', on: 'ja' })).toBeUndefined();
		expect(parseMessage({ type: 'timer', timer: null })).toEqual({ type: 'timer', timer: null });
		expect(parseMessage({ type: 'stand', n: 2, timer: createTimer(5), schwarz: false })).toMatchObject({
			type: 'stand',
			n: 2,
		});
		expect(parseMessage({ type: 'unbekannt' })).toBeUndefined();
		expect(parseMessage('folie')).toBeUndefined();
	});
});

describe('swipe', () => {
	it('turns on quick horizontal strokes only', () => {
		expect(swipeAction(-120, 10, 200)).toBe('next');
		expect(swipeAction(120, -10, 200)).toBe('prev');
		expect(swipeAction(-30, 0, 200)).toBeUndefined();
		expect(swipeAction(-120, 100, 200)).toBeUndefined();
		expect(swipeAction(-120, 0, 2000)).toBeUndefined();
	});
});
