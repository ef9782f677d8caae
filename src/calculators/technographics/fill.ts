/**
 * Fill `{name}` placeholders in a dictionary string. Islands get their strings as serializable
 * props, so templates are strings, not functions. Unknown placeholders stay visible on purpose,
 * so that a missing value shows up in review instead of silently vanishing.
 */
export function fill(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}
