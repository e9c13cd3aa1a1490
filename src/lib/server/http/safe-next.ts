/**
 * Only a path inside this language's account pages may be returned to, so the "next" of the confirm page can
 * never send anyone to another site (no `//host`, no scheme, no backslash tricks).
 */
export function safeNext(lang: string, next: string | null): string {
	const home = `/${lang}/account`;
	if (!next) return home;
	const [path = '', query, ...rest] = next.split('?');
	const inAccount = path === home || path.startsWith(`${home}/`);
	const plain = /^[A-Za-z0-9/_-]+$/.test(path) && (query === undefined || /^[A-Za-z0-9=&_-]*$/.test(query));
	return inAccount && plain && rest.length === 0 ? next : home;
}
