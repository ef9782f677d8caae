/**
 * Checks a persona for problems the author should fix, and holds the length limits at the point
 * of saving. Most problems never block saving — they are shown next to the field. Only a text
 * beyond its length limit is not saved (`keepWithinLimits`): the form keeps it in the field with
 * a message, and the store keeps the last version within the limit, so that no single field can
 * grow the stored list beyond what the card, the link and localStorage can hold. Results are
 * codes plus numbers; the island turns them into German sentences from the dictionary.
 */
import {
	LONG_FIELDS,
	LONG_MAX,
	MAX_PLATFORMS,
	MAX_SECTIONS,
	SHORT_FIELDS,
	SHORT_MAX,
	TEXT_FIELDS,
	type CustomSection,
	type Persona,
	type TextField,
} from './schema';

export type IssueCode =
	| 'required'
	| 'tooLong'
	| 'tooLongUnsaved'
	| 'workOrder'
	| 'lunchOutside'
	| 'eveningOverlap'
	| 'sectionTitle'
	| 'platformEmpty'
	| 'platformDuplicate'
	| 'platformTooLong'
	| 'platformTooMany';

export interface Issue {
	/** Text field name, schedule field name or `section-title:<id>` / `section-text:<id>`. */
	field: string;
	code: IssueCode;
	max?: number;
	length?: number;
}

export const PLATFORM_MAX = 60;

function lengthIssue(field: string, text: string, max: number): Issue[] {
	return text.length > max ? [{ field, code: 'tooLong', max, length: text.length }] : [];
}

function scheduleIssues(p: Persona): Issue[] {
	const s = p.schedule;
	if (s.workDays.length === 0) return [];
	if (s.workEnd <= s.workStart) return [{ field: 'workEnd', code: 'workOrder' }];
	const issues: Issue[] = [];
	if (s.lunchMinutes > 0 && (s.lunchStart < s.workStart || s.lunchStart + s.lunchMinutes > s.workEnd)) {
		issues.push({ field: 'lunchStart', code: 'lunchOutside' });
	}
	if (s.eveningStart > s.workStart && s.eveningStart < s.workEnd) {
		issues.push({ field: 'eveningStart', code: 'eveningOverlap' });
	}
	return issues;
}

/** Every problem in the persona, in form order. */
export function validatePersona(p: Persona): Issue[] {
	const issues: Issue[] = [];
	if (p.name.trim() === '') issues.push({ field: 'name', code: 'required' });
	for (const f of SHORT_FIELDS) issues.push(...lengthIssue(f, p[f], SHORT_MAX));
	for (const f of LONG_FIELDS) issues.push(...lengthIssue(f, p[f], LONG_MAX));
	issues.push(...scheduleIssues(p));
	for (const s of p.customSections) {
		if (s.title.trim() === '') issues.push({ field: `section-title:${s.id}`, code: 'sectionTitle' });
		issues.push(...lengthIssue(`section-title:${s.id}`, s.title, SHORT_MAX));
		issues.push(...lengthIssue(`section-text:${s.id}`, s.text, LONG_MAX));
	}
	return issues;
}

/** The first issue for one field, for the message under it. */
export function issueFor(issues: readonly Issue[], field: string): Issue | undefined {
	return issues.find((i) => i.field === field);
}

/** Checks a platform name before it is added to the list; `undefined` means it can be added. */
export function checkPlatformName(list: readonly string[], name: string): Issue | undefined {
	const trimmed = name.trim();
	if (trimmed === '') return { field: 'platform', code: 'platformEmpty' };
	if (trimmed.length > PLATFORM_MAX)
		return { field: 'platform', code: 'platformTooLong', max: PLATFORM_MAX, length: trimmed.length };
	const key = trimmed.toLocaleLowerCase('de-DE');
	if (list.some((p) => p.toLocaleLowerCase('de-DE') === key)) return { field: 'platform', code: 'platformDuplicate' };
	// A longer list would make the stored personas fail validation on the next load.
	if (list.length >= MAX_PLATFORMS) return { field: 'platform', code: 'platformTooMany', max: MAX_PLATFORMS };
	return undefined;
}

/** The most characters text field `field` saves. */
export function textLimit(field: TextField): number {
	return (SHORT_FIELDS as readonly string[]).includes(field) ? SHORT_MAX : LONG_MAX;
}

/** A changed text beyond `max` falls back to its previous value; an unchanged one stays (old data). */
function within(before: string | undefined, after: string, max: number): string {
	return after === before || after.length <= max ? after : (before ?? '');
}

function sectionsWithin(before: readonly CustomSection[], after: readonly CustomSection[]): CustomSection[] {
	if (after.length > MAX_SECTIONS) return [...before];
	return after.map((s) => {
		const old = before.find((b) => b.id === s.id);
		return { ...s, title: within(old?.title, s.title, SHORT_MAX), text: within(old?.text, s.text, LONG_MAX) };
	});
}

/**
 * `after` as it may be saved: every text that changed and is longer than its limit keeps its value
 * from `before`, and the platform and section lists keep theirs when they break a limit.
 */
export function keepWithinLimits(before: Persona, after: Persona): Persona {
	const out: Persona = { ...after };
	for (const f of TEXT_FIELDS) out[f] = within(before[f], after[f], textLimit(f));
	const platformsOk =
		after.platforms === before.platforms ||
		(after.platforms.length <= MAX_PLATFORMS &&
			after.platforms.every((p) => p.length <= PLATFORM_MAX || before.platforms.includes(p)));
	out.platforms = platformsOk ? after.platforms : before.platforms;
	out.customSections = sectionsWithin(before.customSections, after.customSections);
	return out;
}
