import { z } from 'zod';
import { isLocale } from '#lib/core/i18n/catalogue.ts';
import { getApp } from '#lib/server/app/index.ts';
import { apiCall } from '#lib/server/http/api.ts';
import { readJson } from '#lib/server/http/problem.ts';
import { requireStaff } from '#lib/server/http/staff.ts';

// The invitation goes out by e-mail with only the link; the answer says nothing more than that it was sent.
export const POST = (event) =>
	apiCall(event, async () => {
		const adminId = await requireStaff(event, 'admin');
		const body = await readJson(event.request, z.looseObject({}));
		const language = event.request.headers.get('accept-language')?.slice(0, 2);
		const locale = isLocale(language) ? language : 'en';
		await (await getApp()).staff.specialists.invite(adminId, body, locale, event.url.origin);
		return new Response(null, { status: 202 });
	});
