import { z } from 'zod';
import { readStory } from '../message-check/story.ts';
import type { CrisisLevel } from '../message-check/types.ts';
import { relationships } from '../safety/rule.ts';
import { DomainError } from '../shared/errors.ts';
import { parseInput } from '../shared/parse.ts';
import { storableText } from '../shared/text.ts';
import type { Staff } from '../staff/create-admin.ts';
import type { ThreadAssignments } from './assignments.ts';

// "Get personalized guidance": a family member asks for help in their own words; an admin assigns a specialist.
// A request whose words speak of a crisis is marked urgent for the admin, and the member is shown crisis
// resources at once, in the order and words of its level (the caller does that with `crisis` and `crisisLevel`).
// The story is read in the request's language as readStory reads it: as the message check reads the loved one's
// own words, and as a family member's story about them ("he says he wants to kill himself"). The story and the
// times are encrypted; the level is kept, never the words that raised it.

export const urgencies = ['today', 'thisWeek', 'noRush'] as const;
export type Urgency = (typeof urgencies)[number];
export const requestLanguages = ['en', 'es'] as const;
export type RequestState = 'waiting' | 'assigned' | 'closed';

export const guidanceRequestInput = z
	.object({
		relationship: z.enum(relationships, { error: 'relationshipInvalid' }),
		story: storableText(5000, 'storyTooLong').refine((text) => text.trim() !== '', 'storyEmpty'),
		urgency: z.enum(urgencies, { error: 'urgencyInvalid' }),
		language: z.enum(requestLanguages, { error: 'languageInvalid' }),
		times: storableText(500, 'timesTooLong').default('')
	})
	.strict();

export interface GuidanceRequest {
	id: string;
	memberId: string;
	relationship: (typeof relationships)[number];
	story: string;
	urgency: Urgency;
	language: (typeof requestLanguages)[number];
	times: string;
	/** The message check found words of a crisis: shown first to the admin, whatever the urgency chosen. */
	crisis: boolean;
	/** How soon: `urgent` (act now) or `concern`; null when crisis is false, and on requests made before levels. */
	crisisLevel: CrisisLevel | null;
	state: RequestState;
	specialistId: string | null;
	createdAt: string;
	updatedAt: string;
}

export interface RequestStore {
	insert(request: GuidanceRequest): Promise<void>;
	/** The member's own requests, newest first. */
	forMember(memberId: string): Promise<GuidanceRequest[]>;
	/** Every request not closed, for the admin: crisis first, then the oldest. */
	open(): Promise<GuidanceRequest[]>;
	get(id: string): Promise<GuidanceRequest | undefined>;
	/**
	 * Gives a request not closed to a specialist; false if it is closed or gone. Consent ends with the assignment:
	 * what the member shared with a specialist no longer assigned to them is revoked.
	 */
	assign(id: string, specialistId: string, now: Date): Promise<boolean>;
	/** Closes a request not closed yet (ending consents as assign does); false if it was closed already or is gone. */
	close(id: string, now: Date): Promise<boolean>;
	/** How many members a specialist has open requests of (their current load). */
	openClients(specialistId: string): Promise<number>;
	isAssigned(specialistId: string, memberId: string): Promise<boolean>;
	/** The members a specialist has an assigned request of now. */
	clientsOf(specialistId: string): Promise<string[]>;
}

export async function requestGuidance(
	store: RequestStore,
	memberId: string,
	raw: unknown,
	id: string,
	now: Date
): Promise<GuidanceRequest> {
	const input = parseInput(guidanceRequestInput, raw, 'guidance request');
	const reading = readStory(input.story, input.language);
	const request: GuidanceRequest = {
		...input,
		id,
		memberId,
		crisis: reading.crisis,
		crisisLevel: reading.level,
		state: 'waiting',
		specialistId: null,
		createdAt: now.toISOString(),
		updatedAt: now.toISOString()
	};
	await store.insert(request);
	return request;
}

const notFound = () => new DomainError('not_found', 'no such request');

/** The admin assigns a request to a specialist; anyone else is answered as if there were no such request. */
export async function assignRequest(
	deps: { requests: RequestStore; staff: Staff },
	adminId: string,
	raw: unknown,
	now: Date
): Promise<GuidanceRequest> {
	if ((await deps.staff.roleOf(adminId)) !== 'admin') throw notFound();
	const { requestId, specialistId } = parseInput(
		z
			.object({
				requestId: z.string({ error: 'requestInvalid' }).max(64, 'requestInvalid'),
				specialistId: z.string({ error: 'specialistInvalid' }).max(64, 'specialistInvalid')
			})
			.strict(),
		raw,
		'assignment'
	);
	if ((await deps.staff.roleOf(specialistId)) !== 'specialist')
		throw new DomainError('invalid', 'not a specialist', [{ field: 'specialistId', problem: 'specialistInvalid' }]);
	if (!(await deps.requests.assign(requestId, specialistId, now))) throw notFound();
	return (await deps.requests.get(requestId))!;
}

async function closeIf(
	requests: RequestStore,
	requestId: unknown,
	mayClose: (request: GuidanceRequest) => Promise<boolean>,
	now: Date
): Promise<GuidanceRequest> {
	if (typeof requestId !== 'string') throw notFound();
	const request = await requests.get(requestId);
	if (!request || request.state === 'closed' || !(await mayClose(request))) throw notFound();
	if (!(await requests.close(request.id, now))) throw notFound();
	return (await requests.get(request.id))!;
}

/**
 * Closes a request: its member (they need it no more) or an admin. With it ends the assignment, and so the
 * specialist's access to the thread and to anything shared (messages and notes are kept). To anyone else, and
 * for a request already closed, there is no such request.
 */
export function closeRequest(
	deps: { requests: RequestStore; staff: Staff },
	actorId: string,
	requestId: unknown,
	now: Date
): Promise<GuidanceRequest> {
	const mayClose = async (request: GuidanceRequest) =>
		request.memberId === actorId || (await deps.staff.roleOf(actorId)) === 'admin';
	return closeIf(deps.requests, requestId, mayClose, now);
}

/** The member closes one of their own requests (from their page: never anyone else's, whatever their role). */
export function withdrawRequest(
	requests: RequestStore,
	memberId: string,
	requestId: unknown,
	now: Date
): Promise<GuidanceRequest> {
	return closeIf(requests, requestId, async (request) => request.memberId === memberId, now);
}

/** A specialist is assigned to a member while one of the member's requests is theirs and not closed. */
export const assignmentsOf = (store: RequestStore): ThreadAssignments => ({
	isAssigned: (specialistId, memberId) => store.isAssigned(specialistId, memberId),
	clientsOf: async (specialistId) => new Set(await store.clientsOf(specialistId))
});
