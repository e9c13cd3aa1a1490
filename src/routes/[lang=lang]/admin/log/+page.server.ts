import { adminLogForAdmin } from '#lib/core/staff/admin-log.ts';
import { adminLogPage } from '#lib/server/http/paged-log.ts';

export const prerender = false;

export const load = (event) => adminLogPage(event, adminLogForAdmin);
