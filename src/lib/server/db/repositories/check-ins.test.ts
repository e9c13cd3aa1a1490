import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { getCheckIn, removeCheckIn, saveCheckIn } from '#lib/core/timeline/check-ins.ts';
import { DomainError } from '#lib/core/shared/errors.ts';
import { DIALECTS, insertMember, testDatabase, type TestDatabase } from '../../../../../test/databases.ts';
import { newKey } from '../../crypto/keyring.ts';
import { reencryptAll } from '../../crypto/rotate.ts';
import { checkInsRepository } from './check-ins.ts';

const key = newKey();
const keyring = { current: key, byId: new Map([[key.id, key.key]]) };
const now = new Date('2026-12-02T08:00:00Z');
const week = '2026-11-30';
const answers = [
	{ sign: 'Goes to meetings — “lo prometió” 🙏', status: 'seen' as const, note: 'Twice, he said.\nI saw the slip.' },
	{ sign: 'Calls when they said they would', status: 'notSure' as const, note: '' }
];

const failure = (work: Promise<unknown>) =>
	work.then(
		() => undefined,
		(e: unknown) => (e instanceof DomainError ? { code: e.code, fields: e.fields } : { code: 'thrown', fields: [] })
	);

for (const dialect of DIALECTS) {
	describe(`check-ins on ${dialect}`, () => {
		let database: TestDatabase;
		afterEach(async () => database.dispose());

		it('come back byte for byte, encrypted at rest, and can be removed', async () => {
			database = await testDatabase(dialect);
			const store = checkInsRepository(database.db, keyring);
			const ana = await insertMember(database, 'ana');
			const saved = await saveCheckIn(store, ana, { week, answers }, 'c1', now);
			expect(saved).toEqual({ week, answers, createdAt: now.toISOString(), updatedAt: now.toISOString() });
			expect(await getCheckIn(store, ana, week)).toEqual(saved);
			const row = JSON.stringify((await sql`select * from check_ins`.execute(database.db)).rows);
			for (const words of ['meetings', 'prometió', 'slip', 'Calls']) expect(row).not.toContain(words);

			await removeCheckIn(store, ana, week);
			expect(await store.list(ana)).toEqual([]);
			expect(await failure(removeCheckIn(store, ana, week))).toMatchObject({ code: 'not_found' });
		});

		it('saved again for the same week replace that week’s answers, and stay readable after a key rotation', async () => {
			database = await testDatabase(dialect);
			const store = checkInsRepository(database.db, keyring);
			const ana = await insertMember(database, 'ana');
			await saveCheckIn(store, ana, { week, answers }, 'c1', now);
			await saveCheckIn(store, ana, { week: '2026-11-23', answers }, 'c2', now);
			const later = new Date(now.getTime() + 60_000);
			const replaced = await saveCheckIn(store, ana, { week, answers: [answers[1]] }, 'c3', later);
			expect(replaced).toMatchObject({ answers: [answers[1]], createdAt: now.toISOString() });
			expect(replaced.updatedAt).toBe(later.toISOString());
			expect((await store.list(ana)).map((c) => c.week)).toEqual([week, '2026-11-23']);
			const count = await database.db
				.selectFrom('check_ins')
				.select((eb) => eb.fn.countAll().as('n'))
				.executeTakeFirst();
			expect(Number(count?.n)).toBe(2);

			const next = newKey();
			const rotated = { current: next, byId: new Map([...keyring.byId, [next.id, next.key]]) };
			expect(await reencryptAll(database.db, rotated)).toBe(2);
			expect((await getCheckIn(checkInsRepository(database.db, rotated), ana, week)).answers).toEqual([answers[1]]);
		});

		it('of one member are never seen, replaced or removed by another', async () => {
			database = await testDatabase(dialect);
			const store = checkInsRepository(database.db, keyring);
			const ana = await insertMember(database, 'ana');
			const luis = await insertMember(database, 'luis');
			await saveCheckIn(store, ana, { week, answers }, 'c1', now);
			expect(await store.list(luis)).toEqual([]);
			expect(await failure(getCheckIn(store, luis, week))).toMatchObject({ code: 'not_found' });
			expect(await failure(removeCheckIn(store, luis, week))).toMatchObject({ code: 'not_found' });
			await saveCheckIn(store, luis, { week, answers: [] }, 'c2', now);
			expect((await getCheckIn(store, ana, week)).answers).toEqual(answers);
			expect((await getCheckIn(store, luis, week)).answers).toEqual([]);
		});

		it('refuse bad input with what to fix in each field, and store nothing', async () => {
			database = await testDatabase(dialect);
			const store = checkInsRepository(database.db, keyring);
			const ana = await insertMember(database, 'ana');
			const result = await failure(
				saveCheckIn(
					store,
					ana,
					{
						week: '2026-12-01',
						answers: [
							{ sign: '  ', status: 'seen' },
							{ sign: 'x'.repeat(501), status: 'maybe', note: 'y'.repeat(2001) },
							{ sign: 'ok', status: 'seen', extra: true }
						],
						extra: 1
					},
					'c1',
					now
				)
			);
			expect(result?.code).toBe('invalid');
			expect(result?.fields.map((f) => `${f.field}:${f.problem}`).sort()).toEqual([
				'answers.0.sign:itemEmpty',
				'answers.1.note:noteTooLong',
				'answers.1.sign:itemTooLong',
				'answers.1.status:statusInvalid',
				'answers.2.extra:fieldUnknown',
				'extra:fieldUnknown',
				'week:weekInvalid'
			]);
			expect(await failure(saveCheckIn(store, ana, { week: '2026-12-07', answers }, 'c1', now))).toEqual({
				code: 'invalid',
				fields: [{ field: 'week', problem: 'weekInFuture' }]
			});
			expect(await failure(saveCheckIn(store, ana, { week, answers: 'seen' }, 'c1', now))).toMatchObject({
				fields: [{ field: 'answers', problem: 'answersInvalid' }]
			});
			expect(await store.list(ana)).toEqual([]);
			expect(await failure(getCheckIn(store, ana, 'not-a-week'))).toMatchObject({ code: 'not_found' });
		});
	});
}
