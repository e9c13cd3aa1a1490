import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { allowedTo } from '../../src/lib/core/guide/reach-out.ts';
import { requestLanguages, urgencies } from '../../src/lib/core/guidance/requests.ts';
import { relationships } from '../../src/lib/core/safety/rule.ts';
import { channels } from '../../src/lib/core/timeline/reach-outs.ts';
import { mondayOf } from '../../src/lib/core/timeline/weeks.ts';
import { connect } from '../../src/lib/server/db/connect.ts';
import { password, type Answer, type Client } from './members.ts';
import { root } from './server.ts';

// ONE table of every member API route. The access-control and bad-input tests run every row on SQLite and on
// PostgreSQL; routes.test.ts fails when a route under src/routes/api/v1 has no row here. Adding a route means
// adding a row (and, for a new kind of member data, an entry in `areas` so "nothing changed" covers it).

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type Params = Record<string, string>;

/** What a write route's body holds, field by field: the bad-input test builds wrong and hostile bodies from it. */
export type FieldSpec =
	| {
			kind: 'text';
			max: number;
			/** Stored exactly as sent and answered back byte for byte. */
			stored?: true;
			/** Must have a shape (a phone number): not free text that markup could fill. */
			shaped?: true;
	  }
	| { kind: 'enum'; values: readonly string[]; nullable?: true }
	| { kind: 'datetime' }
	| { kind: 'textList'; itemMax: number; maxItems: number }
	| { kind: 'int'; min: number; max: number }
	/** A list of objects, each with these fields (a check-in's answers). */
	| { kind: 'records'; of: Record<string, FieldSpec>; maxItems: number };

export interface RouteCase {
	method: Method;
	/** Path template: `{name}` stands for a parameter that `setup` answers. */
	path: string;
	/**
	 * `item`: the path names one of the owner's resources; another member gets 404, as for one that does not exist.
	 * `member`: the route works on the signed-in member's own data; another member sees only their own.
	 */
	scope: 'item' | 'member';
	/** Makes what the route needs in the owner's account; answers the path parameters. */
	setup?: (owner: Client) => Promise<Params>;
	/** A body the route accepts (write routes). */
	body?: () => unknown;
	/** The fields of the body, for the bad-input test (write routes that take a JSON body). */
	fields?: Record<string, FieldSpec>;
	/** Whether a body must name every field (POST/PUT) or may name only some (PATCH). */
	partial?: boolean;
	/** After an accepted write: the stored record as a GET answers it, to compare text byte for byte. */
	readBack?: (owner: Client, params: Params, answer: Answer) => Promise<Record<string, unknown>>;
	/** `member` reads: what a member with no data of their own gets (asserts, throws if not). */
	fresh?: (answer: Answer) => void;
	/** The page that shows the text a write stores, to check it is rendered escaped. */
	page?: string;
	/**
	 * The route ends something for good when the second member calls it on their own data (DELETE /api/v1/account):
	 * the access-control test then uses a throwaway member for it.
	 */
	destructive?: true;
	/** The owner's valid call cannot be made here (it needs a device): another member's attempt is refused too. */
	expectRefused?: true;
	/**
	 * The route needs a recent proof (the password or a passkey in the last five minutes): each member proves it
	 * again before the row, since a long run outlasts the proof their sign-in gave.
	 */
	proof?: true;
}

export const reachOutFields = {
	occurredAt: { kind: 'datetime' },
	channel: { kind: 'enum', values: channels },
	said: { kind: 'text', max: 5000, stored: true },
	did: { kind: 'text', max: 5000, stored: true },
	decision: { kind: 'enum', values: allowedTo, nullable: true },
	note: { kind: 'text', max: 5000, stored: true }
} as const satisfies Record<string, FieldSpec>;

export const planFields = Object.fromEntries(
	['conditions', 'boundaries', 'expectations', 'supports', 'signs'].map((name) => [
		name,
		{ kind: 'textList', itemMax: 500, maxItems: 30 } as const
	])
) as Record<string, FieldSpec>;

let serial = 0;
export const newReachOut = () => ({
	occurredAt: '2026-11-29T21:15:00.000Z',
	channel: 'text',
	said: `I promise, this time ${++serial}`,
	did: 'Listened, and said I would think about it',
	decision: 'notYet',
	note: 'They sounded tired.'
});

export const newPlan = () => ({
	conditions: ['Sober when we meet'],
	boundaries: ['No money'],
	expectations: ['Call before coming'],
	supports: ['My sister'],
	signs: [`Going to meetings ${++serial}`]
});

function expectOk(answer: Answer, status: number, what: string): Answer {
	if (answer.status !== status) throw new Error(`${what}: expected ${status}, got ${answer.status}: ${answer.text}`);
	return answer;
}

async function createReachOut(owner: Client): Promise<Params> {
	const answer = expectOk(
		await owner.request('POST', '/api/v1/reach-outs', { body: newReachOut() }),
		201,
		'creating a reach-out'
	);
	return { id: (answer.json as { id: string }).id };
}

async function savePlan(owner: Client): Promise<Params> {
	const answer = expectOk(await owner.request('PUT', '/api/v1/plan', { body: newPlan() }), 200, 'saving the plan');
	return { version: String((answer.json as { version: number }).version) };
}

const json = (answer: Answer) => answer.json as Record<string, unknown>;

export const newContact = () => ({ name: `Marta ${++serial}`, phone: '+1 555 010 0199' });

/** The Monday of the current week (UTC), as the check-ins name weeks. */
export function thisMonday(weeksAgo = 0): string {
	return mondayOf(new Date(Date.now() - weeksAgo * 7 * 86_400_000));
}

export const newCheckIn = () => ({
	answers: [
		{ sign: 'Calls when they said they would', status: 'seen', note: `On time ${++serial}` },
		{ sign: 'Goes to meetings', status: 'notSure', note: '' }
	]
});

const checkInFields = {
	answers: {
		kind: 'records',
		maxItems: 30,
		of: {
			sign: { kind: 'text', max: 500, stored: true },
			status: { kind: 'enum', values: ['seen', 'notSeen', 'notSure'] },
			note: { kind: 'text', max: 2000, stored: true }
		}
	}
} as const satisfies Record<string, FieldSpec>;

/**
 * A check-in of the owner's, five weeks back: a week no other member writes in these tests (the PUT row has
 * other members save this week's), so theirs is "not found" there.
 */
async function saveCheckIn(owner: Client): Promise<Params> {
	const week = thisMonday(5);
	expectOk(await owner.request('PUT', `/api/v1/check-ins/${week}`, { body: newCheckIn() }), 200, 'saving a check-in');
	return { week };
}

async function createContact(owner: Client): Promise<Params> {
	const answer = expectOk(
		await owner.request('POST', '/api/v1/contacts', { body: newContact() }),
		201,
		'adding a contact'
	);
	return { id: (answer.json as { id: string }).id };
}

/** A passkey row written straight into the server's database (making a real one needs an authenticator). */
export async function insertPasskey(owner: Client): Promise<Params> {
	const { db, close } = connect({ databaseUrl: owner.server.databaseUrl, dataDir: owner.server.dataDir });
	try {
		const member = await db
			.selectFrom('members')
			.select('id')
			.where('email', '=', owner.email!)
			.executeTakeFirstOrThrow();
		const id = `pk-${++serial}`;
		await db
			.insertInto('passkeys')
			.values({
				id,
				member_id: member.id,
				credential_id: `cred-${id}-${Date.now()}`,
				public_key: 'AQID',
				counter: 0,
				transports: '[]',
				device: 'Chrome on Linux',
				created_at: new Date().toISOString(),
				last_used_at: null
			})
			.execute();
		return { id };
	} finally {
		await close();
	}
}

// Personalized guidance, the member's side (area: member).
export const newGuidanceRequest = () => ({
	relationship: 'child',
	story: `My daughter called for the first time in a year ${++serial}`,
	urgency: 'thisWeek',
	language: 'en',
	times: 'Weekday evenings'
});

const guidanceRequestFields = {
	relationship: { kind: 'enum', values: relationships },
	story: { kind: 'text', max: 5000, stored: true },
	urgency: { kind: 'enum', values: urgencies },
	language: { kind: 'enum', values: requestLanguages },
	times: { kind: 'text', max: 500, stored: true }
} as const satisfies Record<string, FieldSpec>;

async function createGuidanceRequest(owner: Client): Promise<Params> {
	const answer = expectOk(
		await owner.request('POST', '/api/v1/guidance/requests', { body: newGuidanceRequest() }),
		201,
		'asking for guidance'
	);
	return { id: (answer.json as { id: string }).id };
}

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
			reachOuts: [{ ...newReachOut(), sourceId: `device-${++serial}` }],
			contacts: [{ ...newContact(), sourceId: `device-${++serial}` }],
			plan: newPlan()
		})
	},
	{
		method: 'POST',
		path: '/api/v1/account/email',
		scope: 'member',
		body: () => ({ email: `moved-${++serial}-${Date.now()}@example.org`, password })
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

/** Every kind of member data, read whole: "nothing changed" compares these before and after. */
export const areas: Array<{ name: string; route: string; take(owner: Client): Promise<unknown> }> = [
	{
		name: 'reach-outs',
		route: '/api/v1/reach-outs',
		take: async (owner) => (await owner.get('/api/v1/reach-outs')).json
	},
	{ name: 'check-ins', route: '/api/v1/check-ins', take: async (owner) => (await owner.get('/api/v1/check-ins')).json },
	{ name: 'contacts', route: '/api/v1/contacts', take: async (owner) => (await owner.get('/api/v1/contacts')).json },
	{ name: 'passkeys', route: '/api/v1/passkeys', take: async (owner) => (await owner.get('/api/v1/passkeys')).json },
	{ name: 'account', route: '/api/v1/account', take: async (owner) => (await owner.get('/api/v1/account')).json },
	// Personalized guidance, the member's side (area: member).
	{
		name: 'guidance requests',
		route: '/api/v1/guidance/requests',
		take: async (owner) => (await owner.get('/api/v1/guidance/requests')).json
	},
	{
		name: 'plan',
		route: '/api/v1/plan',
		take: async (owner) => ({
			plan: (await owner.get('/api/v1/plan')).json,
			versions: (await owner.get('/api/v1/plan/versions')).json
		})
	}
];

// ---- Which routes exist ----

const apiDir = join(root, 'src', 'routes', 'api', 'v1');

/** Routes that need no member: signing in and out, the message check, the OpenAPI document. */
export const publicRoutes = [
	/^\/api\/v1\/auth\/(signup|signin|signout)$/,
	/^\/api\/v1\/auth\/passkeys\/signin/,
	/^\/api\/v1\/message-check$/,
	/^\/api\/v1\/openapi\.json$/
];

/** Every `METHOD /path` served under src/routes/api/v1, with `{param}` for a `[param]` folder. */
export function apiRoutes(): string[] {
	const found: string[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) walk(path);
			else if (name === '+server.ts') {
				const route =
					'/api/v1/' +
					relative(apiDir, dir)
						.split(sep)
						.map((part) => part.replace(/^\[(?:\.\.\.)?(\w+)(?:=\w+)?\]$/, '{$1}'))
						.join('/');
				const source = readFileSync(path, 'utf8');
				for (const match of source.matchAll(
					/export\s+(?:const|async\s+function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g
				))
					found.push(`${match[1]} ${route.replace(/\/$/, '')}`);
			}
		}
	};
	walk(apiDir);
	return found.sort();
}

/** Whether the route of a row exists in this tree (rows for routes still being written are skipped). */
export function implemented(row: Pick<RouteCase, 'method' | 'path'>): boolean {
	return apiRoutes().includes(`${row.method} ${row.path}`);
}

export function pathOf(row: RouteCase, params: Params): string {
	return row.path.replace(/\{(\w+)\}/g, (_, name: string) => {
		const value = params[name];
		if (value === undefined) throw new Error(`${row.method} ${row.path}: setup gave no ${name}`);
		return encodeURIComponent(value);
	});
}

export const hasRouteFile = (path: string) => existsSync(join(apiDir, path.replace(/^\/api\/v1\/?/, ''), '+server.ts'));

export const rowName = (row: RouteCase) => `${row.method} ${row.path}`;

/** Every kind of member data that exists in this tree, read whole. */
export async function snapshot(owner: Client): Promise<Record<string, unknown>> {
	const taken: Record<string, unknown> = {};
	for (const area of areas) if (hasRouteFile(area.route)) taken[area.name] = await area.take(owner);
	return taken;
}
