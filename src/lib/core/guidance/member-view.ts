import type { SpecialistProfiles } from '../staff/specialists.ts';
import { auditFor, type ActorRole, type AuditedThing, type AuditStore } from './audit.ts';
import { sharedItems, type ConsentStore, type SharedItem } from './consent.ts';
import type { GuidanceRequest, RequestState, RequestStore } from './requests.ts';

// What a member sees of their own personalized guidance: their requests and each one's state, the specialists
// assigned to them (by display name), what each of them may see now, and who viewed what. Staff ids reach the
// member only where the member needs them to act (sharing names the specialist); the audit list shows names.

export interface SpecialistView {
	id: string;
	/** The name the organisation gave them; null while their profile has none. */
	name: string | null;
}

export interface MemberRequestView {
	id: string;
	relationship: GuidanceRequest['relationship'];
	story: string;
	urgency: GuidanceRequest['urgency'];
	language: GuidanceRequest['language'];
	times: string;
	crisis: boolean;
	crisisLevel: GuidanceRequest['crisisLevel'];
	state: RequestState;
	specialist: SpecialistView | null;
	createdAt: string;
}

export interface SharingView extends SpecialistView {
	/** Item by item: shared with this specialist right now. */
	shares: Record<SharedItem, boolean>;
}

export interface AuditLine {
	who: { role: ActorRole; name: string | null };
	what: AuditedThing;
	at: string;
}

export interface MemberGuidanceDeps {
	requests: Pick<RequestStore, 'forMember'>;
	profiles: Pick<SpecialistProfiles, 'get'>;
	consents: Pick<ConsentStore, 'live'>;
	audit: AuditStore;
}

/** Display names, each profile read once. */
function namer(profiles: MemberGuidanceDeps['profiles']) {
	const names = new Map<string, Promise<string | null>>();
	return (id: string) => {
		if (!names.has(id))
			names.set(
				id,
				profiles.get(id).then((profile) => profile?.displayName ?? null)
			);
		return names.get(id)!;
	};
}

/** The member's requests, newest first, each with its state and (when assigned) the specialist's name. */
export async function memberRequests(
	deps: Pick<MemberGuidanceDeps, 'requests' | 'profiles'>,
	memberId: string
): Promise<MemberRequestView[]> {
	const nameOf = namer(deps.profiles);
	const requests = await deps.requests.forMember(memberId);
	return Promise.all(requests.map(async (request) => viewOf(request, nameOf)));
}

async function viewOf(
	request: GuidanceRequest,
	nameOf: (id: string) => Promise<string | null>
): Promise<MemberRequestView> {
	const { id, relationship, story, urgency, language, times, crisis, crisisLevel, state, specialistId, createdAt } =
		request;
	const specialist =
		specialistId && state !== 'waiting' ? { id: specialistId, name: await nameOf(specialistId) } : null;
	return { id, relationship, story, urgency, language, times, crisis, crisisLevel, state, specialist, createdAt };
}

/** A request just made, as the member sees it. */
export const newRequestView = (request: GuidanceRequest): Promise<MemberRequestView> =>
	viewOf(request, async () => null);

/** The specialists assigned to the member now (an open request of theirs), and what each may see. */
export async function sharingOf(
	deps: Pick<MemberGuidanceDeps, 'requests' | 'profiles' | 'consents'>,
	memberId: string
): Promise<SharingView[]> {
	const nameOf = namer(deps.profiles);
	const live = await deps.consents.live(memberId);
	const assigned = (await deps.requests.forMember(memberId))
		.filter((request) => request.state === 'assigned' && request.specialistId)
		.map((request) => request.specialistId!);
	// A consent outliving its assignment stays listed, so the member can always see it and stop it.
	const ids = [...new Set([...assigned, ...live.map((consent) => consent.specialistId)])];
	return Promise.all(
		ids.map(async (id) => ({
			id,
			name: await nameOf(id),
			shares: Object.fromEntries(
				sharedItems.map((item) => [item, live.some((c) => c.specialistId === id && c.item === item)])
			) as Record<SharedItem, boolean>
		}))
	);
}

/** Who viewed what of the member's data, newest first: names, never ids. */
export async function whoViewedWhat(
	deps: Pick<MemberGuidanceDeps, 'audit' | 'profiles'>,
	memberId: string
): Promise<AuditLine[]> {
	const nameOf = namer(deps.profiles);
	const entries = await auditFor(deps, memberId);
	return Promise.all(
		entries.map(async (entry) => ({
			who: { role: entry.who.role, name: await nameOf(entry.who.id) },
			what: entry.what,
			at: entry.at
		}))
	);
}
