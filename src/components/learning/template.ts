/** Fill `{name}` placeholders, e.g. `fillTemplate('Frage {n}', { n: 2 })` → „Frage 2“. Unknown names stay. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}
