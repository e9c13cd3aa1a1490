import { getPlanVersion } from '#lib/core/plan/plan.ts';
import { versionNumber } from '#lib/core/plan/plan-form.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { planStore, requireMember } from '#lib/server/http/member.ts';

export const GET = (event) =>
	apiCall(event, async () => {
		const memberId = requireMember(event);
		return ok(await getPlanVersion(await planStore(), memberId, versionNumber(event.params.version)));
	});
