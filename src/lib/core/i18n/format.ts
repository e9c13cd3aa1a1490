/** Fills `{name}` placeholders; a placeholder with no value is left as it is, so a gap is visible, not silent. */
export function format(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
