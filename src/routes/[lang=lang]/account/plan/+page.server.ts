import { fail } from '@sveltejs/kit';
import { catalogue, type Locale } from '#lib/core/i18n/catalogue.ts';
import { format } from '#lib/core/i18n/format.ts';
import { planListNames } from '#lib/core/plan/plan.ts';
import { formProblems, planFormInput } from '#lib/core/plan/plan-form.ts';
import { DomainError } from '#lib/core/shared/errors.ts';
import { getApp } from '#lib/server/app/index.ts';
import { memberOrSignIn } from '#lib/server/http/member-page.ts';
import { errorStatus } from '#lib/server/http/error-status.ts';

export const prerender = false;

export const load = async ({ locals, params, setHeaders }) => {
	const memberId = memberOrSignIn(locals, params.lang);
	setHeaders({ 'cache-control': 'no-store' });
	const { plan: plans } = (await getApp()).memberData;
	const [plan, history] = await Promise.all([plans.get(memberId), plans.history(memberId)]);
	return { plan, earlier: history.filter((entry) => entry.version !== plan.version) };
};

export const actions = {
	default: async ({ locals, params, request }) => {
		const memberId = memberOrSignIn(locals, params.lang);
		const form = await request.formData();
		const text = Object.fromEntries(planListNames.map((name) => [name, String(form.get(name) ?? '')]));
		const baseVersion = String(form.get('baseVersion') ?? '');
		const { input, lines } = planFormInput(text, baseVersion);
		const { plan: plans } = (await getApp()).memberData;
		try {
			const saved = await plans.save(memberId, input);
			return {
				saved: saved.version,
				changed: typeof input.baseVersion !== 'number' || saved.version > input.baseVersion
			};
		} catch (error) {
			if (!(error instanceof DomainError)) throw error;
			// What was typed comes back as typed; each problem sits on its list, with the line it is on.
			const words = catalogue(params.lang as Locale);
			const errors: Record<string, string> = {};
			const values: Record<string, string> = { ...text, baseVersion };
			for (const { field, problem, line } of formProblems(error, lines)) {
				const message = (words.errors as Record<string, string>)[problem] ?? problem;
				if (problem === 'planChanged') {
					errors.form = words.account.plan.page.conflict;
					// Saving again now keeps these words, knowingly: the form is based on the version just shown.
					values.baseVersion = String((await plans.get(memberId)).version);
				} else {
					errors[field] ??= line ? format(words.account.plan.page.lineProblem, { line, problem: message }) : message;
				}
			}
			return fail(errorStatus[error.code], { errors, values });
		}
	}
};
