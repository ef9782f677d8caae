/**
 * A rough check whether the printed card fits on one A4 page. The print stylesheet sets the
 * card at 9 pt in two columns, which holds about this many characters of text including the
 * headings; beyond it the overview warns instead of silently spilling onto a second page.
 */
import { TEXT_FIELDS, type Persona } from './schema';

export const CARD_TEXT_BUDGET = 5000;

/** Characters of text the card will print. */
export function cardTextLength(p: Persona): number {
	const fields = TEXT_FIELDS.reduce((sum, f) => sum + p[f].trim().length, 0);
	const sections = p.customSections.reduce((sum, s) => sum + s.title.length + s.text.length, 0);
	return fields + sections + p.platforms.join(', ').length;
}

/** Whether the card probably needs more than one page. */
export function isCardTooLong(p: Persona): boolean {
	return cardTextLength(p) > CARD_TEXT_BUDGET;
}
