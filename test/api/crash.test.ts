import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../databases.ts';
import { signedInMember } from './members.ts';
import { newReachOut } from './member-data.ts';
import { startServer, type TestServer } from './server.ts';

// Kill -9 while a client writes: every reach-out the server acknowledged (201) is there after a restart, intact.
// (SQLite runs in WAL mode with synchronous = FULL: src/lib/server/db/node-sqlite.ts.)

const writers = 4;
const writeForMs = 1000;

for (const dialect of DIALECTS) {
	describe(`a crash on ${dialect}`, () => {
		let server: TestServer | undefined;
		afterAll(async () => server?.dispose());

		it('loses no acknowledged write', async () => {
			server = await startServer({ dialect });
			const owner = await signedInMember(server, 'crash');
			const acknowledged = new Map<string, Record<string, unknown>>();
			let failed = 0;
			let stop = false;

			const writer = async (n: number) => {
				for (let i = 0; !stop; i++) {
					const body = { ...newReachOut(), said: `writer ${n}, write ${i}: ¿seguro? 💡`, note: `n${n}-${i}` };
					try {
						const answer = await owner.request('POST', '/api/v1/reach-outs', { body });
						if (answer.status === 201) {
							const entry = answer.json as Record<string, unknown>;
							acknowledged.set(String(entry.id), entry);
						} else if (!stop) throw new Error(`a write was refused: ${answer.status} ${answer.text}`);
					} catch (error) {
						if (!stop && !(error instanceof TypeError)) throw error;
						failed++; // the connection was cut: never acknowledged, so it may or may not be there
						return;
					}
				}
			};
			const writing = Promise.all(Array.from({ length: writers }, (_, n) => writer(n)));
			await new Promise((resolve) => setTimeout(resolve, writeForMs));
			await server.kill('SIGKILL');
			stop = true;
			await writing;
			expect(acknowledged.size, 'writes acknowledged before the crash').toBeGreaterThan(writers);
			console.info(`${dialect}: ${acknowledged.size} writes acknowledged, ${failed} cut by the crash`);
			if (dialect === 'sqlite') {
				// Bytes 18 and 19 of the header are 2 in WAL mode (1 in the rollback-journal mode).
				const header = readFileSync(join(server.dataDir, 'porchlight.sqlite')).subarray(18, 20);
				expect([...header], 'the SQLite file is in WAL mode').toEqual([2, 2]);
			}

			await server.restart();
			const list = (await owner.get('/api/v1/reach-outs')).json as { reachOuts: Array<Record<string, unknown>> };
			const found = new Map(list.reachOuts.map((entry) => [String(entry.id), entry]));
			const lost = [...acknowledged.keys()].filter((id) => !found.has(id));
			expect(lost, `acknowledged writes missing after the crash (of ${acknowledged.size}; ${failed} cut)`).toEqual([]);
			for (const [id, entry] of acknowledged) expect(found.get(id), id).toEqual(entry);
			// At most the writes in flight when the process died may also be there, never more.
			expect(found.size).toBeLessThanOrEqual(acknowledged.size + writers);
		});
	});
}
