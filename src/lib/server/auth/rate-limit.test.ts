import { afterEach, describe, expect, it } from 'vitest';
import { DIALECTS, testDatabase, type TestDatabase } from '../../../../test/databases.ts';
import { consume, reset, type Limit } from './rate-limit.ts';

const limit: Limit = { name: 'test', max: 3, windowMs: 60_000 };
const start = new Date('2026-11-30T08:00:00Z');
const at = (ms: number) => new Date(start.getTime() + ms);

for (const dialect of DIALECTS) {
	describe(`rate limits on ${dialect}`, () => {
		let database: TestDatabase;
		afterEach(async () => database.dispose());

		it('allow up to the limit in a window, refuse after it with the seconds to wait, and open again in the next window', async () => {
			database = await testDatabase(dialect);
			const verdicts = [];
			for (let i = 0; i < 4; i++) verdicts.push(await consume(database.db, limit, 'a@example.org', at(i * 1000)));
			expect(verdicts.map((v) => v.allowed)).toEqual([true, true, true, false]);
			expect(verdicts[3]?.retryAfterSeconds).toBe(57);
			expect((await consume(database.db, limit, 'b@example.org', at(4000))).allowed).toBe(true);
			expect((await consume(database.db, limit, 'a@example.org', at(60_000))).allowed).toBe(true);
		});

		it('count every one of many simultaneous attempts', async () => {
			database = await testDatabase(dialect);
			const verdicts = await Promise.all(Array.from({ length: 20 }, () => consume(database.db, limit, 'x', at(0))));
			expect(verdicts.filter((v) => v.allowed)).toHaveLength(3);
		});

		it('start again after a reset', async () => {
			database = await testDatabase(dialect);
			for (let i = 0; i < 4; i++) await consume(database.db, limit, 'x', at(0));
			await reset(database.db, limit, 'x');
			expect((await consume(database.db, limit, 'x', at(1))).allowed).toBe(true);
		});
	});
}
