import { expect } from 'vitest';
import type { Cast, Role } from '../cast.ts';
import type { Answer } from '../members.ts';
import { only, type AccessRow } from './row.ts';

// The specialist's workspace: the caseload, one client's page, the shared plan and timeline (only the assigned
// specialist the owner shares with), and private notes (each assigned specialist writes and sees only their own).
// Signed out, the API asks to sign in (401) and the pages send to the sign-in page (303); everyone who may not
// know a route or a client exists gets 404. Audit entries and revocation are in test/api/specialist-workspace.test.ts.

const specialists: Role[] = ['unassignedSpecialist', 'assignedNoConsent', 'assignedWithConsent'];
const assigned: Role[] = ['assignedNoConsent', 'assignedWithConsent'];

const owner = async (cast: Cast) => ({ memberId: cast.ids.owner });
const ownerEmail = (cast: Cast) => cast.clients.owner.email!;

/** A private note each assigned specialist writes about the owner, with words only that specialist may see. */
async function notesOfBoth(cast: Cast) {
	const words: Record<string, string> = {};
	for (const role of assigned) {
		words[role] = `Note of ${role} ${Math.random().toString(36).slice(2)}`;
		const answer = await cast.clients[role].request('POST', `/api/v1/specialist/clients/${cast.ids.owner}/notes`, {
			body: { body: words[role] }
		});
		expect(answer.status, `${role} writes a note`).toBe(201);
		words[`${role}Id`] = (answer.json as { id: string }).id;
	}
	return {
		memberId: cast.ids.owner,
		mine: words.assignedWithConsent!,
		theirs: words.assignedNoConsent!,
		noteId: words.assignedWithConsentId!,
		mineNoConsent: words.assignedNoConsent!,
		noteIdNoConsent: words.assignedNoConsentId!
	};
}

/** What the role's own note says, and what the other assigned specialist's says. */
const ownAndOther = (role: Role, params: Record<string, string>) =>
	role === 'assignedWithConsent' ? [params.mine!, params.theirs!] : [params.theirs!, params.mine!];

function seesOwnNoteOnly(role: Role, answer: Answer, _cast: Cast, params: Record<string, string>) {
	const [own, other] = ownAndOther(role, params);
	expect(answer.text, `${role} sees their own note`).toContain(own);
	expect(answer.text, `${role} never sees the other specialist's note`).not.toContain(other);
}

/** Where a page's form action sends each role (303): back to the client page, or signed out to sign in. */
const redirectsTo = (done: string) => (role: Role, location: string, cast: Cast) => {
	if (role === 'signedOut') expect(location).toBe('/en/account/sign-in');
	else expect(location.startsWith(`/en/specialist/clients/${cast.ids.owner}?done=${done}#`), location).toBe(true);
};

export const rows: AccessRow[] = [
	// ── API ──
	{
		method: 'GET',
		path: '/api/v1/specialist/clients',
		expect: only(200, specialists),
		check(role, answer, cast) {
			const clients = (answer.json as { clients: Array<{ memberId: string; email: string }> }).clients;
			const listed = clients.some((c) => c.memberId === cast.ids.owner && c.email === ownerEmail(cast));
			expect(listed, `${role} lists the owner`).toBe(assigned.includes(role));
		}
	},
	{
		method: 'GET',
		path: '/api/v1/specialist/clients/{memberId}/plan',
		setup: owner,
		expect: only(200, ['assignedWithConsent']),
		check(_role, answer) {
			expect(answer.json).toMatchObject({ version: expect.any(Number), lists: { signs: expect.any(Array) } });
		}
	},
	{
		method: 'GET',
		path: '/api/v1/specialist/clients/{memberId}/timeline',
		setup: owner,
		expect: only(200, ['assignedWithConsent']),
		check(_role, answer) {
			expect(answer.json).toMatchObject({ reachOuts: expect.any(Array) });
		}
	},
	{
		method: 'GET',
		path: '/api/v1/specialist/clients/{memberId}/notes',
		setup: notesOfBoth,
		expect: only(200, assigned),
		check: seesOwnNoteOnly
	},
	{
		method: 'POST',
		path: '/api/v1/specialist/clients/{memberId}/notes',
		setup: owner,
		body: () => ({ body: 'Spoke about boundaries; she wants to keep the door open.' }),
		expect: only(201, assigned),
		check(_role, answer) {
			expect(answer.json).toMatchObject({ id: expect.any(String), body: expect.stringContaining('boundaries') });
		}
	},
	{
		// A note of assignedWithConsent: only they may change it; the other assigned specialist is told it is not there.
		method: 'PATCH',
		path: '/api/v1/specialist/clients/{memberId}/notes/{noteId}',
		setup: notesOfBoth,
		body: () => ({ body: 'Changed after the call.' }),
		expect: only(204, ['assignedWithConsent'])
	},
	{
		// …and a note of assignedNoConsent, the other way round.
		method: 'PATCH',
		path: '/api/v1/specialist/clients/{memberId}/notes/{noteIdNoConsent}',
		setup: notesOfBoth,
		body: () => ({ body: 'Changed after the call.' }),
		expect: only(204, ['assignedNoConsent'])
	},
	// ── Pages ──
	{
		method: 'GET',
		path: '/en/specialist',
		expect: only(200, specialists, 303),
		check(role, answer, cast) {
			expect(answer.headers.get('cache-control')).toBe('no-store');
			expect(answer.text.includes(ownerEmail(cast)), `${role} lists the owner`).toBe(assigned.includes(role));
		}
	},
	{
		method: 'GET',
		path: '/es/specialist',
		expect: only(200, specialists, 303)
	},
	{
		method: 'GET',
		path: '/en/specialist/clients/{memberId}',
		setup: notesOfBoth,
		expect: only(200, assigned, 303),
		check(role, answer, cast, params) {
			expect(answer.headers.get('cache-control')).toBe('no-store');
			expect(answer.text).toContain(ownerEmail(cast));
			expect(answer.text).toContain('My son called after two months of silence.');
			seesOwnNoteOnly(role, answer, cast, params);
			const planLink = `/en/specialist/clients/${cast.ids.owner}/plan"`;
			expect(answer.text.includes(planLink), `${role} is offered the plan`).toBe(role === 'assignedWithConsent');
		}
	},
	{
		method: 'GET',
		path: '/es/specialist/clients/{memberId}',
		setup: owner,
		expect: only(200, assigned, 303)
	},
	{
		method: 'GET',
		path: '/en/specialist/clients/{memberId}/plan',
		setup: owner,
		expect: only(200, ['assignedWithConsent'], 303),
		check(_role, answer) {
			expect(answer.headers.get('cache-control')).toBe('no-store');
		}
	},
	{
		method: 'GET',
		path: '/es/specialist/clients/{memberId}/timeline',
		setup: owner,
		expect: only(200, ['assignedWithConsent'], 303),
		check(_role, answer) {
			expect(answer.headers.get('cache-control')).toBe('no-store');
		}
	},
	{
		method: 'POST',
		path: '/en/specialist/clients/{memberId}?/add',
		form: true,
		setup: owner,
		body: () => ({ body: 'Called on Tuesday; no answer yet.' }),
		expect: { ...only(303, assigned), signedOut: 303 },
		redirected: redirectsTo('added')
	},
	{
		method: 'POST',
		path: '/en/specialist/clients/{memberId}?/edit',
		form: true,
		setup: notesOfBoth,
		body: (_cast, params) => ({ noteId: params.noteId!, body: 'Changed on the page.' }),
		expect: { ...only(303, ['assignedWithConsent']), signedOut: 303 },
		redirected: redirectsTo('saved')
	}
];
