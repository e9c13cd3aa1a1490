// A member's data for the route table (routes.ts): bodies the write routes accept, their fields for the bad-input
// test, and setups that make data in an account and answer the path parameters that name it.

import { allowedTo } from '../../src/lib/core/guide/reach-out.ts';
import { requestLanguages, urgencies } from '../../src/lib/core/guidance/requests.ts';
import { relationships } from '../../src/lib/core/safety/rule.ts';
import { channels } from '../../src/lib/core/timeline/reach-outs.ts';
import { mondayOf } from '../../src/lib/core/timeline/weeks.ts';
import { connect } from '../../src/lib/server/db/connect.ts';
import type { Answer, Client } from './members.ts';
import type { FieldSpec, Params } from './route-case.ts';

let serial = 0;
/** A number not given before in this run, so every body and row made is distinct. */
export const nextSerial = () => ++serial;

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

export const newReachOut = () => ({
	occurredAt: '2026-11-29T21:15:00.000Z',
	channel: 'text',
	said: `I promise, this time ${nextSerial()}`,
	did: 'Listened, and said I would think about it',
	decision: 'notYet',
	note: 'They sounded tired.'
});

export const newPlan = () => ({
	conditions: ['Sober when we meet'],
	boundaries: ['No money'],
	expectations: ['Call before coming'],
	supports: ['My sister'],
	signs: [`Going to meetings ${nextSerial()}`]
});

function expectOk(answer: Answer, status: number, what: string): Answer {
	if (answer.status !== status) throw new Error(`${what}: expected ${status}, got ${answer.status}: ${answer.text}`);
	return answer;
}

export async function createReachOut(owner: Client): Promise<Params> {
	const answer = expectOk(
		await owner.request('POST', '/api/v1/reach-outs', { body: newReachOut() }),
		201,
		'creating a reach-out'
	);
	return { id: (answer.json as { id: string }).id };
}

export async function savePlan(owner: Client): Promise<Params> {
	const answer = expectOk(await owner.request('PUT', '/api/v1/plan', { body: newPlan() }), 200, 'saving the plan');
	return { version: String((answer.json as { version: number }).version) };
}

export const newContact = () => ({ name: `Marta ${nextSerial()}`, phone: '+1 555 010 0199' });

/** The Monday of the current week (UTC), as the check-ins name weeks. */
export function thisMonday(weeksAgo = 0): string {
	return mondayOf(new Date(Date.now() - weeksAgo * 7 * 86_400_000));
}

export const newCheckIn = () => ({
	answers: [
		{ sign: 'Calls when they said they would', status: 'seen', note: `On time ${nextSerial()}` },
		{ sign: 'Goes to meetings', status: 'notSure', note: '' }
	]
});

export const checkInFields = {
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
export async function saveCheckIn(owner: Client): Promise<Params> {
	const week = thisMonday(5);
	expectOk(await owner.request('PUT', `/api/v1/check-ins/${week}`, { body: newCheckIn() }), 200, 'saving a check-in');
	return { week };
}

export async function createContact(owner: Client): Promise<Params> {
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
		const id = `pk-${nextSerial()}`;
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
	story: `My daughter called for the first time in a year ${nextSerial()}`,
	urgency: 'thisWeek',
	language: 'en',
	times: 'Weekday evenings'
});

export const guidanceRequestFields = {
	relationship: { kind: 'enum', values: relationships },
	story: { kind: 'text', max: 5000, stored: true },
	urgency: { kind: 'enum', values: urgencies },
	language: { kind: 'enum', values: requestLanguages },
	times: { kind: 'text', max: 500, stored: true }
} as const satisfies Record<string, FieldSpec>;

export async function createGuidanceRequest(owner: Client): Promise<Params> {
	const answer = expectOk(
		await owner.request('POST', '/api/v1/guidance/requests', { body: newGuidanceRequest() }),
		201,
		'asking for guidance'
	);
	return { id: (answer.json as { id: string }).id };
}
