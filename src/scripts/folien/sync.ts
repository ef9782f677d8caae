/**
 * Keeping the audience window and the speaker window in step: both send what changes over a
 * BroadcastChannel named after the deck (same browser, same site – no server), and both follow
 * what they receive. A window that opens asks the others for the current state.
 */
import { isTimerState, type TimerState } from './timer';

export type SyncMessage =
	| { type: 'folie'; n: number }
	| { type: 'timer'; timer: TimerState | null }
	| { type: 'schwarz'; on: boolean }
	| { type: 'hallo' }
	| { type: 'stand'; n: number; timer: TimerState | null; schwarz: boolean };

/** The channel name of a deck. */
export function channelName(slug: string): string {
	return `smp-folien:${slug}`;
}

const slideNumber = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 9999;
const timerOrNull = (v: unknown): v is TimerState | null => v === null || isTimerState(v);

/** A message from another window, checked field by field; anything else is ignored. */
export function parseMessage(data: unknown): SyncMessage | undefined {
	if (typeof data !== 'object' || data === null) return undefined;
	const d = data as Record<string, unknown>;
	switch (d['type']) {
		case 'folie':
			return slideNumber(d['n']) ? { type: 'folie', n: d['n'] } : undefined;
		case 'timer':
			return timerOrNull(d['timer']) ? { type: 'timer', timer: d['timer'] } : undefined;
		case 'schwarz':
			return typeof d['on'] === 'boolean' ? { type: 'schwarz', on: d['on'] } : undefined;
		case 'hallo':
			return { type: 'hallo' };
		case 'stand':
			return slideNumber(d['n']) && timerOrNull(d['timer']) && typeof d['schwarz'] === 'boolean'
				? { type: 'stand', n: d['n'], timer: d['timer'], schwarz: d['schwarz'] }
				: undefined;
		default:
			return undefined;
	}
}
