import { createCipheriv, randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { DIALECTS, insertMember, testDatabase, type TestDatabase } from '../../../../test/databases.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { messagesRepository } from '../db/repositories/messages.ts';
import { reachOutsRepository } from '../db/repositories/reach-outs.ts';
import { DecryptionError, keyIdOf, type Keyring } from './field-cipher.ts';
import { keyringFromFile } from './keyring.ts';
import { bindOwners } from './owner-binding.ts';

const now = new Date('2026-11-30T08:00:00Z');
const t = now.toISOString();

/** A value as the v1 format wrote it (table, column and row, no owner). */
function legacyValue(keyring: Keyring, text: string, place: string): string {
	const iv = randomBytes(12);
	const cipher = createCipheriv('aes-256-gcm', keyring.current.key, iv);
	cipher.setAAD(Buffer.from(place, 'utf8'));
	const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final(), cipher.getAuthTag()]);
	return `v1.${keyring.current.id}.${iv.toString('base64url')}.${body.toString('base64url')}`;
}

for (const dialect of DIALECTS) {
	describe(`binding encrypted values to their owner on ${dialect}`, () => {
		let database: TestDatabase;
		afterEach(async () => database.dispose());

		it('rewrites what was stored before migration 018 once, keeps every thread and message, and reads on', async () => {
			database = await testDatabase(dialect, { upTo: '014-organisation-crisis' });
			const { db } = database;
			const keyring = keyringFromFile(mkdtempSync(join(tmpdir(), 'keys-')));
			await insertMember(database, 'ana');
			await insertMember(database, 'sofia');
			const reachOut = (id: string) => ({
				id,
				member_id: 'ana',
				occurred_at: t,
				channel: 'call',
				said_enc: legacyValue(keyring, `said ${id}`, `reach_outs.said:${id}`),
				did_enc: legacyValue(keyring, `did ${id}`, `reach_outs.did:${id}`),
				decision: null,
				note_enc: legacyValue(keyring, '', `reach_outs.note:${id}`),
				created_at: t,
				updated_at: t
			});
			await db
				.insertInto('reach_outs')
				.values([reachOut('r1'), reachOut('r2')])
				.execute();
			await sql`insert into message_threads (id, member_id, specialist_id, created_at) values ('th1', 'ana', 'sofia', ${t})`.execute(
				db
			);
			const body = legacyValue(keyring, 'Llamó anoche', 'messages.body:m1');
			await sql`insert into messages (id, thread_id, sender_id, body_enc, crisis, created_at)
				values ('m1', 'th1', 'sofia', ${body}, ${dialect === 'sqlite' ? 0 : false}, ${t})`.execute(db);

			await migrateToLatest(db);
			// The rebuilt thread table (SQLite) kept the thread and, through it, its message.
			const messages = messagesRepository(db, keyring);
			expect(await messages.thread('th1')).toEqual({
				id: 'th1',
				memberId: 'ana',
				specialistId: 'sofia',
				createdAt: t,
				archivedAt: null
			});
			expect((await messages.list('th1')).map((m) => m.body)).toEqual(['Llamó anoche']);

			expect(await bindOwners(db, keyring, now)).toBe(3);
			expect(await bindOwners(db, keyring, now), 'the step runs once').toBeNull();
			const stored = await db.selectFrom('reach_outs').select(['said_enc', 'did_enc', 'note_enc']).execute();
			for (const row of stored) for (const value of Object.values(row)) expect(value.startsWith('v2.')).toBe(true);
			expect(keyIdOf(stored[0]!.said_enc)).toBe(keyring.current.id);
			expect((await reachOutsRepository(db, keyring).list('ana')).map((r) => r.said).sort()).toEqual([
				'said r1',
				'said r2'
			]);
			expect((await messages.list('th1')).map((m) => m.body)).toEqual(['Llamó anoche']);
		});

		it('refuses a row moved to another member', async () => {
			database = await testDatabase(dialect);
			const { db } = database;
			const keyring = keyringFromFile(mkdtempSync(join(tmpdir(), 'keys-')));
			await insertMember(database, 'ana');
			await insertMember(database, 'eve');
			const reachOuts = reachOutsRepository(db, keyring);
			await reachOuts.insert('ana', {
				id: 'r1',
				occurredAt: t,
				channel: 'call',
				said: 'Prometo que esta vez es distinto',
				did: 'Le dije que lo pensaría',
				decision: null,
				note: '',
				createdAt: t,
				updatedAt: t
			});
			expect((await reachOuts.list('ana')).map((r) => r.said)).toEqual(['Prometo que esta vez es distinto']);
			await db.updateTable('reach_outs').set({ member_id: 'eve' }).where('id', '=', 'r1').execute();
			await expect(reachOuts.list('eve')).rejects.toThrow(DecryptionError);
		});
	});
}
