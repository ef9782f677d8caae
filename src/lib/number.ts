// The messages are the dictionary's (a leaf module, so islands bundle only these few strings).
import { zahl } from '../i18n/de/zahl';
import { fillTemplate } from './template';

/** Result of parsing user input: either a finite number or a German message for the field. */
export type ParseResult = { ok: true; value: number } | { ok: false; error: string };

export interface ParseOptions {
	min?: number;
	max?: number;
	/** Only whole numbers are accepted (counts, hours). */
	integer?: boolean;
	/** Empty input is allowed and yields `fallback`. */
	fallback?: number;
}

const NUMBER_PATTERN = /^[+-]?(\d{1,3}(\.\d{3})+|\d+)?(,\d+)?$|^[+-]?\d+(\.\d+)?$/;

/**
 * Parse a number typed by a German-speaking user: decimal comma („12,5“), optional thousands
 * dots („1.500“), and — because people paste from English tools — a lone decimal point („12.5“).
 * Never returns NaN or Infinity; every failure carries a message meant to sit next to the field.
 */
export function parseDecimal(raw: string, options: ParseOptions = {}): ParseResult {
	const text = raw.replace(/[\s\u00a0\u202f]/g, '').replace(/%$/, '');
	if (text === '') {
		return options.fallback !== undefined ? { ok: true, value: options.fallback } : { ok: false, error: zahl.empty };
	}
	if (!NUMBER_PATTERN.test(text)) {
		return { ok: false, error: fillTemplate(zahl.format, { raw: raw.trim() }) };
	}
	// A dot followed by exactly three digits is a thousands separator; otherwise a decimal point.
	// A leading „0.“ is never a thousands group: „0.125“ is a decimal pasted from an English tool.
	const hasComma = text.includes(',');
	const thousands = hasComma || (/\.\d{3}(\.|$)/.test(text) && !/^[+-]?0\./.test(text));
	const normalized = thousands ? text.replace(/\./g, '').replace(',', '.') : text;
	const value = Number(normalized);
	if (!Number.isFinite(value)) return { ok: false, error: zahl.tooLarge };
	if (options.integer && !Number.isInteger(value)) {
		return { ok: false, error: zahl.integer };
	}
	if (options.min !== undefined && value < options.min) {
		return { ok: false, error: fillTemplate(zahl.min, { limit: formatNumber(options.min) }) };
	}
	if (options.max !== undefined && value > options.max) {
		return { ok: false, error: fillTemplate(zahl.max, { limit: formatNumber(options.max) }) };
	}
	return { ok: true, value };
}

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * One `Intl.NumberFormat` per option set, built on first use and kept: constructing one costs far
 * more than formatting with it (a calculator formats hundreds of numbers on load; issue 14).
 */
export function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
	const key = JSON.stringify(options);
	let format = formatters.get(key);
	if (!format) {
		format = new Intl.NumberFormat('de-DE', options);
		formatters.set(key, format);
	}
	return format;
}

/** Format a number for German readers, e.g. 1234.5 → „1.234,5“. */
export function formatNumber(value: number, maximumFractionDigits = 2): string {
	return numberFormat({ maximumFractionDigits }).format(value);
}

/** Format a share 0–100 as „24 %“ (with the narrow no-break space German style uses). */
export function formatPercent(value: number, maximumFractionDigits = 0): string {
	return numberFormat({ style: 'percent', maximumFractionDigits }).format(value / 100);
}

/** Format an amount in euros, e.g. „1.250,00 €“. */
export function formatEuro(value: number, maximumFractionDigits = 2): string {
	return numberFormat({
		style: 'currency',
		currency: 'EUR',
		maximumFractionDigits,
		minimumFractionDigits: maximumFractionDigits === 0 ? 0 : 2,
	}).format(value);
}

/** A change with its sign, e.g. „+12“, „-3,5“, „0“ (for differences to a previous value). */
export function formatSignedNumber(value: number, maximumFractionDigits = 2): string {
	return numberFormat({ maximumFractionDigits, signDisplay: 'exceptZero' }).format(value);
}

/** A relative change 0–100-based with its sign, e.g. „+25 %“. */
export function formatSignedPercent(value: number, maximumFractionDigits = 1): string {
	return numberFormat({ style: 'percent', maximumFractionDigits, signDisplay: 'exceptZero' }).format(value / 100);
}
