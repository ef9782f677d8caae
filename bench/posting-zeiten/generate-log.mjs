// Writes a large access log in Combined Log Format for the posting-time bench, streaming to
// disk so that the generator itself never holds the file. The traffic has a daily rhythm with
// its peak on Tuesday evening (Berlin time), some crawler and asset lines and a few bad lines.
import { createWriteStream, existsSync, statSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const AGENTS = [
	'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
	'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
	'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0',
	'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
];
const PATHS = [
	'/',
	'/blog/posting-zeiten/',
	'/kapitel/timing/',
	'/assets/site.css',
	'/bilder/titel.webp',
	'/rechner/posting-zeiten/',
];
const pad = (n) => (n < 10 ? `0${n}` : String(n));

/** Deterministic pseudo-random numbers (mulberry32), so every run writes the same file. */
function random(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Relative traffic for a Berlin weekday (0 = Monday) and hour. */
function weight(day, hour) {
	const daily =
		hour < 6 ? 0.05 : hour < 8 ? 0.4 : hour < 12 ? 0.6 : hour < 14 ? 0.9 : hour < 18 ? 0.6 : hour < 22 ? 1 : 0.3;
	return daily * (day >= 5 ? 0.7 : 1) * (day === 1 && hour === 19 ? 3 : 1);
}

/**
 * Write `lines` log lines to `path`, in time order as servers write them, spread over eight weeks
 * starting Monday 2 June 2025 (CEST, server offset +0200). Resolves with the bytes written.
 */
export async function generateLog(path, lines) {
	const rnd = random(42);
	const out = createWriteStream(path, { highWaterMark: 1 << 20 });
	let total = 0;
	for (let s = 0; s < 168; s++) total += weight(Math.floor(s / 24), s % 24);
	const start = Date.UTC(2025, 5, 2) - 2 * 3_600_000; // Monday 00:00 CEST
	const weeks = 8;
	let bytes = 0;
	let written = 0;
	let carry = 0;
	let batch = [];
	const flush = async () => {
		const text = `${batch.join('\n')}\n`;
		bytes += Buffer.byteLength(text);
		batch = [];
		if (!out.write(text)) await once(out, 'drain');
	};
	for (let hour = 0; hour < weeks * 168 && written < lines; hour++) {
		const slot = hour % 168;
		const last = hour === weeks * 168 - 1;
		carry += (weight(Math.floor(slot / 24), slot % 24) / total) * (lines / weeks);
		const n = last ? lines - written : Math.min(Math.floor(carry), lines - written);
		carry -= n;
		for (let j = 0; j < n; j++) {
			const ms = start + hour * 3_600_000 + Math.floor(((j + rnd()) / n) * 3_600_000);
			const d = new Date(ms + 2 * 3_600_000);
			const i = written++;
			const ip = `10.${(i >>> 16) & 255}.${(i >>> 8) & 255}.${i & 255}`;
			const agent = AGENTS[Math.floor(rnd() * AGENTS.length)];
			const path = PATHS[Math.floor(rnd() * PATHS.length)];
			batch.push(
				i % 50_000 === 17
					? `${ip} - - [kaputt] "GET / HTTP/1.1" 400 0 "-" "-"`
					: `${ip} - - [${pad(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0200] "GET ${path} HTTP/1.1" 200 ${1000 + Math.floor(rnd() * 90000)} "https://www.example.org/seite/${i % 977}/" "${agent}"`,
			);
			if (batch.length === 5000) await flush();
		}
	}
	if (batch.length > 0) await flush();
	out.end();
	await once(out, 'finish');
	return { bytes, lines: written };
}

/**
 * The same log as `generateLog`, written once per machine into the temp folder and reused: the
 * end-to-end test and the benchmark need a file of hundreds of megabytes, and writing it on every
 * run cost more than the test itself. The file appears under its final name only when complete
 * (written under a private name, then renamed), so parallel runs never read half a file.
 */
export async function cachedLog(lines) {
	const path = join(tmpdir(), `smp-access-${lines}-v1.log`);
	if (!existsSync(path)) {
		const part = `${path}.${process.pid}.teil`;
		await generateLog(part, lines);
		await rename(part, path);
	}
	return { path, bytes: statSync(path).size, lines };
}
