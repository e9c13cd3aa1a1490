// Personalized guidance — a member's requests, what they share and who looked, and the specialist's workspace
// (caseload, a client's overview, notes, the plan and timeline a client shares) — as use-cases bound to their
// repositories. Assignment is read from the requests table in whatever transaction the work runs in.

import { caseloadOf, clientOverview } from '#lib/core/guidance/caseload.ts';
import { openSharedPlan, openSharedTimeline, revoke, share } from '#lib/core/guidance/consent.ts';
import { memberRequests, newRequestView, sharingOf, whoViewedWhat } from '#lib/core/guidance/member-view.ts';
import { addNote, editNote, listNotes } from '#lib/core/guidance/notes.ts';
import { assignmentsOf, requestGuidance, withdrawRequest } from '#lib/core/guidance/requests.ts';
import { caseloadRepository } from '../db/repositories/caseload.ts';
import { guidanceDeps } from '../db/repositories/consents.ts';
import { guidanceRequestsRepository } from '../db/repositories/guidance-requests.ts';
import { specialistProfilesRepository } from '../db/repositories/specialists.ts';
import { newId } from '../ids.ts';
import type { Infrastructure } from './infrastructure.ts';

export function guidanceApp({ connection, keyring }: Infrastructure, clock = () => new Date()) {
	const { db } = connection;
	const requests = guidanceRequestsRepository(db, keyring);
	const sharing = guidanceDeps(db, keyring, (on) => assignmentsOf(guidanceRequestsRepository(on, keyring)));
	const view = {
		requests,
		profiles: specialistProfilesRepository(db),
		consents: sharing.consents,
		audit: sharing.audit
	};
	const caseload = caseloadRepository(db);
	return {
		/** The member's side: their requests, what they share with whom, and who looked at what. */
		member: {
			requests: (memberId: string) => memberRequests(view, memberId),
			/** Asks for guidance; answers the new request as the member sees it. */
			ask: async (memberId: string, input: unknown) =>
				newRequestView(await requestGuidance(requests, memberId, input, newId(), clock())),
			withdraw: (memberId: string, requestId: unknown) => withdrawRequest(requests, memberId, requestId, clock()),
			sharing: (memberId: string) => sharingOf(view, memberId),
			share: (memberId: string, input: unknown) => share(sharing, memberId, input, clock()),
			revoke: (memberId: string, input: unknown) => revoke(sharing, memberId, input, clock()),
			audit: (memberId: string) => whoViewedWhat(view, memberId)
		},
		/** The specialist's side: only their assigned clients, and of those only what each shares. */
		specialist: {
			caseload: (specialistId: string) => caseloadOf(caseload, specialistId, clock()),
			client: (specialistId: string, memberId: string) =>
				clientOverview({ requests, consents: sharing.consents, caseload }, specialistId, memberId),
			notes: (specialistId: string, memberId: string) => listNotes(sharing, specialistId, memberId, clock()),
			addNote: (specialistId: string, memberId: string, input: unknown) =>
				addNote(sharing, specialistId, memberId, input, clock()),
			editNote: (specialistId: string, memberId: string, noteId: string, input: unknown) =>
				editNote(sharing, specialistId, memberId, noteId, input, clock()),
			sharedPlan: (specialistId: string, memberId: string) => openSharedPlan(sharing, specialistId, memberId, clock()),
			sharedTimeline: (specialistId: string, memberId: string) =>
				openSharedTimeline(sharing, specialistId, memberId, clock())
		}
	};
}

export type GuidanceApp = ReturnType<typeof guidanceApp>;
