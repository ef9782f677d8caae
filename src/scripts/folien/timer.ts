/**
 * The group-work timer: a countdown that starts, pauses, resumes, is reset and changed by a
 * minute. The state is plain data with absolute times, so that the audience window and the
 * speaker window, which share a clock, show the same remaining time after a BroadcastChannel
 * message. Pure; `now` is passed in.
 */
export interface TimerState {
	/** The length the timer was set to, in ms. */
	durationMs: number;
	/** Remaining time at `since` (running) or now (paused), in ms. */
	remainingMs: number;
	/** When the timer was last started (epoch ms), or null while it is paused. */
	since: number | null;
}

const MINUTE = 60_000;
/** Longest timer: a full seminar day's block. */
const MAX_MS = 240 * MINUTE;

/** A paused timer set to `minutes`. */
export function createTimer(minutes: number): TimerState {
	const ms = Math.min(MAX_MS, Math.max(MINUTE, Math.round(minutes) * MINUTE));
	return { durationMs: ms, remainingMs: ms, since: null };
}

/** Remaining ms at `now`, never below zero. */
export function remainingMs(state: TimerState, now: number): number {
	const left = state.since === null ? state.remainingMs : state.remainingMs - (now - state.since);
	return Math.max(0, left);
}

export function isRunning(state: TimerState): boolean {
	return state.since !== null;
}

/** Start or resume; pause when running. A finished timer starts again from its full length. */
export function toggleTimer(state: TimerState, now: number): TimerState {
	if (state.since !== null) return { ...state, remainingMs: remainingMs(state, now), since: null };
	const left = state.remainingMs > 0 ? state.remainingMs : state.durationMs;
	return { ...state, remainingMs: left, since: now };
}

/** One minute more or less (not below one second left, not above the maximum). */
export function adjustTimer(state: TimerState, minutes: number, now: number): TimerState {
	const left = Math.min(MAX_MS, Math.max(1000, remainingMs(state, now) + minutes * MINUTE));
	return {
		durationMs: Math.min(MAX_MS, Math.max(MINUTE, state.durationMs + minutes * MINUTE)),
		remainingMs: left,
		since: state.since === null ? null : now,
	};
}

/** „04:59“, „1:05:00“ for an hour or more; partial seconds count up, so 0:00 means time is up. */
export function formatTimer(ms: number): string {
	const total = Math.ceil(Math.max(0, ms) / 1000);
	const h = Math.floor(total / 3600);
	const m = Math.floor((total % 3600) / 60);
	const s = total % 60;
	const two = (v: number) => String(v).padStart(2, '0');
	return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}

/** Whether `data` is a timer state another window sent. */
export function isTimerState(data: unknown): data is TimerState {
	if (typeof data !== 'object' || data === null) return false;
	const d = data as Record<string, unknown>;
	const ms = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= MAX_MS;
	return (
		ms(d['durationMs']) &&
		ms(d['remainingMs']) &&
		(d['since'] === null || (typeof d['since'] === 'number' && Number.isFinite(d['since'])))
	);
}
