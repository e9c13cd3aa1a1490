import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/errors.ts';
import { caseloadOf, clientOverview, type CaseloadRow, type ClientOverviewDeps } from './caseload.ts';
import type { GuidanceRequest } from './requests.ts';

// The caseload's order and "new" marker, and the client overview's refusals, over stores held in memory. The
// database side (caseloadRepository) is tested on both dialects in src/lib/server/db/repositories/caseload.test.ts.

const now = new Date('2026-11-30T12:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();

const row = (memberId: string, assignedDaysAgo: number, more: Partial<CaseloadRow> = {}): CaseloadRow => ({
	memberId,
	email: `${memberId}@example.org`,
	requestId: `req-${memberId}-${assignedDaysAgo}`,
	relationship: 'parent',
	language: 'en',
	urgency: 'noRush',
	crisis: false,
	assignedAt: daysAgo(assignedDaysAgo),
	lastOpenedAt: null,
	...more
});

const store = (rows: CaseloadRow[]) => ({ assignedTo: async () => rows, emailOf: async () => undefined });

describe('the caseload', () => {
	it('puts crisis first, then the newest assignment', async () => {
		const clients = await caseloadOf(
			store([row('old', 20), row('recent', 1), row('crisis', 30, { crisis: true }), row('middle', 5)]),
			'sol',
			now
		);
		expect(clients.map((c) => c.memberId)).toEqual(['crisis', 'recent', 'middle', 'old']);
	});

	it('marks as new a client assigned this week and not opened since', async () => {
		const clients = await caseloadOf(
			store([
				row('fresh', 1),
				row('opened', 2, { lastOpenedAt: daysAgo(1) }),
				row('openedBefore', 2, { lastOpenedAt: daysAgo(3) }),
				row('old', 8)
			]),
			'sol',
			now
		);
		expect(Object.fromEntries(clients.map((c) => [c.memberId, c.isNew]))).toEqual({
			fresh: true,
			opened: false,
			openedBefore: true,
			old: false
		});
	});

	it('shows a member once, with the newest assignment and the gravest signs of their open requests', async () => {
		const clients = await caseloadOf(
			store([
				row('ana', 1, { urgency: 'noRush', relationship: 'partner' }),
				row('ana', 3, { urgency: 'today', crisis: true })
			]),
			'sol',
			now
		);
		expect(clients).toHaveLength(1);
		expect(clients[0]).toMatchObject({
			relationship: 'partner',
			urgency: 'today',
			crisis: true,
			assignedAt: daysAgo(1)
		});
	});

	it('never lists the specialist as their own client', async () => {
		expect(await caseloadOf(store([row('sol', 1)]), 'sol', now)).toEqual([]);
	});
});

const request = (more: Partial<GuidanceRequest>): GuidanceRequest => ({
	id: 'r1',
	memberId: 'ana',
	relationship: 'parent',
	story: 'My son called.',
	urgency: 'thisWeek',
	language: 'es',
	times: 'Evenings',
	crisis: false,
	crisisLevel: null,
	state: 'assigned',
	specialistId: 'sol',
	createdAt: daysAgo(2),
	updatedAt: daysAgo(1),
	...more
});

function overviewDeps(requests: GuidanceRequest[], live: string[] = []): ClientOverviewDeps {
	return {
		requests: { forMember: async (memberId) => requests.filter((r) => r.memberId === memberId) },
		consents: { isLive: async (memberId, specialistId, item) => live.includes(`${memberId}|${specialistId}|${item}`) },
		caseload: { emailOf: async (memberId) => (memberId === 'ana' ? 'ana@example.org' : undefined) }
	};
}

const refusal = (work: Promise<unknown>) =>
	work.then(
		() => 'ok',
		(e: unknown) => (e instanceof DomainError ? e.code : `thrown:${String(e)}`)
	);

describe('a client overview', () => {
	it('gives the assigned specialist the request and what is shared with them now', async () => {
		const deps = overviewDeps([request({})], ['ana|sol|plan', 'ana|tom|timeline']);
		expect(await clientOverview(deps, 'sol', 'ana')).toEqual({
			memberId: 'ana',
			email: 'ana@example.org',
			request: request({}),
			sharing: { plan: true, timeline: false }
		});
	});

	it('is not found for anyone not assigned, for a closed or waiting request, and for odd ids', async () => {
		const deps = overviewDeps([
			request({}),
			request({ id: 'r2', specialistId: 'tom', state: 'closed' }),
			request({ id: 'r3', specialistId: null, state: 'waiting' })
		]);
		expect(await refusal(clientOverview(deps, 'tom', 'ana'))).toBe('not_found');
		expect(await refusal(clientOverview(deps, 'nobody', 'ana'))).toBe('not_found');
		expect(await refusal(clientOverview(deps, 'ana', 'ana'))).toBe('not_found');
		for (const odd of ['', 'a\u0000b', 'x'.repeat(65)])
			expect(await refusal(clientOverview(deps, 'sol', odd))).toBe('not_found');
	});
});
