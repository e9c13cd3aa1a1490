import { error, redirect } from '@sveltejs/kit';
import { getPlanVersion } from '#lib/core/plan/plan.ts';
import { versionNumber } from '#lib/core/plan/plan-form.ts';
import { DomainError } from '#lib/core/shared/errors.ts';
import { planStore } from '#lib/server/http/member.ts';

export const prerender = false;

export const load = async ({ locals, params, setHeaders }) => {
	if (!locals.memberId) redirect(303, `/${params.lang}/account/sign-in`);
	setHeaders({ 'cache-control': 'no-store' });
	try {
		return { plan: await getPlanVersion(await planStore(), locals.memberId, versionNumber(params.version)) };
	} catch (problem) {
		// Another member's version is as missing as one that never existed.
		if (problem instanceof DomainError && problem.code === 'not_found') error(404, 'Not found');
		throw problem;
	}
};
