import { afterEach, describe, expect, it } from 'vitest';
import type { Passwords } from '#lib/core/accounts/ports.ts';
import { requestPasswordReset } from '#lib/core/accounts/reset-password.ts';
import { signIn } from '#lib/core/accounts/sign-in.ts';
import { signUp } from '#lib/core/accounts/sign-up.ts';
import { DIALECTS, testDatabase, type TestDatabase } from '../../../test/databases.ts';
import { accountDeps, queuedResets } from './accounts.ts';
import { databaseLimiter } from './auth/limiter.ts';
import { mailQueue, queuedMailer } from './jobs/mail.ts';
import { jobQueue } from './jobs/queue.ts';

// Not a timing test: what each path DOES, for an address with an account and for one without. The same calls to
// the password hasher and verifier, the same jobs queued, and no e-mail sent while the request is answered
// (every e-mail is a job; the transport is not even given to these paths).

const now = new Date('2026-11-30T08:00:00Z');
const password = 'tomatoes on the porch at noon';

for (const dialect of DIALECTS) {
	describe(`accounts on ${dialect}, for an address with an account and one without`, { timeout: 30_000 }, () => {
		let database: TestDatabase;
		afterEach(async () => database.dispose());

		async function setUp() {
			database = await testDatabase(dialect);
			const calls = { hash: 0, verify: 0 };
			const passwords: Passwords = {
				problemWith: () => null,
				hash: async (plain) => (calls.hash++, `hashed:${plain}`),
				verify: async (hash, plain) => (calls.verify++, hash === `hashed:${plain}`),
				decoyHash: 'hashed:no one'
			};
			const jobs = jobQueue(database.db, dialect);
			const deps = accountDeps(
				database.db,
				queuedMailer(mailQueue(jobs), () => now),
				passwords,
				'https://p.example'
			);
			const resetDeps = {
				limiter: databaseLimiter(database.db),
				resets: queuedResets(jobs, { origin: 'https://p.example', clock: () => now })
			};
			await signUp(deps, { email: 'ana@example.org', password }, now, '10.0.0.1');
			await database.db.deleteFrom('jobs').execute();
			calls.hash = calls.verify = 0;

			/** What one call did: hasher and verifier calls, and the jobs it queued by kind. */
			async function effects(work: () => Promise<unknown>) {
				calls.hash = calls.verify = 0;
				await work().catch(() => undefined);
				const queued = await database.db.selectFrom('jobs').select('kind').orderBy('kind').execute();
				await database.db.deleteFrom('jobs').execute();
				return { ...calls, queued: queued.map((row) => row.kind) };
			}
			return { deps, resetDeps, effects };
		}

		it('sign-up hashes once and queues one e-mail either way', async () => {
			const { deps, effects } = await setUp();
			const taken = await effects(() => signUp(deps, { email: 'ana@example.org', password }, now, '10.0.0.2'));
			const free = await effects(() => signUp(deps, { email: 'eve@example.org', password }, now, '10.0.0.3'));
			expect(taken).toEqual({ hash: 1, verify: 0, queued: ['mail'] });
			expect(free).toEqual(taken);
		});

		it('sign-in verifies once, against a decoy hash when there is no account, and queues nothing', async () => {
			const { deps, effects } = await setUp();
			const wrong = { password: 'not the right password' };
			const known = await effects(() => signIn(deps, { email: 'ana@example.org', ...wrong }, now, '10.0.0.2'));
			const unknown = await effects(() => signIn(deps, { email: 'eve@example.org', ...wrong }, now, '10.0.0.3'));
			expect(known).toEqual({ hash: 0, verify: 1, queued: [] });
			expect(unknown).toEqual(known);
		});

		it('a reset request queues one job and nothing else either way; the job decides whether to e-mail', async () => {
			const { resetDeps, effects } = await setUp();
			const known = await effects(() => requestPasswordReset(resetDeps, { email: 'ana@example.org' }, now, 'a'));
			const unknown = await effects(() => requestPasswordReset(resetDeps, { email: 'eve@example.org' }, now, 'b'));
			expect(known).toEqual({ hash: 0, verify: 0, queued: ['account.reset'] });
			expect(unknown).toEqual(known);
		});
	});
}
