/** Turns validation issues into the German sentences of the dictionary. */
import { formatNumber } from '../../lib/number';
import type { ImportResult } from './export-import';
import type { PersonaStrings } from './strings';
import { PERSONA_VERSION } from './schema';
import { fillTemplate } from '../../lib/template';
import type { Issue } from './validate';

/** The message for one issue, with its numbers in German format. */
export function issueText(t: PersonaStrings, issue: Issue | undefined): string | undefined {
	if (!issue) return undefined;
	return fillTemplate(t.errors[issue.code], {
		max: formatNumber(issue.max ?? 0),
		length: formatNumber(issue.length ?? 0),
	});
}

/** The message under a field whose text is too long to be saved. */
export function unsavedText(t: PersonaStrings, max: number, length: number): string {
	return issueText(t, { field: '', code: 'tooLongUnsaved', max, length }) ?? '';
}

/** How a version from a file or link reads in a message: numbers in German format, text in quotes. */
export function versionText(version: unknown): string {
	if (typeof version === 'number') return Number.isFinite(version) ? formatNumber(version) : String(version);
	if (typeof version === 'string') return `„${version}“`;
	return JSON.stringify(version) ?? '';
}

/** The German message for a refused import, with the version or the persona it concerns. */
export function importErrorText(t: PersonaStrings, result: Extract<ImportResult, { ok: false }>): string {
	const template =
		result.error === 'invalid' && result.name ? t.data.importErrors.invalidNamed : t.data.importErrors[result.error];
	return fillTemplate(template, {
		version: versionText(result.version),
		current: formatNumber(PERSONA_VERSION),
		position: formatNumber(result.position ?? 0),
		name: result.name?.trim().slice(0, 60) ?? '',
	});
}
