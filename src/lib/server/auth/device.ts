/**
 * "Firefox · Linux": names enough for a member to recognise a session in their list, and no more of the user
 * agent. Only proper names, so it reads the same in every language.
 */
export function device(userAgent: string | null): string {
	const ua = userAgent ?? '';
	const browser =
		[
			['Edge', /Edg\//],
			['Firefox', /Firefox\//],
			['Chrome', /Chrom(e|ium)\//],
			['Safari', /Safari\//]
		].find(([, pattern]) => (pattern as RegExp).test(ua))?.[0] ?? '—';
	const system =
		[
			['Android', /Android/],
			['iOS', /iPhone|iPad/],
			['Windows', /Windows/],
			['macOS', /Mac OS X/],
			['Linux', /Linux/]
		].find(([, pattern]) => (pattern as RegExp).test(ua))?.[0] ?? '—';
	return `${browser as string} · ${system as string}`;
}
