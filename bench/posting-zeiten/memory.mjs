// Resident memory of all processes below this one (the browser and its renderer, GPU and worker
// processes), read from /proc. Linux only; elsewhere the bench just skips the memory figure.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

function children() {
	const parentOf = new Map();
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
			// Field 4 (after the parenthesised name) is the parent pid.
			const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			parentOf.set(Number(entry), ppid);
		} catch {
			// The process ended while we looked.
		}
	}
	const out = [];
	const todo = [process.pid];
	while (todo.length > 0) {
		const p = todo.pop();
		for (const [pid, ppid] of parentOf) {
			if (ppid !== p) continue;
			out.push(pid);
			todo.push(pid);
		}
	}
	return out;
}

/** Sum of VmRSS of all descendant processes in bytes, or undefined when /proc is missing. */
export function descendantRss() {
	if (!existsSync('/proc/self/status')) return undefined;
	let total = 0;
	for (const pid of children()) {
		try {
			const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
			if (m) total += Number(m[1]) * 1024;
		} catch {
			// gone
		}
	}
	return total;
}

/** Sample the memory every `ms` until stopped; returns { stop(): { baseline, peak } }. */
export function sampleMemory(ms = 100) {
	const baseline = descendantRss();
	let peak = baseline ?? 0;
	const timer = setInterval(() => {
		peak = Math.max(peak, descendantRss() ?? 0);
	}, ms);
	return {
		stop() {
			clearInterval(timer);
			return { baseline, peak };
		},
	};
}
