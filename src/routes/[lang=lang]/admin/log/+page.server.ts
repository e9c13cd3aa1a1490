import { adminLogForAdmin } from '#lib/core/staff/admin-log.ts';
import { DomainError } from '#lib/core/shared/errors.ts';
import { adminWiring } from '#lib/server/guidance/admin.ts';
import { staffPage } from '#lib/server/http/staff.ts';

export const prerender = false;

export const load = async ({ locals, params, url, setHeaders }) => {
	const adminId = await staffPage(locals, params.lang, 'admin');
	setHeaders({ 'cache-control': 'no-store' });
	const before = url.searchParams.get('before');
	try {
		const page = await adminLogForAdmin(await adminWiring(url.origin), adminId, before);
		return { ...page, paged: before !== null, badPage: false };
	} catch (error) {
		// A `before` that names no page: say so, with the way back to the newest entries, rather than fail.
		if (error instanceof DomainError && error.code === 'invalid')
			return { entries: [], nextBefore: null, paged: true, badPage: true };
		throw error;
	}
};
