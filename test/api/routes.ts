import { password, type Answer } from './members.ts';
import {
	checkInFields,
	createContact,
	createGuidanceRequest,
	createReachOut,
	guidanceRequestFields,
	insertPasskey,
	newCheckIn,
	newContact,
	newGuidanceRequest,
	newPlan,
	newReachOut,
	nextSerial,
	planFields,
	reachOutFields,
	saveCheckIn,
	savePlan,
	thisMonday
} from './member-data.ts';
import type { RouteCase } from './route-case.ts';

// ONE table of every member API route. The access-control and bad-input tests run every row on SQLite and on
// PostgreSQL; routes.test.ts fails when a route under src/routes/api/v1 has no row here. Adding a route means
// adding a row (and, for a new kind of member data, an entry in `areas` in areas.ts so "nothing changed"
// covers it).

const json = (answer: Answer) => answer.json as Record<string, unknown>;

export const routes: RouteCase[] = [
	// Reach-outs: the member's timeline.
	{
		method: 'GET',
		path: '/api/v1/reach-outs',
		scope: 'member',
		setup: createReachOut,
		fresh: (answer) => {
			if (JSON.stringify(json(answer).reachOuts) !== '[]') throw new Error(`not empty: ${answer.text}`);
		}
	},
	{
		method: 'POST',
		path: '/api/v1/reach-outs',
		scope: 'member',
		body: newReachOut,
		fields: reachOutFields,
		readBack: async (owner, _params, answer) =>
			json(await owner.get(`/api/v1/reach-outs/${encodeURIComponent(String(json(answer).id))}`)),
		page: '/en/account/timeline'
	},
	{ method: 'GET', path: '/api/v1/reach-outs/{id}', scope: 'item', setup: createReachOut },
	{
		method: 'PATCH',
		path: '/api/v1/reach-outs/{id}',
		scope: 'item',
		setup: createReachOut,
		body: () => ({ said: 'taken over', decision: 'yes' }),
		fields: reachOutFields,
		partial: true,
		readBack: async (owner, params) => json(await owner.get(`/api/v1/reach-outs/${params.id}`)),
		page: '/en/account/timeline'
	},
	{ method: 'DELETE', path: '/api/v1/reach-outs/{id}', scope: 'item', setup: createReachOut },

	// My plan (the rows run once the routes exist in src/routes; the lead completes them after merging).
	{
		method: 'GET',
		path: '/api/v1/plan',
		scope: 'member',
		setup: savePlan,
		fresh: (answer) => {
			if (json(answer).version !== 0) throw new Error(`not the empty plan: ${answer.text}`);
		}
	},
	{
		method: 'PUT',
		path: '/api/v1/plan',
		scope: 'member',
		body: newPlan,
		fields: planFields,
		readBack: async (owner) => json(await owner.get('/api/v1/plan')).lists as Record<string, unknown>,
		page: '/en/account/plan'
	},
	{
		method: 'GET',
		path: '/api/v1/plan/versions',
		scope: 'member',
		setup: savePlan,
		fresh: (answer) => {
			if (!answer.text.includes('[]')) throw new Error(`versions of a member who never saved: ${answer.text}`);
		}
	},
	{ method: 'GET', path: '/api/v1/plan/versions/{version}', scope: 'item', setup: savePlan },
	{
		method: 'GET',
		path: '/api/v1/plan/pdf',
		scope: 'member',
		setup: savePlan,
		fresh: (answer) => {
			if (answer.status !== 200) throw new Error(`the empty plan's PDF: ${answer.status}`);
		}
	},
	// Weekly check-ins and the consistency view.
	{
		method: 'GET',
		path: '/api/v1/check-ins',
		scope: 'member',
		setup: saveCheckIn,
		fresh: (answer) => {
			if (JSON.stringify(json(answer).checkIns) !== '[]') throw new Error(`not empty: ${answer.text}`);
		}
	},
	{ method: 'GET', path: '/api/v1/check-ins/{week}', scope: 'item', setup: saveCheckIn },
	{
		method: 'PUT',
		path: '/api/v1/check-ins/{week}',
		// Another member's PUT for the same week saves their own week.
		scope: 'member',
		setup: async () => ({ week: thisMonday() }),
		body: newCheckIn,
		fields: checkInFields,
		readBack: async (owner, params) => json(await owner.get(`/api/v1/check-ins/${params.week}`)),
		page: '/en/account/check-in'
	},
	{ method: 'DELETE', path: '/api/v1/check-ins/{week}', scope: 'item', setup: saveCheckIn },
	{ method: 'GET', path: '/api/v1/consistency', scope: 'member', setup: saveCheckIn },

	// Support contacts.
	{
		method: 'GET',
		path: '/api/v1/contacts',
		scope: 'member',
		setup: createContact,
		fresh: (answer) => {
			if (JSON.stringify(json(answer).contacts) !== '[]') throw new Error(`not empty: ${answer.text}`);
		}
	},
	{
		method: 'POST',
		path: '/api/v1/contacts',
		scope: 'member',
		body: newContact,
		// Names and numbers are trimmed (as on the device), so they are not compared byte for byte.
		fields: { name: { kind: 'text', max: 60 }, phone: { kind: 'text', max: 40, shaped: true } },
		page: '/en/account'
	},
	{ method: 'DELETE', path: '/api/v1/contacts/{id}', scope: 'item', setup: createContact },

	// Passkeys: listing and removing (adding one needs an authenticator: see e2e/passkeys.spec.ts).
	{
		method: 'GET',
		path: '/api/v1/passkeys',
		scope: 'member',
		setup: insertPasskey,
		fresh: (answer) => {
			if (JSON.stringify(json(answer).passkeys) !== '[]') throw new Error(`not empty: ${answer.text}`);
		}
	},
	{ method: 'DELETE', path: '/api/v1/passkeys/{id}', scope: 'item', setup: insertPasskey, proof: true },
	{ method: 'POST', path: '/api/v1/auth/passkeys/register/options', scope: 'member', body: () => ({}), proof: true },
	{
		method: 'POST',
		path: '/api/v1/auth/passkeys/register',
		scope: 'member',
		body: () => ({}),
		expectRefused: true,
		proof: true
	},

	// Proving it again, a new password, and the member's own security events.
	{ method: 'POST', path: '/api/v1/auth/reauthenticate', scope: 'member', body: () => ({ password }) },
	{
		method: 'POST',
		path: '/api/v1/account/password',
		scope: 'member',
		body: () => ({ currentPassword: password, newPassword: 'a new sentence about the porch light' }),
		destructive: true
	},
	{ method: 'GET', path: '/api/v1/account/security-events', scope: 'member' },

	// The account: what it is, a copy of everything, bringing the device's data in, a new address, deleting it.
	{ method: 'GET', path: '/api/v1/account', scope: 'member', fresh: (answer) => void json(answer).email },
	{ method: 'GET', path: '/api/v1/export', scope: 'member', setup: createReachOut, proof: true },
	{
		method: 'POST',
		path: '/api/v1/import',
		scope: 'member',
		body: () => ({
			reachOuts: [{ ...newReachOut(), sourceId: `device-${nextSerial()}` }],
			contacts: [{ ...newContact(), sourceId: `device-${nextSerial()}` }],
			plan: newPlan()
		})
	},
	{
		method: 'POST',
		path: '/api/v1/account/email',
		scope: 'member',
		body: () => ({ email: `moved-${nextSerial()}-${Date.now()}@example.org`, password })
	},
	{ method: 'DELETE', path: '/api/v1/account', scope: 'member', body: () => ({ password }), destructive: true },

	// Personalized guidance, the member's side (area: member): their own requests. Sharing and the audit list
	// need an assigned specialist, so their rows are in test/api/guidance-access/member.ts.
	{
		method: 'GET',
		path: '/api/v1/guidance/requests',
		scope: 'member',
		setup: createGuidanceRequest,
		fresh: (answer) => {
			if (JSON.stringify(json(answer).requests) !== '[]') throw new Error(`not empty: ${answer.text}`);
		}
	},
	{
		method: 'POST',
		path: '/api/v1/guidance/requests',
		scope: 'member',
		body: newGuidanceRequest,
		fields: guidanceRequestFields,
		readBack: async (owner, _params, answer) => {
			const { requests } = json(await owner.get('/api/v1/guidance/requests')) as { requests: Array<{ id: string }> };
			return requests.find((request) => request.id === json(answer).id) ?? {};
		},
		page: '/en/account/guidance'
	}
];
