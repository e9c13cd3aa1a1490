import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { DIALECTS, insertMember, testDatabase, type TestDatabase } from '../../../../../test/databases.ts';
import { newKey } from '../../crypto/keyring.ts';
import { eraseMember } from './erase-member.ts';
import { messagesRepository } from './messages.ts';

// Deleting an account leaves no row naming the person in any table: every table the schema has (read from the
// database itself, so a table added later is searched too), every column, for the member's id and address.

const key = newKey();
const keyring = { current: key, byId: new Map([[key.id, key.key]]) };
const now = new Date('2026-11-30T08:00:00Z');
const t = now.toISOString();
const later = new Date('2026-12-01T08:00:00Z').toISOString();
const uniqueId = (name: string) => `${name}-${randomBytes(6).toString('hex')}`;

/** Every table and column where the text appears, as `table.column`. */
async function rowsNaming(database: TestDatabase, needles: string[]): Promise<string[]> {
	const found = new Set<string>();
	for (const table of await database.db.introspection.getTables()) {
		const rows = (await sql<Record<string, unknown>>`select * from ${sql.table(table.name)}`.execute(database.db)).rows;
		for (const row of rows)
			for (const [column, value] of Object.entries(row))
				if (needles.some((needle) => String(value).includes(needle))) found.add(`${table.name}.${column}`);
	}
	return [...found].sort();
}

/** A member with a row in every table a member can have rows in, and a specialist who works with them. */
async function populate(database: TestDatabase) {
	const { db } = database;
	const ana = await insertMember(database, uniqueId('ana'));
	const sol = await insertMember(database, uniqueId('sol'));
	const admin = await insertMember(database, uniqueId('admin'));
	const email = (id: string) => `${id}@example.org`;
	await db
		.insertInto('staff')
		.values([
			{ member_id: sol, role: 'specialist', created_at: t },
			{ member_id: admin, role: 'admin', created_at: t }
		])
		.execute();
	await db
		.insertInto('specialist_profiles')
		.values({
			member_id: sol,
			display_name: 'Sol',
			languages: '["es"]',
			focus: '[]',
			capacity: 5,
			time_zone: 'Europe/Madrid',
			updated_at: t
		})
		.execute();
	await db
		.insertInto('availability')
		.values({
			specialist_id: sol,
			rules: '[]',
			exceptions: '[]',
			time_zone: 'Europe/Madrid',
			session_minutes: 50,
			step_minutes: 30,
			updated_at: t
		})
		.execute();
	await db
		.insertInto('staff_invites')
		.values([
			{
				token_hash: uniqueId('h'),
				email: email(sol),
				role: 'specialist',
				invited_by: admin,
				created_at: t,
				expires_at: later,
				used_at: t
			},
			{
				token_hash: uniqueId('h'),
				email: 'new@example.org',
				role: 'specialist',
				invited_by: sol,
				created_at: t,
				expires_at: later,
				used_at: null
			}
		])
		.execute();
	for (const [member, hash] of [
		[ana, uniqueId('s')],
		[sol, uniqueId('s')]
	] as const) {
		await db
			.insertInto('sessions')
			.values({
				id_hash: hash,
				member_id: member,
				created_at: t,
				last_seen_at: t,
				expires_at: later,
				device: 'Firefox'
			})
			.execute();
		await db
			.insertInto('email_tokens')
			.values({
				token_hash: uniqueId('e'),
				member_id: member,
				purpose: 'reset-password',
				email: email(member),
				created_at: t,
				expires_at: later
			})
			.execute();
		await db
			.insertInto('passkeys')
			.values({
				id: uniqueId('pk'),
				member_id: member,
				credential_id: uniqueId('c'),
				public_key: 'k',
				counter: 0,
				transports: '[]',
				device: 'Phone',
				created_at: t,
				last_used_at: null
			})
			.execute();
		await db
			.insertInto('webauthn_challenges')
			.values({ id: uniqueId('w'), member_id: member, purpose: 'register', challenge: 'x', expires_at: later })
			.execute();
	}
	const enc = 'v2.k.aaaa.bbbb';
	await db
		.insertInto('reach_outs')
		.values({
			id: uniqueId('r'),
			member_id: ana,
			occurred_at: t,
			channel: 'call',
			said_enc: enc,
			did_enc: enc,
			decision: null,
			note_enc: enc,
			created_at: t,
			updated_at: t
		})
		.execute();
	await db
		.insertInto('plan_versions')
		.values({ id: uniqueId('p'), member_id: ana, version: 1, lists_enc: enc, created_at: t })
		.execute();
	await db
		.insertInto('contacts')
		.values({ id: uniqueId('c'), member_id: ana, source_id: null, name_enc: enc, phone_enc: enc, created_at: t })
		.execute();
	await db
		.insertInto('check_ins')
		.values({ id: uniqueId('ci'), member_id: ana, week: '2026-11-30', answers_enc: enc, created_at: t, updated_at: t })
		.execute();
	await db
		.insertInto('guidance_requests')
		.values({
			id: uniqueId('q'),
			member_id: ana,
			relationship: 'parent',
			story_enc: enc,
			urgency: 'thisWeek',
			language: 'es',
			times_enc: enc,
			crisis: 0,
			state: 'assigned',
			specialist_id: sol,
			created_at: t,
			updated_at: t
		})
		.execute();
	await db
		.insertInto('consents')
		.values({ id: uniqueId('co'), member_id: ana, specialist_id: sol, item: 'plan', granted_at: t, revoked_at: null })
		.execute();
	await db
		.insertInto('audit_log')
		.values({ id: uniqueId('a'), member_id: ana, actor_id: sol, actor_role: 'specialist', what: 'plan', at: t })
		.execute();
	await db
		.insertInto('specialist_notes')
		.values({ id: uniqueId('n'), specialist_id: sol, member_id: ana, body_enc: enc, created_at: t, updated_at: t })
		.execute();
	const booking = uniqueId('b');
	await db
		.insertInto('bookings')
		.values({
			id: booking,
			specialist_id: sol,
			member_id: ana,
			starts_at: later,
			ends_at: later,
			state: 'booked',
			created_at: t,
			cancelled_at: null,
			moved_from: null,
			series_id: booking,
			sequence: 0
		})
		.execute();

	const messages = messagesRepository(db, keyring);
	const thread = await messages.openThread({
		id: uniqueId('th'),
		memberId: ana,
		specialistId: sol,
		createdAt: t,
		archivedAt: null
	});
	await messages.insert({
		id: uniqueId('m'),
		threadId: thread.id,
		senderId: ana,
		body: '¿Qué hago si vuelve a pedir dinero?',
		crisis: false,
		crisisLevel: null,
		createdAt: t
	});
	await messages.insert({
		id: uniqueId('m'),
		threadId: thread.id,
		senderId: sol,
		body: 'Podemos verlo juntas el martes.',
		crisis: false,
		crisisLevel: null,
		createdAt: later
	});
	await messages.markRead(thread.id, ana, later);
	await messages.markRead(thread.id, sol, later);

	// Jobs name people in their payload, their dedupe key and an SMTP reply quoting the address.
	const job = (payload: object, dedupe: string | null, lastError: string | null = null) => ({
		id: uniqueId('j'),
		kind: 'mail',
		run_at: t,
		payload: JSON.stringify(payload),
		locked_until: null,
		done_at: lastError ? t : null,
		last_error: lastError,
		dedupe_key: dedupe,
		created_at: t
	});
	await db
		.insertInto('jobs')
		.values([
			job({ threadId: thread.id, recipientId: sol }, `message.waiting:${thread.id}:${sol}:never`),
			job({ threadId: thread.id, recipientId: ana }, `message.waiting:${thread.id}:${ana}:never`),
			job({ kind: 'booked', to: 'member', bookingId: booking }, `session.notice:${booking}:booked:member`),
			job({ bookingId: booking }, null),
			job({ to: email(ana) }, null, `550 5.1.1 <${email(ana)}>: Recipient address rejected`),
			job({ to: email(sol) }, null, `550 5.1.1 <${email(sol)}>: mailbox full`)
		])
		.execute();
	return { ana, sol, admin, email, thread };
}

for (const dialect of DIALECTS) {
	describe(`deleting an account on ${dialect}`, () => {
		let database: TestDatabase;
		afterEach(async () => database.dispose());

		it('leaves no row naming the member, in any table', async () => {
			database = await testDatabase(dialect);
			const { ana, sol, email } = await populate(database);
			// The search finds them before: it would find anything left after.
			expect(await rowsNaming(database, [ana, email(ana)])).toEqual(
				expect.arrayContaining(['jobs.last_error', 'jobs.payload', 'members.email', 'reach_outs.member_id'])
			);
			await eraseMember(database.db, ana, now);
			expect(await rowsNaming(database, [ana, email(ana)])).toEqual([]);
			// Sol's own rows are not touched, beyond those about Ana.
			expect(await rowsNaming(database, [sol])).toEqual(
				expect.arrayContaining(['members.id', 'staff.member_id', 'specialist_profiles.member_id', 'jobs.payload'])
			);
		});

		it('leaves no row naming a departing specialist, and their client keeps the thread, archived', async () => {
			database = await testDatabase(dialect);
			const { ana, sol, email, thread } = await populate(database);
			await eraseMember(database.db, sol, now);
			expect(await rowsNaming(database, [sol, email(sol)])).toEqual([]);

			const messages = messagesRepository(database.db, keyring);
			expect(await messages.thread(thread.id)).toEqual({ ...thread, specialistId: null, archivedAt: t });
			expect((await messages.list(thread.id)).map((m) => [m.senderId, m.body])).toEqual([
				[ana, '¿Qué hago si vuelve a pedir dinero?'],
				['', 'Podemos verlo juntas el martes.']
			]);
			// Ana's request goes back to waiting; what she shared ends; her record that it was opened stays.
			const request = await database.db.selectFrom('guidance_requests').selectAll().executeTakeFirstOrThrow();
			expect([request.state, request.specialist_id]).toEqual(['waiting', null]);
			expect(await database.db.selectFrom('consents').selectAll().execute()).toEqual([]);
			expect(await database.db.selectFrom('audit_log').select(['member_id', 'actor_id']).execute()).toEqual([
				{ member_id: ana, actor_id: '' }
			]);
			expect(await database.db.selectFrom('specialist_notes').selectAll().execute()).toEqual([]);
		});
	});
}
