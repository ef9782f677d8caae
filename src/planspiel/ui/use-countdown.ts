import { useEffect, useRef, useState } from 'preact/hooks';

export interface Countdown {
	/** Seconds left (fractional). */
	remaining: number;
	paused: boolean;
	pause: () => void;
	resume: () => void;
	/** Add seconds; works paused or running, as often as needed (WCAG 2.2.1). */
	extend: (seconds: number) => void;
}

/**
 * A countdown of `total` seconds that restarts whenever `key` changes (a new round) and calls
 * `onExpire` once at zero. Time is measured against a deadline, not by counting ticks, so a busy
 * or throttled tab does not stretch it. `total = null` means no countdown.
 */
export function useCountdown(total: number | null, key: string, onExpire: () => void): Countdown {
	const [remaining, setRemaining] = useState(total ?? 0);
	const [paused, setPaused] = useState(false);
	const deadline = useRef(0);
	const left = useRef(total ?? 0);
	const expire = useRef(onExpire);
	expire.current = onExpire;

	useEffect(() => {
		left.current = total ?? 0;
		setRemaining(left.current);
		setPaused(false);
	}, [key, total]);

	useEffect(() => {
		if (total === null || paused) return;
		deadline.current = Date.now() + left.current * 1000;
		const timer = setInterval(() => {
			left.current = Math.max(0, (deadline.current - Date.now()) / 1000);
			setRemaining(left.current);
			if (left.current <= 0) {
				clearInterval(timer);
				expire.current();
			}
		}, 250);
		return () => clearInterval(timer);
	}, [key, total, paused]);

	return {
		remaining,
		paused,
		pause: () => setPaused(true),
		resume: () => setPaused(false),
		extend: (seconds) => {
			left.current += seconds;
			deadline.current += seconds * 1000;
			setRemaining(left.current);
		},
	};
}
