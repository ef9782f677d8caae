/**
 * The one template syntax of the dictionary. Templates are plain strings, so the `.astro`
 * wrappers can hand them to islands as props (functions cannot cross that border).
 *
 * - `{name}` inserts a value as given; callers format numbers first (`formatNumber`, …), because
 *   only they know whether 2009 is a year or a count.
 * - `{name, plural, =0 {…} one {…} other {…}}` picks a branch by `Intl.PluralRules('de-DE')`;
 *   an exact `=n` branch wins over the category, `other` is required. Inside a branch `#` is the
 *   number formatted for de-DE („1.234“), and other `{placeholders}` work as usual.
 *
 * Unknown placeholders stay visible on purpose, so that a missing value shows up in review
 * instead of silently vanishing.
 */

export type TemplateValues = Readonly<Record<string, string | number>>;

const pluralRules = new Intl.PluralRules('de-DE');
const countFormat = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 });

/** Index of the `}` that closes the `{` at `open`, or -1. */
function closingBrace(text: string, open: number): number {
	let depth = 0;
	for (let i = open; i < text.length; i++) {
		if (text[i] === '{') depth++;
		else if (text[i] === '}' && --depth === 0) return i;
	}
	return -1;
}

/** The branches of a plural body such as `=0 {keine} one {# Frage} other {# Fragen}`. */
function pluralBranches(body: string): Map<string, string> | undefined {
	const branches = new Map<string, string>();
	let i = 0;
	while (i < body.length) {
		const selector = /^\s*(=\d+|zero|one|two|few|many|other)\s*\{/.exec(body.slice(i));
		if (!selector) return body.slice(i).trim() === '' ? branches : undefined;
		const open = i + selector[0].length - 1;
		const close = closingBrace(body, open);
		if (close < 0) return undefined;
		branches.set(selector[1] ?? '', body.slice(open + 1, close));
		i = close + 1;
	}
	return branches;
}

function plural(name: string, body: string, values: TemplateValues): string | undefined {
	const raw = values[name];
	const count = typeof raw === 'number' ? raw : Number(raw);
	const branches = pluralBranches(body);
	if (raw === undefined || !Number.isFinite(count) || !branches?.has('other')) return undefined;
	const branch = branches.get(`=${count}`) ?? branches.get(pluralRules.select(count)) ?? branches.get('other') ?? '';
	return fillTemplate(branch.replace(/#/g, countFormat.format(count)), values);
}

/** Fill `{name}` and `{name, plural, …}` placeholders of a dictionary string. */
export function fillTemplate(template: string, values: TemplateValues): string {
	let out = '';
	let i = 0;
	while (i < template.length) {
		const open = template.indexOf('{', i);
		if (open < 0) break;
		out += template.slice(i, open);
		const close = closingBrace(template, open);
		if (close < 0) {
			out += template.slice(open);
			return out;
		}
		const inner = template.slice(open + 1, close);
		const simple = /^(\w+)$/.exec(inner);
		const pluralForm = /^(\w+)\s*,\s*plural\s*,([\s\S]*)$/.exec(inner);
		let filled: string | undefined;
		if (simple) {
			const value = values[simple[1] ?? ''];
			filled = value === undefined ? undefined : String(value);
		} else if (pluralForm) {
			filled = plural(pluralForm[1] ?? '', pluralForm[2] ?? '', values);
		}
		out += filled ?? template.slice(open, close + 1);
		i = close + 1;
	}
	return out + template.slice(i);
}
