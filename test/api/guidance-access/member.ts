import { expect } from 'vitest';
import { auditLogRepository } from '../../../src/lib/server/db/repositories/audit-log.ts';
import { guidanceRequestsRepository } from '../../../src/lib/server/db/repositories/guidance-requests.ts';
import { keyringFromFile } from '../../../src/lib/server/crypto/keyring.ts';
import { waitingRequest } from '../../fixtures/guidance-request.ts';
import { roles, type Cast, type Role } from '../cast.ts';
import type { Answer } from '../members.ts';
import { only, type AccessRow } from './row.ts';

// The member's side of personalized guidance: their requests, what they share, who viewed what, and the page.
// Every signed-in role is a member too, so each gets their OWN (empty) answers; only the owner sees the owner's.
// A row whose owner call changes the cast (sharing, stopping) puts it back in its check, for the rows after it.

const signedIn = roles.filter((role) => role !== 'signedOut');
const everyone = only(200, signedIn);
const everyoneOnPage = { ...everyone, signedOut: 303 };
/** The display name castOf gives a specialist. */
const nameOf = (id: string) => `Specialist ${id.slice(0, 4)}`;
/** The owner's story, as castOf wrote it: no one else may ever read it. */
const ownersStory = 'My son called after two months of silence.';

const json = (answer: Answer) => answer.json as Record<string, unknown>;
type SharingAnswer = { specialists: Array<{ id: string; name: string | null; shares: Record<string, boolean> }> };

async function ownerShares(cast: Cast, specialist: Role, item: 'plan' | 'timeline'): Promise<boolean> {
	const answer = await cast.clients.owner.get('/api/v1/sharing');
	const { specialists } = answer.json as SharingAnswer;
	return specialists.find((s) => s.id === cast.ids[specialist])?.shares[item] ?? false;
}

/** Nothing of the owner's (their story, their specialists) in another member's answer. */
function nothingOfTheOwners(role: Role, answer: Answer, cast: Cast) {
	if (role === 'owner') return;
	expect(answer.text, role).not.toContain(ownersStory);
	expect(answer.text, role).not.toContain(cast.ids.owner);
	for (const specialist of ['assignedNoConsent', 'assignedWithConsent'] as const) {
		expect(answer.text, `${role} sees ${specialist}`).not.toContain(cast.ids[specialist]);
		expect(answer.text, `${role} sees ${specialist}'s name`).not.toContain(nameOf(cast.ids[specialist]));
	}
}

const newRequest = () => ({
	relationship: 'partner',
	story: 'We argued last night, and I would like to talk it through. (access matrix)',
	urgency: 'noRush',
	language: 'es',
	times: 'Mornings'
});

/** A fresh waiting request of the owner's, to close (closing the cast's own would end its assignments). */
async function requestToClose(cast: Cast): Promise<Record<string, string>> {
	const id = `close-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
	await cast.database(async (db) => {
		const { story, times } = newRequest();
		const details = { relationship: 'partner', urgency: 'noRush', language: 'es', story, times } as const;
		await guidanceRequestsRepository(db, keyringFromFile(cast.server.dataDir)).insert(
			waitingRequest(id, cast.ids.owner, new Date(), details)
		);
	});
	return { id };
}

/** After each role's try: closed by those allowed, and by no one else. */
function closedBy(allowed: Role[]) {
	return async (role: Role, cast: Cast, params: Record<string, string>) => {
		const state = await cast.database(async (db) => {
			const row = await db
				.selectFrom('guidance_requests')
				.select('state')
				.where('id', '=', params.id!)
				.executeTakeFirst();
			return row?.state;
		});
		expect(state, role).toBe(allowed.includes(role) ? 'closed' : 'waiting');
	};
}

export const rows: AccessRow[] = [
	{
		method: 'POST',
		path: '/api/v1/guidance/requests/{id}/close',
		expect: only(200, ['owner', 'admin']),
		setup: requestToClose,
		check: (role, answer, _cast, params) => expect(answer.json, role).toEqual({ id: params.id, state: 'closed' }),
		after: closedBy(['owner', 'admin'])
	},
	{
		method: 'POST',
		path: '/en/account/guidance?/close',
		form: true,
		expect: only(303, ['owner'], 303),
		setup: requestToClose,
		body: (_cast, params) => ({ requestId: params.id! }),
		redirected: (role, location) =>
			expect(location, role).toBe(role === 'owner' ? '/en/account/guidance?closed=1' : '/en/account/sign-in'),
		after: closedBy(['owner'])
	},
	{
		method: 'POST',
		path: '/en/admin?/close',
		form: true,
		expect: only(303, ['admin'], 303),
		setup: requestToClose,
		body: (_cast, params) => ({ requestId: params.id! }),
		redirected: (role, location) =>
			expect(location, role).toBe(role === 'admin' ? '/en/admin?closed=1' : '/en/account/sign-in'),
		after: closedBy(['admin'])
	},
	{
		method: 'GET',
		path: '/en/account/guidance',
		expect: everyoneOnPage,
		check: (role, answer, cast) => {
			expect(answer.headers.get('cache-control'), role).toContain('no-store');
			nothingOfTheOwners(role, answer, cast);
			if (role === 'owner')
				for (const specialist of ['assignedNoConsent', 'assignedWithConsent'] as const)
					expect(answer.text).toContain(nameOf(cast.ids[specialist]));
		}
	},
	{
		method: 'GET',
		path: '/api/v1/guidance/requests',
		expect: everyone,
		check: (role, answer, cast) => {
			nothingOfTheOwners(role, answer, cast);
			const { requests } = json(answer) as { requests: Array<{ id: string; state: string; specialist: unknown }> };
			if (role !== 'owner') return expect(requests.map((r) => r.id)).not.toContain(cast.requests.withConsent);
			const byId = Object.fromEntries(requests.map((r) => [r.id, r]));
			expect(byId[cast.requests.withConsent]).toMatchObject({
				state: 'assigned',
				specialist: { id: cast.ids.assignedWithConsent, name: nameOf(cast.ids.assignedWithConsent) }
			});
			expect(byId[cast.requests.noConsent]?.state).toBe('assigned');
		}
	},
	{
		method: 'GET',
		path: '/api/v1/sharing',
		expect: everyone,
		check: async (role, answer, cast) => {
			nothingOfTheOwners(role, answer, cast);
			if (role !== 'owner') return;
			const { specialists } = answer.json as SharingAnswer;
			const of = (who: Role) => specialists.find((s) => s.id === cast.ids[who]);
			expect(of('assignedWithConsent')?.shares).toEqual({ plan: true, timeline: true });
			expect(of('assignedNoConsent')?.shares).toEqual({ plan: false, timeline: false });
		}
	},
	{
		method: 'GET',
		path: '/api/v1/audit',
		expect: everyone,
		// The assigned specialist with consent opened the owner's plan (written as the open would write it).
		setup: async (cast) => {
			await cast.database((db) =>
				auditLogRepository(db).record({
					id: `audit-${Date.now()}-${Math.random().toString(36).slice(2)}`,
					memberId: cast.ids.owner,
					actorId: cast.ids.assignedWithConsent,
					actorRole: 'specialist',
					what: 'plan',
					at: new Date().toISOString()
				})
			);
			return {};
		},
		check: (role, answer, cast) => {
			nothingOfTheOwners(role, answer, cast);
			const { entries } = json(answer) as { entries: Array<{ who: { name: string | null }; what: string }> };
			if (role !== 'owner') return expect(entries).toEqual([]);
			expect(entries[0]).toMatchObject({
				who: { role: 'specialist', name: nameOf(cast.ids.assignedWithConsent) },
				what: 'plan'
			});
			// Who, by name: never the specialist's id.
			expect(answer.text).not.toContain(cast.ids.assignedWithConsent);
		}
	},
	{
		method: 'POST',
		path: '/api/v1/sharing',
		// Only the owner has this specialist; for anyone else it is no one (404), never someone else's consent.
		expect: only(200, ['owner']),
		body: (cast) => ({ specialistId: cast.ids.assignedNoConsent, item: 'timeline' }),
		check: async (role, answer, cast) => {
			expect(role).toBe('owner');
			expect(await ownerShares(cast, 'assignedNoConsent', 'timeline')).toBe(true);
			const undo = await cast.clients.owner.request('POST', '/api/v1/sharing/revoke', {
				body: { specialistId: cast.ids.assignedNoConsent, item: 'timeline' }
			});
			expect(undo.status).toBe(200);
			expect(await ownerShares(cast, 'assignedNoConsent', 'timeline')).toBe(false);
		}
	},
	{
		method: 'POST',
		path: '/api/v1/sharing/revoke',
		// Stopping is always allowed, and only ever stops the caller's own sharing.
		expect: everyone,
		body: (cast) => ({ specialistId: cast.ids.assignedWithConsent, item: 'timeline' }),
		check: async (role, _answer, cast) => {
			expect(await ownerShares(cast, 'assignedWithConsent', 'timeline'), role).toBe(role !== 'owner');
			if (role === 'owner') await shareAgain(cast, 'timeline');
		}
	},
	{
		method: 'POST',
		path: '/api/v1/guidance/requests',
		expect: only(201, signedIn),
		body: newRequest,
		check: (role, answer, cast) => {
			nothingOfTheOwners(role, answer, cast);
			expect(json(answer)).toMatchObject({ ...newRequest(), crisis: false, state: 'waiting', specialist: null });
		}
	},
	{
		method: 'POST',
		path: '/en/account/guidance?/share',
		form: true,
		expect: { ...only(200, ['owner']), signedOut: 303 },
		body: (cast) => ({ specialistId: cast.ids.assignedNoConsent, item: 'plan' }),
		check: async (role, answer, cast) => {
			expect(role).toBe('owner');
			expect(answer.text).toContain('role="status"');
			expect(await ownerShares(cast, 'assignedNoConsent', 'plan')).toBe(true);
			await cast.clients.owner.request('POST', '/api/v1/sharing/revoke', {
				body: { specialistId: cast.ids.assignedNoConsent, item: 'plan' }
			});
			expect(await ownerShares(cast, 'assignedNoConsent', 'plan')).toBe(false);
		}
	},
	{
		method: 'POST',
		path: '/en/account/guidance?/revoke',
		form: true,
		expect: everyoneOnPage,
		body: (cast) => ({ specialistId: cast.ids.assignedWithConsent, item: 'plan' }),
		check: async (role, answer, cast) => {
			nothingOfTheOwners(role, answer, cast);
			expect(await ownerShares(cast, 'assignedWithConsent', 'plan'), role).toBe(role !== 'owner');
			if (role === 'owner') await shareAgain(cast, 'plan');
		}
	},
	{
		method: 'POST',
		path: '/en/account/guidance?/request',
		form: true,
		// Post, then redirect (303) for every member; signed out, the redirect is to the sign-in page.
		expect: only(303, signedIn, 303),
		body: newRequest
	}
];

async function shareAgain(cast: Cast, item: 'plan' | 'timeline') {
	const again = await cast.clients.owner.request('POST', '/api/v1/sharing', {
		body: { specialistId: cast.ids.assignedWithConsent, item }
	});
	expect(again.status).toBe(200);
	expect(await ownerShares(cast, 'assignedWithConsent', item)).toBe(true);
}
