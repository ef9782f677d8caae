import { fillTemplate } from '../../lib/template';
import type { PlattformGruppe } from '../../schemas/daten';
import type { AgeBand } from './finder';
import type { Geschlecht } from './kategorien';

/** The templates the labels are built from (see src/i18n/de/plattformen.ts). */
export interface LabelTemplates {
	ageAll: string;
	ageBand: string;
	ageOpen: string;
	ageUpTo: string;
	genders: Record<Geschlecht, string>;
	groupWithGender: string;
}

/** „14 bis 29 Jahre“, „70 Jahre und älter“ or „alle Altersgruppen“. */
export function ageLabel(min: number | null, max: number | null, t: LabelTemplates): string {
	if (min === null && max === null) return t.ageAll;
	if (max === null) return fillTemplate(t.ageOpen, { min: min ?? 0 });
	if (min === null) return fillTemplate(t.ageUpTo, { max });
	return fillTemplate(t.ageBand, { min, max });
}

/** A band from the menu, e.g. „20 bis 29 Jahre“. */
export function bandLabel(band: AgeBand, t: LabelTemplates): string {
	return ageLabel(band.min, band.max, t);
}

/** A study's group, e.g. „Frauen, alle Altersgruppen“ or „14 bis 29 Jahre“. */
export function groupLabel(group: PlattformGruppe, t: LabelTemplates): string {
	const age = ageLabel(group.minAge, group.maxAge, t);
	return group.gender === 'alle' ? age : fillTemplate(t.groupWithGender, { gender: t.genders[group.gender], age });
}
