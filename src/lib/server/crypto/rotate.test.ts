import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { addReachOut } from '#lib/core/timeline/reach-outs.ts';
import { DIALECTS, insertMember, testDatabase, type TestDatabase } from '../../../../test/databases.ts';
import { reachOutsRepository } from '../db/repositories/reach-outs.ts';
import { keyIdOf } from './field-cipher.ts';
import { addKeyToFile, keyringFromFile } from './keyring.ts';
import { encryptedColumns, reencryptAll } from './rotate.ts';

const now = new Date('2026-11-30T08:00:00Z');

for (const dialect of DIALECTS) {
	describe(`rotating the key on ${dialect}`, () => {
		let database: TestDatabase;
		afterEach(async () => database.dispose());

		it('re-encrypts every value under the new key, and a server that started before still reads them all', async () => {
			database = await testDatabase(dialect);
			const dataDir = mkdtempSync(join(tmpdir(), 'keys-'));
			const running = keyringFromFile(dataDir);
			const t = now.toISOString();
			await insertMember(database, 'ana');
			const before = reachOutsRepository(database.db, running);
			for (let i = 0; i < 3; i++)
				await addReachOut(
					before,
					'ana',
					{ occurredAt: t, channel: 'call', said: `said ${i}`, did: `did ${i}` },
					`r${i}`,
					now
				);

			const key = addKeyToFile(dataDir);
			expect(await reencryptAll(database.db, keyringFromFile(dataDir))).toBe(3);
			const rows = (await sql<Record<string, string>>`select * from reach_outs`.execute(database.db)).rows;
			for (const row of rows)
				for (const column of encryptedColumns.reach_outs) expect(keyIdOf(row[`${column}_enc`]!)).toBe(key.id);

			// The server that loaded the old keyring meets the new key id, reloads the file, and reads on.
			expect((await before.list('ana')).map((r) => r.said).sort()).toEqual(['said 0', 'said 1', 'said 2']);
			expect(running.current.id).toBe(key.id);
			expect(await reencryptAll(database.db, keyringFromFile(dataDir))).toBe(0);
		});

		it('covers every encrypted column the migrations create', async () => {
			database = await testDatabase(dialect);
			const tables = await database.db.introspection.getTables();
			const found = tables.flatMap((table) =>
				table.columns.filter((c) => c.name.endsWith('_enc')).map((c) => `${table.name}.${c.name.slice(0, -4)}`)
			);
			const listed = Object.entries(encryptedColumns).flatMap(([table, columns]) =>
				columns.map((c) => `${table}.${c}`)
			);
			expect(found.sort()).toEqual(listed.sort());
		});
	});
}
