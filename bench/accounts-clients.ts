// The members and clients of the accounts bench (accounts-load.ts): confirmed members with real argon2id hashes,
// clients that sign in, and clients that save a reach-out with their own session.
//
// Rate limits (src/lib/server/auth/limiter.ts) stay as they are. Sign-in allows 50 attempts per client address in
// 15 minutes and 10 per account (cleared by a success). Every request here comes from 127.0.0.1, which would stop
// the bench after 50 sign-ins, so the server is started with adapter-node's own ADDRESS_HEADER (the variable a
// deployment behind a proxy sets; see docs/operations.md) and each client says its address in that header: its own
// address, and a new one after 40 sign-ins, so no address goes over its allowance, as many people signing in
// from their own homes would. The 429s that still occur (none are expected) are counted apart.
import { Agent } from 'node:http';
import { sessionCookieName } from '../src/lib/server/auth/cookie.ts';
import { hashPassword } from '../src/lib/server/auth/password.ts';
import { membersRepository } from '../src/lib/server/db/repositories/members.ts';
import { newId } from '../src/lib/server/ids.ts';
import type { BenchDatabase } from './databases.ts';
import { json, send, type Client } from './http-load.ts';
import type { Server } from './servers.ts';

const password = 'tomatoes on the porch at noon';
export const addressHeader = 'x-bench-client-address';
/** Sign-ins from one address before a client moves to a new one: under signin-address's 50 per 15 minutes. */
const signInsPerAddress = 40;
const reachOut = JSON.stringify({
	occurredAt: '2026-11-29T21:15:00Z',
	channel: 'text',
	said: 'Said sorry for last time and asked to come for dinner on Sunday; promised to be sober.',
	did: 'Listened, said I love them and that I would think about it and answer tomorrow.',
	decision: 'notYet',
	note: 'Felt calmer after the breathing exercise. Talk with Marta before answering.'
});

// Addresses 10.0.0.1, 10.0.0.2, ...: each is handed out once.
let addressesGiven = 0;
function freshAddress(): string {
	const n = ++addressesGiven;
	return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
}

export interface Member {
	email: string;
}

/** Confirmed members with real argon2id hashes, through the members repository (as a confirmed sign-up ends). */
export async function prepareMembers(database: BenchDatabase, count: number): Promise<Member[]> {
	const connection = database.open();
	try {
		const members = membersRepository(connection.db);
		const now = new Date();
		return await Promise.all(
			Array.from({ length: count }, async (_, i) => {
				const email = `bench-${i}@example.org`;
				const passwordHash = await hashPassword(password);
				await members.create(
					{ id: newId(), email, emailVerifiedAt: now.toISOString(), passwordHash, locale: 'en' },
					now
				);
				return { email };
			})
		);
	} finally {
		await connection.close();
	}
}

export function signInClient(member: Member): Client {
	let address = freshAddress();
	let used = 0;
	const body = JSON.stringify({ email: member.email, password });
	return {
		agent: new Agent({ keepAlive: true, maxSockets: 1 }),
		next() {
			if (used++ === signInsPerAddress) [address, used] = [freshAddress(), 1];
			return { method: 'POST', path: '/api/v1/auth/signin', headers: json(body, { [addressHeader]: address }), body };
		}
	};
}

export async function saveClient(server: Server, member: Member): Promise<Client> {
	const agent = new Agent({ keepAlive: true, maxSockets: 1 });
	const body = JSON.stringify({ email: member.email, password });
	const reply = await send(server, agent, {
		method: 'POST',
		path: '/api/v1/auth/signin',
		headers: json(body, { [addressHeader]: freshAddress() }),
		body
	});
	const cookie = reply.setCookie.map((c) => c.split(';')[0]!).find((c) => c.startsWith(`${sessionCookieName}=`));
	if (reply.status !== 200 || !cookie) throw new Error(`signing in ${member.email} answered ${reply.status}`);
	// The address header is required once ADDRESS_HEADER is set; saving is not limited by address.
	const headers = json(reachOut, { cookie, [addressHeader]: freshAddress() });
	return { agent, next: () => ({ method: 'POST', path: '/api/v1/reach-outs', headers, body: reachOut }) };
}
