/**
 * Checks a persona for problems the author should fix. Problems never block saving — what was
 * typed stays stored — they are shown next to the field. Results are codes plus numbers; the
 * island turns them into German sentences from the dictionary.
 */
import { LONG_FIELDS, LONG_MAX, MAX_PLATFORMS, SHORT_FIELDS, SHORT_MAX, type Persona } from './schema';

export type IssueCode =
	| 'required'
	| 'tooLong'
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
