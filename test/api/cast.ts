import type { Kysely } from 'kysely';
import { connect } from '../../src/lib/server/db/connect.ts';
import type { Database } from '../../src/lib/server/db/schema.ts';
import { consentsRepository } from '../../src/lib/server/db/repositories/consents.ts';
import { guidanceRequestsRepository } from '../../src/lib/server/db/repositories/guidance-requests.ts';
import { specialistProfilesRepository } from '../../src/lib/server/db/repositories/specialists.ts';
import { staffRepository } from '../../src/lib/server/db/repositories/staff.ts';
import { keyringFromEnv, keyringFromFile } from '../../src/lib/server/crypto/keyring.ts';
import { waitingRequest } from '../fixtures/guidance-request.ts';
import { client, signedInMember, type Client } from './members.ts';
import type { TestServer } from './server.ts';

// The seven roles of personalized guidance, seen from one member (the owner): the owner's own requests are
// assigned to two specialists, and the owner shares their plan and timeline with one of them only.

export const roles = [
	'signedOut',
	'owner',
	'otherMember',
	'unassignedSpecialist',
	'assignedNoConsent',
	'assignedWithConsent',
	'admin'
] as const;
export type Role = (typeof roles)[number];

export interface Cast {
	server: TestServer;
	clients: Record<Role, Client>;
	/** Member ids by role ('' for signed out). */
	ids: Record<Role, string>;
	/** The owner's request assigned to assignedWithConsent, and the one assigned to assignedNoConsent. */
	requests: { withConsent: string; noConsent: string };
	/** Runs work on the server's own database (ids, rows a test needs that no route makes). */
	database<T>(work: (db: Kysely<Database>) => Promise<T>): Promise<T>;
}

export async function database<T>(server: TestServer, work: (db: Kysely<Database>) => Promise<T>): Promise<T> {
	const { db, close } = connect({ databaseUrl: server.databaseUrl, dataDir: server.dataDir });
	try {
		return await work(db);
	} finally {
		await close();
	}
}

export async function memberIdOf(server: TestServer, who: Client): Promise<string> {
	return database(server, async (db) => {
		const row = await db.selectFrom('members').select('id').where('email', '=', who.email!).executeTakeFirstOrThrow();
		return row.id;
	});
}

const keyringOf = (server: TestServer) =>
	server.env.PORCHLIGHT_KEY ? keyringFromEnv(server.env.PORCHLIGHT_KEY) : keyringFromFile(server.dataDir);

/**
 * A FIXTURE, not the real ceremony: gives the member a passkey row (a made-up credential no authenticator holds)
 * and marks every session they have now as proven with it, as if each had been signed in with a passkey. Staff
 * need that before any staff route answers them; the real enrolment and step-up are walked in the journeys
 * (e2e/guidance-admin.spec.ts) with Chromium's virtual authenticator, and staff-second-factor.test.ts checks
 * what a session without it gets.
 */
export async function proveWithPasskey(db: Kysely<Database>, memberId: string, now = new Date()): Promise<void> {
	await db
		.insertInto('passkeys')
		.values({
			id: `fixture-${memberId}`,
			member_id: memberId,
			credential_id: `fixture-credential-${memberId}`,
			public_key: 'fixture',
			counter: 0,
			transports: '[]',
			device: 'Test fixture',
			created_at: now.toISOString(),
			last_used_at: null
		})
		.onConflict((conflict) => conflict.doNothing())
		.execute();
	await db
		.updateTable('sessions')
		.set({ second_factor_at: now.toISOString() })
		.where('member_id', '=', memberId)
		.execute();
}

/**
 * Makes a signed-in member staff (as an admin would, through the invitation), with a specialist's profile, and
 * proves their current session with a passkey (see proveWithPasskey) unless `proven` is false.
 */
export async function makeStaff(
	server: TestServer,
	who: Client,
	role: 'admin' | 'specialist',
	proven = true
): Promise<string> {
	const id = await memberIdOf(server, who);
	await database(server, async (db) => {
		const now = new Date();
		await staffRepository(db).grant(id, role, now);
		if (proven) await proveWithPasskey(db, id, now);
		if (role === 'specialist')
			await specialistProfilesRepository(db).put({
				memberId: id,
				displayName: `Specialist ${id.slice(0, 4)}`,
				languages: ['en', 'es'],
				focus: ['parent', 'partner'],
				capacity: 20,
				timeZone: 'America/Chicago',
				updatedAt: now.toISOString()
			});
	});
	return id;
}

/** A request of the member, written straight to the database and assigned to the specialist. */
export async function assignedRequest(server: TestServer, memberId: string, specialistId: string): Promise<string> {
	return database(server, async (db) => {
		const requests = guidanceRequestsRepository(db, keyringOf(server));
		const now = new Date();
		const id = `req-${memberId.slice(0, 6)}-${specialistId.slice(0, 6)}-${now.getTime()}`;
		await requests.insert(waitingRequest(id, memberId, now));
		await requests.assign(id, specialistId, now);
		return id;
	});
}

export async function castOf(server: TestServer): Promise<Cast> {
	const clients = {
		signedOut: client(server),
		owner: await signedInMember(server, 'owner'),
		otherMember: await signedInMember(server, 'other'),
		unassignedSpecialist: await signedInMember(server, 'unassigned'),
		assignedNoConsent: await signedInMember(server, 'noconsent'),
		assignedWithConsent: await signedInMember(server, 'consent'),
		admin: await signedInMember(server, 'admin')
	} satisfies Record<Role, Client>;
	const ids = {
		signedOut: '',
		owner: await memberIdOf(server, clients.owner),
		otherMember: await memberIdOf(server, clients.otherMember),
		unassignedSpecialist: await makeStaff(server, clients.unassignedSpecialist, 'specialist'),
		assignedNoConsent: await makeStaff(server, clients.assignedNoConsent, 'specialist'),
		assignedWithConsent: await makeStaff(server, clients.assignedWithConsent, 'specialist'),
		admin: await makeStaff(server, clients.admin, 'admin')
	} satisfies Record<Role, string>;
	const requests = {
		withConsent: await assignedRequest(server, ids.owner, ids.assignedWithConsent),
		noConsent: await assignedRequest(server, ids.owner, ids.assignedNoConsent)
	};
	await database(server, async (db) => {
		const consents = consentsRepository(db);
		for (const item of ['plan', 'timeline'] as const)
			await consents.grant(ids.owner, ids.assignedWithConsent, item, `consent-${item}-${ids.owner}`, new Date());
	});
	return { server, clients, ids, requests, database: (work) => database(server, work) };
}
