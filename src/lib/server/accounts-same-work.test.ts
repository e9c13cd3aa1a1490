import { afterEach, describe, expect, it } from 'vitest';
import type { Passwords } from '#lib/core/accounts/ports.ts';
import { requestPasswordReset } from '#lib/core/accounts/reset-password.ts';
import { signIn } from '#lib/core/accounts/sign-in.ts';
import { confirmEmail, signUp } from '#lib/core/accounts/sign-up.ts';
import { DIALECTS, testDatabase, type TestDatabase } from '../../../test/databases.ts';
import { accountDeps, queuedResets, queuedSignUps, SIGN_UP_JOB, signUpHandler } from './accounts.ts';
import { databaseLimiter } from './auth/limiter.ts';
import { mailQueue, queuedMailer } from './jobs/mail.ts';
import { jobQueue } from './db/repositories/jobs.ts';

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
			const mail = mailQueue(jobs);
			const deps = accountDeps(
				database.db,
				queuedMailer(mail, () => now),
				passwords,
				'https://p.example'
			);
			const limiter = databaseLimiter(database.db);
			const signUpDeps = { passwords, limiter, signUps: queuedSignUps(jobs, { origin: 'https://p.example' }) };
			const resetDeps = { limiter, resets: queuedResets(jobs, { origin: 'https://p.example' }) };
			await signUp(signUpDeps, { email: 'ana@example.org', password }, now, '10.0.0.1');
			await jobs.runDueJobs(now, { [SIGN_UP_JOB]: signUpHandler({ db: database.db, mail, passwords }) });
			expect(await database.db.selectFrom('members').select('email').execute()).toEqual([{ email: 'ana@example.org' }]);
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
			return { deps, signUpDeps, resetDeps, effects, jobs, mail, passwords };
		}

		it('a sign-up hashes once and queues one job and nothing else either way; the job decides what to e-mail', async () => {
			const { signUpDeps, effects } = await setUp();
			const input = (email: string) => ({ email, password });
			const taken = await effects(() => signUp(signUpDeps, input('ana@example.org'), now, '10.0.0.2'));
			const free = await effects(() => signUp(signUpDeps, input('eve@example.org'), now, '10.0.0.3'));
			expect(taken).toEqual({ hash: 1, verify: 0, queued: ['account.signup'] });
			expect(free).toEqual(taken);
		});

		it('a sign-up job run again, before or after its e-mail was queued, makes one account and one working link', async () => {
			const { deps, signUpDeps, jobs, mail, passwords } = await setUp();
			let fail = true;
			const flaky = {
				...mail,
				queue: async (...args: Parameters<typeof mail.queue>) => {
					if (fail) throw new Error(((fail = false), 'connection reset'));
					await mail.queue(...args);
				}
			};
			const handler = signUpHandler({ db: database.db, mail: flaky, passwords });
			let last: Parameters<typeof handler> | undefined;
			const handlers = { [SIGN_UP_JOB]: async (...args: Parameters<typeof handler>) => handler(...(last = args)) };
			await signUp(signUpDeps, { email: 'eve@example.org', password }, now, '10.0.0.2');
			// The first try creates the account, then fails to queue the e-mail; the retry queues it.
			expect(await jobs.runDueJobs(now, handlers)).toMatchObject({ retrying: 1 });
			expect(await jobs.runDueJobs(new Date(now.getTime() + 3_600_000), handlers)).toMatchObject({ succeeded: 1 });
			// And once more after that (a worker that died before recording its success): nothing new.
			await handler(...last!);
			const members = await database.db.selectFrom('members').select('email').where('email', '=', 'eve@example.org');
			expect(await members.execute()).toHaveLength(1);
			const mails = await database.db.selectFrom('jobs').select('payload').where('kind', '=', 'mail').execute();
			expect(mails).toHaveLength(1);
			const token = /token=([\w-]+)/.exec(mails[0]!.payload)![1]!;
			expect(await confirmEmail(deps, token, now)).toBe(true);
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
