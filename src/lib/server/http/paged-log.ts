import { DomainError } from '#lib/core/shared/errors.ts';
import { staffPage } from './staff.ts';

interface LogPage<Entry> {
	entries: Entry[];
	nextBefore: string | null;
}

/**
 * An admin's paged log page (the audit log, the admin log): only an admin, never cached, newest first from the
 * `before` cursor. A `before` that names no page is said so, with the way back to the newest entries, rather
 * than a failure.
 */
export async function adminLogPage<Entry>(
	{
		locals,
		params,
		url,
		setHeaders
	}: { locals: App.Locals; params: { lang: string }; url: URL; setHeaders: (headers: Record<string, string>) => void },
	read: (adminId: string, before: string | null) => Promise<LogPage<Entry>>
) {
	const adminId = await staffPage(locals, params.lang, 'admin');
	setHeaders({ 'cache-control': 'no-store' });
	const before = url.searchParams.get('before');
	try {
		const page = await read(adminId, before);
		return { ...page, paged: before !== null, badPage: false };
	} catch (error) {
		if (error instanceof DomainError && error.code === 'invalid')
			return { entries: [] as Entry[], nextBefore: null, paged: true, badPage: true };
		throw error;
	}
}
