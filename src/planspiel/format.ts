/**
 * Formatting shared by the Planspiel views: figures with their units, indicator bands, clock
 * times and paragraphs. Pure, German (Intl de-DE through src/lib/number.ts).
 */
import { formatEuro, formatNumber, formatPercent, numberFormat } from '../lib/number';
import type { PlanspielData } from '../schemas/planspiel';
import { figureValue } from './indicators';

type Figure = PlanspielData['figures'][string];

/** „50.000“, „100 €“, „30 %“, „3 Min.“ */
export function formatFigure(figure: Pick<Figure, 'unit'>, value: number): string {
	if (figure.unit === '€') return formatEuro(value, Number.isInteger(value) ? 0 : 2);
	if (figure.unit === '%') return formatPercent(value, 1);
	const number = formatNumber(value, 2);
	return figure.unit ? `${number}\u00a0${figure.unit}` : number;
}

/** Every figure formatted, after the decisions' replacements, for `{name}` placeholders. */
export function figureTexts(
	figures: PlanspielData['figures'],
	overrides: Record<string, string>,
): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [name, f] of Object.entries(figures)) {
		const source = figures[overrides[name] ?? name] ?? f;
		out[name] = formatFigure(source, figureValue(figures, overrides, name));
	}
	return out;
}

/** The label of the band a value falls into; bands split the scale into equal parts. */
export function bandLabel(value: number, [min, max]: readonly [number, number], labels: readonly string[]): string {
	const n = labels.length;
	const i = Math.min(n - 1, Math.max(0, Math.floor(((value - min) / (max - min)) * n)));
	return labels[i] ?? '';
}

/** „2:05“ for 125 seconds; never negative. */
export function formatCountdown(seconds: number): string {
	const s = Math.max(0, Math.ceil(seconds));
	return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** Text split at blank lines into paragraphs, single line breaks kept as spaces. */
export function paragraphs(text: string): string[] {
	return text
		.split(/\n\s*\n/)
		.map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
		.filter((p) => p !== '');
}

/** Hours with one decimal, e.g. „12,5“. */
export function formatHours(hours: number): string {
	return formatNumber(hours, 1);
}

/** A change in euros with its sign, e.g. „+150.000 €“, „−5 €“ (Intl de-DE), „0 €“ without sign. */
export function formatSignedEuro(value: number): string {
	return numberFormat({
		style: 'currency',
		currency: 'EUR',
		maximumFractionDigits: 0,
		signDisplay: 'exceptZero',
	}).format(value);
}
