/**
 * German sentences and labels for slots and reasons, built from the dictionary templates that
 * the island receives as props. Pure, so the wording can be tested.
 */
import type { PostingZeitenStrings } from '../../i18n/de/posting-zeiten';
import { formatNumber } from '../../lib/number';
import type { SlotReason } from './explain';
import { fillTemplate } from '../../lib/template';
import { slotHour, slotWeekday } from './week';

/** „Dienstag, 19:00 Uhr“ (long) or „Di, 19:00 Uhr“ (short). */
export function slotText(t: PostingZeitenStrings, slot: number, short = false): string {
	const days = short ? t.dayShort : t.dayNames;
	return fillTemplate(t.slotLabel, {
		day: days[slotWeekday(slot)] ?? '',
		time: `${String(slotHour(slot)).padStart(2, '0')}:00`,
	});
}

/** The sentences that explain why a slot ranks where it does. */
export function reasonSentences(t: PostingZeitenStrings, r: SlotReason): string[] {
	const out = [
		fillTemplate(t.results.reasons.audience, {
			audience: formatNumber(r.audienceIndex, 0),
			hours: formatNumber(r.visibleHours, 0),
			window: formatNumber(r.windowAudience, 0),
		}),
	];
	if (r.rising) out.push(t.results.reasons.rising);
	if (r.windowCompetition === 0) out.push(r.gap ? t.results.reasons.gap : t.results.reasons.noCompetition);
	else
		out.push(
			fillTemplate(t.results.reasons.competition, {
				posts: formatNumber(r.windowCompetition, 1),
				loss: formatNumber(r.attentionLoss, 0),
			}),
		);
	return out;
}

/** „1,5 MB“ style sizes for the import status. */
export function formatBytes(bytes: number): string {
	if (bytes >= 1e9) return `${formatNumber(bytes / 1e9, 1)}\u00a0GB`;
	if (bytes >= 1e6) return `${formatNumber(bytes / 1e6, 1)}\u00a0MB`;
	if (bytes >= 1e3) return `${formatNumber(bytes / 1e3, 0)}\u00a0kB`;
	return `${formatNumber(bytes, 0)}\u00a0B`;
}

/** A date and time in the audience's zone, e.g. „02.06.2025, 00:00“. */
export function formatInstant(ms: number, timeZone: string): string {
	return new Intl.DateTimeFormat('de-DE', { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}

/** Intensity class 0–9 for a value between 0 and 1 (CSP forbids inline styles, so colours are classes). */
export function levelOf(value: number): number {
	if (!Number.isFinite(value) || value <= 0) return 0;
	return Math.min(9, 1 + Math.floor(value * 9));
}
