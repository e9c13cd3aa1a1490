import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { addReachOut, changeReachOut, getReachOut, removeReachOut } from '#lib/core/timeline/reach-outs.ts';
import { DomainError } from '#lib/core/shared/errors.ts';
import { DIALECTS, insertMember, testDatabase, type TestDatabase } from '../../../../../test/databases.ts';
import { newKey } from '../../crypto/keyring.ts';
import { reachOutsRepository } from './reach-outs.ts';

const key = newKey();
const keyring = { current: key, byId: new Map([[key.id, key.key]]) };
const now = new Date('2026-11-30T08:00:00Z');
const said = 'Says he went to a meeting 🙏 — “lo prometo”';

const codeOf = (work: Promise<unknown>) =>
	work.then(
		() => 'ok',
		(e: unknown) => (e instanceof DomainError ? e.code : 'thrown')
	);

for (const dialect of DIALECTS) {
	describe(`reach-outs on ${dialect}`, () => {
		let database: TestDatabase;
		afterEach(async () => database.dispose());

		it('are added, read, changed in part and removed, and the text comes back byte for byte', async () => {
			database = await testDatabase(dialect);
			const store = reachOutsRepository(database.db, keyring);
			const ana = await insertMember(database, 'ana');
			const added = await addReachOut(
				store,
				ana,
				{ occurredAt: '2026-11-29T21:15:00-05:00', channel: 'text', said },
				'r1',
				now
			);
			expect(added.occurredAt).toBe('2026-11-30T02:15:00.000Z');
			expect(await getReachOut(store, ana, 'r1')).toEqual(added);

			const changed = await changeReachOut(
				store,
				ana,
				'r1',
				{ did: 'Nothing yet', decision: 'notYet' },
				new Date(now.getTime() + 1000)
			);
			expect(changed).toMatchObject({ said, did: 'Nothing yet', decision: 'notYet', channel: 'text' });
			expect((await store.list(ana)).map((r) => r.id)).toEqual(['r1']);
			await removeReachOut(store, ana, 'r1');
			expect(await store.list(ana)).toEqual([]);
		});

		it('of one member are not found by another, who can neither change nor remove them', async () => {
			database = await testDatabase(dialect);
			const store = reachOutsRepository(database.db, keyring);
			const ana = await insertMember(database, 'ana');
			const luis = await insertMember(database, 'luis');
			await addReachOut(store, ana, { occurredAt: now.toISOString(), channel: 'call', said }, 'r1', now);
			expect(await codeOf(getReachOut(store, luis, 'r1'))).toBe('not_found');
			expect(await codeOf(changeReachOut(store, luis, 'r1', { said: 'x' }, now))).toBe('not_found');
			expect(await codeOf(removeReachOut(store, luis, 'r1'))).toBe('not_found');
			expect(await store.list(luis)).toEqual([]);
			expect((await getReachOut(store, ana, 'r1')).said).toBe(said);
		});

		it('keep what was said, done and noted encrypted: the database holds none of the words', async () => {
			database = await testDatabase(dialect);
			const store = reachOutsRepository(database.db, keyring);
			const ana = await insertMember(database, 'ana');
			await addReachOut(
				store,
				ana,
				{ occurredAt: now.toISOString(), channel: 'call', said, did: 'Went to the clinic', note: 'I felt calm' },
				'r1',
				now
			);
			const row = JSON.stringify((await sql`select * from reach_outs`.execute(database.db)).rows);
			for (const words of ['meeting', 'clinic', 'calm', 'prometo']) expect(row).not.toContain(words);
		});

		it('refuse bad input with what to fix in each field, and store nothing', async () => {
			database = await testDatabase(dialect);
			const store = reachOutsRepository(database.db, keyring);
			const ana = await insertMember(database, 'ana');
			const error = await addReachOut(
				store,
				ana,
				{ occurredAt: 'yesterday', channel: 'pigeon', said: 'x'.repeat(5001), extra: 1 },
				'r1',
				now
			).catch((e: DomainError) => e);
			expect((error as DomainError).fields.map((f) => `${f.field}:${f.problem}`).sort()).toEqual([
				'channel:channelInvalid',
				'extra:fieldUnknown',
				'occurredAt:dateInvalid',
				'said:textTooLong'
			]);
			expect(await store.list(ana)).toEqual([]);
		});
	});
}
