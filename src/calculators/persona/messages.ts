/** Turns validation issues into the German sentences of the dictionary. */
import { formatNumber } from '../../lib/number';
import type { PersonaLabels } from './labels';
import { fill } from './template';
import type { Issue } from './validate';

/** The message for one issue, with its numbers in German format. */
export function issueText(labels: PersonaLabels, issue: Issue | undefined): string | undefined {
	if (!issue) return undefined;
	return fill(labels.errors[issue.code], {
		max: formatNumber(issue.max ?? 0),
		length: formatNumber(issue.length ?? 0),
	});
}

/** „eine Persona“ / „3 Personas“: German needs separate words for one and many. */
export function countText(count: number, one: string, many: string): string {
	return count === 1 ? one : fill(many, { count: formatNumber(count) });
}
