import { z } from 'zod';
import { getPlan, type PlanStore, type PlanVersion } from '../plan/plan.ts';
import { DomainError } from '../shared/errors.ts';
import { parseInput } from '../shared/parse.ts';
import type { ReachOutEntry, ReachOutStore } from '../timeline/reach-outs.ts';
import type { AuditStore } from './audit.ts';
import type { NoteStore } from './notes.ts';
import type { Assignments } from './assignments.ts';

// Sharing with a specialist: the member shares their plan and/or timeline, item by item, with the specialist
// assigned to them, and can revoke at any time. Every open is checked at the moment of the call (assignment AND
// live consent), so a revocation takes effect on the very next request; a refusal is always 'not_found', so a
// specialist never learns whether the data exists. Every open is written to the audit log.

export const sharedItems = ['plan', 'timeline'] as const;
export type SharedItem = (typeof sharedItems)[number];

export interface Consent {
	specialistId: string;
	item: SharedItem;
	grantedAt: string;
}

/** Consents, scoped to one member. */
export interface ConsentStore {
	/** Adds a live consent unless one is already live (idempotent). */
	grant(memberId: string, specialistId: string, item: SharedItem, id: string, now: Date): Promise<void>;
	/** Ends the live consent, if any (idempotent). */
	revoke(memberId: string, specialistId: string, item: SharedItem, now: Date): Promise<void>;
	isLive(memberId: string, specialistId: string, item: SharedItem): Promise<boolean>;
	/** The live consents of a member, oldest first. */
	live(memberId: string): Promise<Consent[]>;
}

/** The stores of sharing, audit and notes; one set per transaction. */
export interface GuidanceStores {
	assignments: Assignments;
	consents: ConsentStore;
	audit: AuditStore;
	plans: PlanStore;
	reachOuts: ReachOutStore;
	notes: NoteStore;
}

export interface GuidanceDeps extends GuidanceStores {
	/** Runs the work in one transaction, with stores bound to it, so a read and its audit entry go together. */
	transaction<T>(work: (stores: GuidanceStores) => Promise<T>): Promise<T>;
	/** New ids for consent rows, audit entries and notes. */
	newId(): string;
}

export const shareInput = z
	.object({
		specialistId: z.string({ error: 'shareWithInvalid' }).regex(/^[A-Za-z0-9_-]{1,64}$/, 'shareWithInvalid'),
		item: z.enum(sharedItems, { error: 'shareItemInvalid' })
	})
	.strict();

const notFound = () => new DomainError('not_found', 'nothing shared here');

/**
 * Whether an id (from a URL) could be a member's id: anything else is simply not found, before it reaches a
 * query (PostgreSQL refuses text with a NUL character in it: an error, not "no such row").
 */
export const isMemberId = (id: string): boolean => /^[A-Za-z0-9_-]{1,64}$/.test(id);

/** Shares one item with the member's assigned specialist; sharing again changes nothing. */
export async function share(deps: GuidanceDeps, memberId: string, raw: unknown, now: Date): Promise<void> {
	const { specialistId, item } = parseInput(shareInput, raw, 'share');
	if (specialistId === memberId || !(await deps.assignments.isAssigned(specialistId, memberId)))
		throw new DomainError('not_found', 'no such specialist of this member');
	await deps.consents.grant(memberId, specialistId, item, deps.newId(), now);
}

/** Stops sharing one item; revoking what is not shared changes nothing. Always allowed, assigned or not. */
export async function revoke(deps: GuidanceDeps, memberId: string, raw: unknown, now: Date): Promise<void> {
	const { specialistId, item } = parseInput(shareInput, raw, 'revoke');
	await deps.consents.revoke(memberId, specialistId, item, now);
}

/** What the member shares right now, and with whom. */
export async function consentsOf(deps: Pick<GuidanceDeps, 'consents'>, memberId: string): Promise<Consent[]> {
	return deps.consents.live(memberId);
}

async function openShared<T>(
	deps: GuidanceDeps,
	actorId: string,
	memberId: string,
	item: SharedItem,
	read: (stores: GuidanceStores) => Promise<T>,
	now: Date
): Promise<T> {
	return deps.transaction(async (stores) => {
		if (actorId === memberId || !isMemberId(memberId)) throw notFound();
		if (!(await stores.assignments.isAssigned(actorId, memberId))) throw notFound();
		if (!(await stores.consents.isLive(memberId, actorId, item))) throw notFound();
		const data = await read(stores);
		await stores.audit.record({
			id: deps.newId(),
			memberId,
			actorId,
			actorRole: 'specialist',
			what: item,
			at: now.toISOString()
		});
		return data;
	});
}

/** The member's latest plan, read-only, for their assigned specialist while the member shares it. */
export function openSharedPlan(deps: GuidanceDeps, actorId: string, memberId: string, now: Date): Promise<PlanVersion> {
	return openShared(deps, actorId, memberId, 'plan', (stores) => getPlan(stores.plans, memberId), now);
}

/** The member's timeline (reach-outs, newest first), read-only, for their assigned specialist while shared. */
export function openSharedTimeline(
	deps: GuidanceDeps,
	actorId: string,
	memberId: string,
	now: Date
): Promise<ReachOutEntry[]> {
	return openShared(deps, actorId, memberId, 'timeline', (stores) => stores.reachOuts.list(memberId), now);
}

export type { Assignments };
