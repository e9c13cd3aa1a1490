import { expect } from 'vitest';
import type { Cast, Role } from '../cast.ts';
import { every, only, type AccessRow } from './row.ts';

// The access matrix rows of secure messages (issue #5). Each assigned specialist has their OWN thread with the
// owner: the thread's member and its specialist may use it; to everyone else (the other assigned specialist,
// an unassigned one, another member, an admin) it does not exist. An admin never sees a message body.

type Side = 'assignedWithConsent' | 'assignedNoConsent';
const sides: Side[] = ['assignedWithConsent', 'assignedNoConsent'];

/** What the owner wrote in their thread with this specialist: only the two of them may ever read it. */
const secret = (side: Side) => `Only for ${side}: he slept in the car again.`;

/** The owner's thread with the specialist, with a message from the owner in it. */
async function ownerThread(cast: Cast, side: Side): Promise<string> {
	const opened = await cast.clients.owner.request('POST', '/api/v1/threads', { body: { with: cast.ids[side] } });
	expect(opened.status, opened.text).toBe(200);
	const id = (opened.json as { id: string }).id;
	const posted = await cast.clients.owner.request('POST', `/api/v1/threads/${id}/messages`, {
		body: { body: secret(side) }
	});
	expect(posted.status, posted.text).toBe(201);
	return id;
}

const bothThreads = async (cast: Cast) => ({
	withConsent: await ownerThread(cast, 'assignedWithConsent'),
	noConsent: await ownerThread(cast, 'assignedNoConsent')
});

/** The answer holds the owner's words to `visible` (if any), and nothing of the other threads. */
function shows(text: string, visible: Side | null, role: Role) {
	for (const side of sides) expect(text.includes(secret(side)), `${role} and ${side}'s thread`).toBe(side === visible);
}

const threadRows = (side: Side): AccessRow[] => {
	const setup = async (cast: Cast) => ({ id: await ownerThread(cast, side) });
	const allowed: Role[] = ['owner', side];
	return [
		{
			method: 'GET',
			path: `/api/v1/threads/{id}/messages`,
			setup,
			expect: only(200, allowed),
			check: (role, answer) => {
				expect(answer.headers.get('cache-control')).toBe('no-store');
				shows(answer.text, side, role);
			}
		},
		{
			method: 'POST',
			path: `/api/v1/threads/{id}/messages`,
			setup,
			body: () => ({ body: 'Thank you for writing back.' }),
			expect: only(201, allowed),
			check: (role, answer) => expect((answer.json as { mine: boolean }).mine, role).toBe(true)
		},
		{ method: 'POST', path: `/api/v1/threads/{id}/read`, setup, expect: only(204, allowed) },
		{
			method: 'GET',
			path: `/api/v1/threads/{id}/stream`,
			setup,
			expect: only(200, allowed),
			check: async (role, answer) => {
				expect(answer.headers.get('content-type'), role).toMatch(/^text\/event-stream/);
				expect(answer.headers.get('cache-control'), role).toBe('no-store');
				await answer.stream?.cancel();
			}
		}
	];
};

export const rows: AccessRow[] = [
	{
		method: 'GET',
		path: '/api/v1/threads',
		setup: bothThreads,
		expect: every(200, 401),
		check: (role, answer, cast, params) => {
			const threads = (answer.json as { threads: { id: string; with: { name: string }; unread: number }[] }).threads;
			const ids = threads.map((thread) => thread.id);
			const mine =
				role === 'owner'
					? [params.withConsent, params.noConsent]
					: role === 'assignedWithConsent'
						? [params.withConsent]
						: role === 'assignedNoConsent'
							? [params.noConsent]
							: [];
			expect(ids.filter((id) => id === params.withConsent || id === params.noConsent).sort(), role).toEqual(
				mine.sort()
			);
			// A specialist knows the client by their e-mail address, and has the owner's message unread.
			if (role === 'assignedWithConsent' || role === 'assignedNoConsent') {
				const thread = threads.find((t) => t.id === ids.find((id) => mine.includes(id)))!;
				expect(thread.with.name).toBe(cast.clients.owner.email);
				expect(thread.unread).toBeGreaterThan(0);
			}
			// The list says who and how many, never what was written.
			shows(answer.text, null, role);
		}
	},
	{
		method: 'POST',
		path: '/api/v1/threads',
		body: (cast) => ({ with: cast.ids.assignedWithConsent }),
		expect: only(200, ['owner'])
	},
	{
		method: 'POST',
		path: '/api/v1/threads',
		body: (cast) => ({ with: cast.ids.owner }),
		expect: only(200, ['assignedWithConsent', 'assignedNoConsent'])
	},
	...threadRows('assignedWithConsent'),
	...threadRows('assignedNoConsent'),
	{
		method: 'GET',
		path: '/en/account/guidance/messages',
		setup: bothThreads,
		expect: every(200, 303),
		check: (role, answer) => {
			expect(answer.headers.get('cache-control')).toBe('no-store');
			// The owner's page shows the thread with their first specialist; nobody else sees any of it.
			if (role !== 'owner') shows(answer.text, null, role);
			else expect(answer.text).toMatch(/Only for assigned(With|No)Consent/);
		}
	},
	{
		method: 'POST',
		path: '/en/account/guidance/messages',
		form: true,
		body: () => ({ body: 'Could we talk this week?' }),
		expect: { ...only(404, [], 303), owner: 303 }
	},
	{
		method: 'GET',
		path: '/en/specialist/clients/{owner}/messages',
		setup: async (cast) => ({ ...(await bothThreads(cast)), owner: cast.ids.owner }),
		expect: only(200, ['assignedWithConsent', 'assignedNoConsent'], 303),
		check: (role, answer) => {
			expect(answer.headers.get('cache-control')).toBe('no-store');
			shows(answer.text, role as Side, role);
		}
	},
	{
		method: 'POST',
		path: '/en/specialist/clients/{owner}/messages',
		setup: async (cast) => ({ owner: cast.ids.owner }),
		form: true,
		body: () => ({ body: 'Yes, Thursday evening works.' }),
		expect: only(303, ['assignedWithConsent', 'assignedNoConsent'], 303)
	}
];
