import { isLocale } from '#lib/core/i18n/catalogue.ts';
import { DomainError } from '#lib/core/shared/errors.ts';
import { getApp } from '#lib/server/app/index.ts';
import { apiCall } from '#lib/server/http/api.ts';
import { requireMember } from '#lib/server/http/member.ts';
import { planPdf } from '#lib/server/plan-pdf.ts';

export const GET = (event) =>
	apiCall(event, async () => {
		const memberId = requireMember(event);
		const lang = event.url.searchParams.get('lang') ?? 'en';
		if (!isLocale(lang))
			throw new DomainError('invalid', 'unknown language', [{ field: 'lang', problem: 'languageInvalid' }]);
		const pdf = await planPdf(await (await getApp()).memberData.plan.get(memberId), lang);
		return new Response(pdf, {
			headers: {
				'content-type': 'application/pdf',
				'content-disposition': 'attachment; filename="porchlight-plan.pdf"',
				'content-length': String(pdf.byteLength)
			}
		});
	});
