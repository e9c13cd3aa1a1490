import { getApp } from '#lib/server/app/index.ts';
import { adminLogPage } from '#lib/server/http/paged-log.ts';

export const prerender = false;

export const load = (event) =>
	adminLogPage(event, async (adminId, before) => (await getApp()).staff.logs.audit(adminId, before));
