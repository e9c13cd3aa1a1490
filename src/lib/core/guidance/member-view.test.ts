import { describe, expect, it } from 'vitest';
import type { AuditEntry } from './audit.ts';
import type { Consent } from './consent.ts';
import { memberRequests, sharingOf, whoViewedWhat, type MemberGuidanceDeps } from './member-view.ts';
import type { GuidanceRequest } from './requests.ts';

const request = (overrides: Partial<GuidanceRequest>): GuidanceRequest => ({
	id: 'r1',
	memberId: 'm1',
	relationship: 'parent',
	story: 'My son called.',
	urgency: 'thisWeek',
	language: 'en',
	times: 'Evenings',
	crisis: false,
	crisisLevel: null,
	state: 'waiting',
	specialistId: null,
	createdAt: '2026-11-30T10:00:00.000Z',
	updatedAt: '2026-11-30T10:00:00.000Z',
	...overrides
});

function depsWith(requests: GuidanceRequest[], consents: Consent[] = [], audit: AuditEntry[] = []): MemberGuidanceDeps {
	const names: Record<string, string> = { s1: 'Ana Ruiz', s2: 'Ben Cole' };
	return {
		requests: { forMember: async (id) => requests.filter((r) => r.memberId === id) },
		profiles: {
			get: async (id) =>
				names[id]
					? {
							memberId: id,
							displayName: names[id],
							languages: ['en'],
							focus: [],
							capacity: 5,
							timeZone: 'UTC',
							updatedAt: ''
						}
					: undefined
		},
		consents: { live: async () => consents },
		audit: { record: async () => {}, of: async (id) => audit.filter((a) => a.memberId === id) }
	};
}

describe('what a member sees of their guidance', () => {
	it('shows a waiting request without a specialist, and an assigned one with the specialist’s name', async () => {
		const deps = depsWith([
			request({ id: 'r2', state: 'assigned', specialistId: 's1' }),
			request({ id: 'r1' }),
			request({ id: 'r3', memberId: 'someone-else', state: 'assigned', specialistId: 's2' })
		]);
		const views = await memberRequests(deps, 'm1');
		expect(views.map((v) => [v.id, v.state, v.specialist])).toEqual([
			['r2', 'assigned', { id: 's1', name: 'Ana Ruiz' }],
			['r1', 'waiting', null]
		]);
	});

	it('lists each assigned specialist with what they may see, item by item', async () => {
		const deps = depsWith(
			[
				request({ state: 'assigned', specialistId: 's1' }),
				request({ id: 'r2', state: 'assigned', specialistId: 's2' })
			],
			[{ specialistId: 's1', item: 'plan', grantedAt: '2026-11-30T11:00:00.000Z' }]
		);
		expect(await sharingOf(deps, 'm1')).toEqual([
			{ id: 's1', name: 'Ana Ruiz', shares: { plan: true, timeline: false } },
			{ id: 's2', name: 'Ben Cole', shares: { plan: false, timeline: false } }
		]);
	});

	it('keeps a live consent listed after the assignment ends, so the member can stop it', async () => {
		const deps = depsWith(
			[request({ state: 'closed', specialistId: 's1' })],
			[{ specialistId: 's1', item: 'timeline', grantedAt: '2026-11-30T11:00:00.000Z' }]
		);
		expect(await sharingOf(deps, 'm1')).toEqual([
			{ id: 's1', name: 'Ana Ruiz', shares: { plan: false, timeline: true } }
		]);
	});

	it('says who viewed what by name and role, never by id', async () => {
		const deps = depsWith(
			[],
			[],
			[
				{ id: 'a1', memberId: 'm1', actorId: 's1', actorRole: 'specialist', what: 'plan', at: '2026-11-30T12:00:00Z' },
				{ id: 'a2', memberId: 'm1', actorId: 'x9', actorRole: 'admin', what: 'timeline', at: '2026-11-30T11:00:00Z' }
			]
		);
		const lines = await whoViewedWhat(deps, 'm1');
		expect(lines).toEqual([
			{ who: { role: 'specialist', name: 'Ana Ruiz' }, what: 'plan', at: '2026-11-30T12:00:00Z' },
			{ who: { role: 'admin', name: null }, what: 'timeline', at: '2026-11-30T11:00:00Z' }
		]);
		expect(JSON.stringify(lines)).not.toContain('s1');
	});
});
