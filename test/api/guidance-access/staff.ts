import { expect } from 'vitest';
import { assignedRequest, type Role } from '../cast.ts';
import { every, only, type AccessRow } from './row.ts';

// The access matrix rows of the organisation admin (area: staff): every admin route, API and page with its form
// actions, is the admin's alone; to everyone else it does not exist (404); signed out, the API says 401 and the
// pages send the person to sign in (303). The invitation page answers everyone, and a bad link never fails.

const admin = (ok: number) => only(ok, ['admin']);
const adminPage = (ok: number) => only(ok, ['admin'], 303);
/**
 * A page's form action, posted as a browser posts it: a redirect is a 303 whose Location is checked (signed out, to
 * sign in), a success is the page again (200), a refusal is the 404 page to all but the admin.
 */
const adminAction = (then: 'redirect' | 'success') => ({
	expect: { ...only(then === 'redirect' ? 303 : 200, ['admin']), signedOut: 303 },
	redirected: (role: Role, location: string) => {
		if (role === 'signedOut') expect(location).toBe('/en/account/sign-in');
		else expect(location, role).toMatch(/^\/en\/admin/);
	}
});

const profile = {
	displayName: 'Rosa M.',
	languages: ['es', 'en'],
	focus: ['parent', 'child'],
	capacity: 12,
	timeZone: 'America/Chicago'
};

/** A fresh request of the owner's (so one role's assignment never changes what the next finds). */
const freshRequest: AccessRow['setup'] = async (cast) => ({
	id: await assignedRequest(cast.server, cast.ids.owner, cast.ids.assignedNoConsent),
	specialistId: cast.ids.assignedWithConsent
});

export const rows: AccessRow[] = [
	{
		method: 'GET',
		path: '/api/v1/admin/requests',
		expect: admin(200),
		check: (_role, answer, cast) => {
			const { requests } = answer.json as { requests: Array<Record<string, unknown>> };
			expect(requests.map((r) => r.id)).toContain(cast.requests.withConsent);
			// The story is for the assigned specialist only.
			expect(answer.text).not.toContain('two months of silence');
			expect(requests.every((r) => !('story' in r))).toBe(true);
		}
	},
	{
		method: 'POST',
		path: '/api/v1/admin/requests/{id}/assign',
		setup: freshRequest,
		body: (_cast, params) => ({ specialistId: params.specialistId }),
		expect: admin(200),
		check: (_role, answer, cast) =>
			expect(answer.json).toMatchObject({ state: 'assigned', specialistId: cast.ids.assignedWithConsent })
	},
	{ method: 'GET', path: '/api/v1/admin/specialists', expect: admin(200) },
	{
		method: 'PUT',
		path: '/api/v1/admin/specialists/{id}',
		setup: async (cast) => ({ id: cast.ids.unassignedSpecialist }),
		body: () => profile,
		expect: admin(200)
	},
	{
		method: 'POST',
		path: '/api/v1/admin/invites',
		body: () => ({ email: `invited-${Date.now()}@example.org` }),
		expect: admin(202)
	},
	{ method: 'GET', path: '/api/v1/admin/organisation', expect: admin(200) },
	{
		method: 'PUT',
		path: '/api/v1/admin/organisation',
		body: () => ({ name: 'Porchlight Family Services', crisisResources: null }),
		expect: admin(200)
	},
	{ method: 'GET', path: '/api/v1/admin/audit', expect: admin(200) },
	{ method: 'GET', path: '/api/v1/admin/log', expect: admin(200) },

	{ method: 'GET', path: '/en/admin', expect: adminPage(200) },
	{
		method: 'POST',
		path: '/en/admin?/assign',
		form: true,
		setup: freshRequest,
		body: (_cast, params) => ({ requestId: params.id!, specialistId: params.specialistId! }),
		...adminAction('redirect')
	},
	{ method: 'GET', path: '/es/admin/specialists', expect: adminPage(200) },
	{
		method: 'POST',
		path: '/en/admin/specialists?/invite',
		form: true,
		body: () => ({ email: `invited-page-${Date.now()}@example.org` }),
		...adminAction('success')
	},
	{
		method: 'POST',
		path: '/en/admin/specialists?/profile',
		form: true,
		setup: async (cast) => ({ id: cast.ids.unassignedSpecialist }),
		body: (_cast, params) => ({
			specialistId: params.id!,
			displayName: 'Rosa M.',
			languages: 'es',
			focus: 'parent',
			capacity: '12',
			timeZone: 'America/Chicago'
		}),
		...adminAction('redirect')
	},
	{ method: 'GET', path: '/en/admin/organisation', expect: adminPage(200) },
	{
		method: 'POST',
		path: '/en/admin/organisation?/save',
		form: true,
		body: () => ({ name: 'Porchlight Family Services', crisisResources: '' }),
		...adminAction('redirect')
	},
	{ method: 'GET', path: '/en/admin/audit', expect: adminPage(200) },
	{ method: 'GET', path: '/en/admin/log', expect: adminPage(200) },
	{
		// Where an unproven staff member is sent; a proven one goes straight on to their workspace.
		method: 'GET',
		path: '/en/staff/passkey',
		expect: {
			signedOut: 303,
			owner: 404,
			otherMember: 404,
			unassignedSpecialist: 303,
			assignedNoConsent: 303,
			assignedWithConsent: 303,
			admin: 303
		},
		redirected: (role, location) => {
			if (role === 'signedOut') expect(location).toBe('/en/account/sign-in');
			else expect(location, role).toBe(role === 'admin' ? '/en/admin' : '/en/specialist');
		}
	},
	{
		method: 'GET',
		path: '/en/staff/join?token=not-a-real-invitation',
		expect: every(200),
		check: (_role, answer) => expect(answer.text).toContain('This invitation has expired or was already used')
	},
	{
		method: 'POST',
		path: '/es/staff/join',
		form: true,
		body: () => ({ token: 'x'.repeat(43), password: 'a long sentence for the join page' }),
		expect: every(400)
	}
];
