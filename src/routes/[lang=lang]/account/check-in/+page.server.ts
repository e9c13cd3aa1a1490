import { redirect } from '@sveltejs/kit';
import type { Locale } from '#lib/core/i18n/catalogue.ts';
import { DomainError } from '#lib/core/shared/errors.ts';
import { checkInLimits, type CheckInStatus } from '#lib/core/timeline/check-ins.ts';
import { consistencyWeeks } from '#lib/core/timeline/consistency.ts';
import { weeksEnding } from '#lib/core/timeline/weeks.ts';
import { getApp } from '#lib/server/app/index.ts';
import { memberOrSignIn } from '#lib/server/http/member-page.ts';
import { formFailure } from '#lib/server/http/form-errors.ts';

export const prerender = false;

export const load = async ({ locals, params, url, setHeaders }) => {
	const memberId = memberOrSignIn(locals, params.lang);
	setHeaders({ 'cache-control': 'no-store' });
	// This week, or one of the eleven before it; anything else in the address opens this week.
	const weeks = weeksEnding(new Date(), consistencyWeeks).reverse();
	const asked = url.searchParams.get('week');
	const week = weeks.find((w) => w === asked) ?? weeks[0]!;
	const { memberData } = await getApp();
	const [signs, saved] = await Promise.all([
		memberData.plan.signsOfChange(memberId),
		memberData.checkIns.find(memberId, week)
	]);
	// The plan's signs, and any sign answered that week that has since left the plan, so saving again keeps it.
	const answered = new Map((saved?.answers ?? []).map((answer) => [answer.sign, answer]));
	const rows = [...new Set([...signs, ...answered.keys()])].map((sign) => ({
		sign,
		status: (answered.get(sign)?.status ?? '') as CheckInStatus | '',
		note: answered.get(sign)?.note ?? ''
	}));
	return { weeks, week, rows, saved: url.searchParams.has('saved') && !!saved };
};

export const actions = {
	default: async ({ locals, params, request }) => {
		const memberId = memberOrSignIn(locals, params.lang);
		const form = await request.formData();
		const week = String(form.get('week') ?? '');
		const values: Record<string, string> = { week };
		const answers = [];
		for (let i = 0; form.has(`sign-${i}`) && i <= checkInLimits.answers; i++) {
			const answer = {
				sign: String(form.get(`sign-${i}`)),
				status: String(form.get(`status-${i}`) ?? ''),
				note: String(form.get(`note-${i}`) ?? '')
			};
			values[`status-${i}`] = answer.status;
			values[`note-${i}`] = answer.note;
			answers.push(answer);
		}
		try {
			await (await getApp()).memberData.checkIns.save(memberId, { week, answers });
		} catch (error) {
			if (!(error instanceof DomainError)) throw error;
			// `answers.2.status` in the core is the field `status-2` on this form.
			const fields = error.fields.map((f) => ({ ...f, field: f.field.replace(/^answers\.(\d+)\.(\w+)$/, '$2-$1') }));
			return formFailure(new DomainError(error.code, error.message, fields), params.lang as Locale, values);
		}
		redirect(303, `/${params.lang}/account/check-in?week=${week}&saved`);
	}
};
