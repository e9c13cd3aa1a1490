import type { MemberGuidanceDeps } from '#lib/core/guidance/member-view.ts';
import { specialistProfilesRepository } from '../db/repositories/specialists.ts';
import { guidanceWiring, type GuidanceWiring } from './wiring.ts';

/** The member's side of guidance: the wiring, plus the stores that say what the member sees of it. */
export async function memberGuidance(): Promise<GuidanceWiring & { view: MemberGuidanceDeps }> {
	const wiring = await guidanceWiring();
	return {
		...wiring,
		view: {
			requests: wiring.requests,
			profiles: specialistProfilesRepository(wiring.db),
			consents: wiring.sharing.consents,
			audit: wiring.sharing.audit
		}
	};
}
