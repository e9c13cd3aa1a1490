import { DomainError } from '../shared/errors.ts';
import { isMemberId, sharedItems, type ConsentStore, type SharedItem } from './consent.ts';
import { urgencies, type GuidanceRequest, type RequestStore, type Urgency } from './requests.ts';

// A specialist's caseload: the members whose requests are assigned to them and not closed, one line per client,
// crisis first, then the newest assignment. Staff see a client as their e-mail address plus the request's
// relationship and language (there is no name). "New" is a client assigned in the last week whom the specialist
// has not opened since (opening the client's page lists the notes, which the audit log records).

/** One assigned request, with what the caseload shows of its member. */
export interface CaseloadRow {
	memberId: string;
	email: string;
	requestId: string;
	relationship: GuidanceRequest['relationship'];
	language: GuidanceRequest['language'];
	urgency: Urgency;
	crisis: boolean;
	/** When the request was assigned to this specialist. */
	assignedAt: string;
	/** The last time this specialist opened anything of this member's (the audit log), or null. */
	lastOpenedAt: string | null;
}

export interface CaseloadStore {
	/** Every request assigned to the specialist and not closed, one row each. */
	assignedTo(specialistId: string): Promise<CaseloadRow[]>;
	/** A member's e-mail address, if there is such a member. */
	emailOf(memberId: string): Promise<string | undefined>;
}

export interface CaseloadClient extends CaseloadRow {
	/** Assigned in the last `newForDays` days and not opened by the specialist since. */
	isNew: boolean;
}

export const newForDays = 7;
const day = 24 * 60 * 60 * 1000;

const moreUrgent = (a: Urgency, b: Urgency): Urgency => (urgencies.indexOf(a) <= urgencies.indexOf(b) ? a : b);

/** The specialist's clients: one entry per member, crisis first, then the newest assignment first. */
export async function caseloadOf(store: CaseloadStore, specialistId: string, now: Date): Promise<CaseloadClient[]> {
	const byMember = new Map<string, CaseloadRow>();
	for (const row of await store.assignedTo(specialistId)) {
		if (row.memberId === specialistId) continue;
		const seen = byMember.get(row.memberId);
		if (!seen) {
			byMember.set(row.memberId, row);
			continue;
		}
		// Two open requests of one member: the newest assignment speaks for them, with the gravest signs of both.
		const newest = row.assignedAt > seen.assignedAt ? row : seen;
		byMember.set(row.memberId, {
			...newest,
			crisis: row.crisis || seen.crisis,
			urgency: moreUrgent(row.urgency, seen.urgency)
		});
	}
	const clients = [...byMember.values()].map((row) => ({
		...row,
		isNew:
			now.getTime() - Date.parse(row.assignedAt) < newForDays * day &&
			(row.lastOpenedAt === null || row.lastOpenedAt < row.assignedAt)
	}));
	return clients.sort(
		(a, b) =>
			Number(b.crisis) - Number(a.crisis) ||
			b.assignedAt.localeCompare(a.assignedAt) ||
			a.memberId.localeCompare(b.memberId)
	);
}

/** One client as their specialist sees them: the request, and what the client shares with this specialist now. */
export interface ClientOverview {
	memberId: string;
	email: string;
	/** The client's newest request assigned to this specialist and not closed. */
	request: GuidanceRequest;
	sharing: Record<SharedItem, boolean>;
}

export interface ClientOverviewDeps {
	requests: Pick<RequestStore, 'forMember'>;
	consents: Pick<ConsentStore, 'isLive'>;
	caseload: Pick<CaseloadStore, 'emailOf'>;
}

const notFound = () => new DomainError('not_found', 'no such client');

/** The client's request and current sharing, for the specialist assigned to them; anyone else: not found. */
export async function clientOverview(
	deps: ClientOverviewDeps,
	specialistId: string,
	memberId: string
): Promise<ClientOverview> {
	if (specialistId === memberId || !isMemberId(memberId)) throw notFound();
	const request = (await deps.requests.forMember(memberId)).find(
		(candidate) => candidate.specialistId === specialistId && candidate.state === 'assigned'
	);
	if (!request) throw notFound();
	const email = await deps.caseload.emailOf(memberId);
	if (email === undefined) throw notFound();
	const sharing = {} as Record<SharedItem, boolean>;
	for (const item of sharedItems) sharing[item] = await deps.consents.isLive(memberId, specialistId, item);
	return { memberId, email, request, sharing };
}
