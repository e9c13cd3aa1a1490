import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../databases.ts';
import { database, memberIdOf } from './cast.ts';
import { client, outbox, password, proveAgain, signedInMember, type Answer, type Client } from './members.ts';
import { insertPasskey } from './member-data.ts';
import { startServer, type TestServer } from './server.ts';

// Credentials change only after proof (issue 11): each grave change is refused without a recent proof (the
// password or a passkey in the last five minutes) with a problem that says so, goes through with one, and
// e-mails a plain notice. And the security event log: sign-ins, failures, resets and changes are written with
// nothing personal, and the member sees them on their history page.

const firefox = 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0';

/** Makes the member's last proof six minutes old, as if they had signed in a while ago. */
async function staleProof(server: TestServer, member: Client): Promise<void> {
	const id = await memberIdOf(server, member);
	const old = new Date(Date.now() - 6 * 60_000).toISOString();
	await database(server, (db) =>
		db.updateTable('sessions').set({ proved_at: old }).where('member_id', '=', id).execute()
	);
}

function expectNeedsProof(answer: Answer): void {
	expect(answer.status, answer.text).toBe(403);
	expect(answer.headers.get('content-type')).toBe('application/problem+json');
	expect(answer.json).toMatchObject({ code: 'reauthentication_required', title: 'Confirm it’s you' });
}

/** The notice that reached `to` with these words, waiting a little: mail may go through a queue. */
async function notice(server: TestServer, to: string, words: string): Promise<string> {
	const deadline = Date.now() + 10_000;
	while (Date.now() < deadline) {
		const found = outbox(server.dataDir).find((m) => m.to === to && m.text.includes(words));
		if (found) return found.text;
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	throw new Error(`no notice with "${words}" reached ${to}`);
}

async function linkTo(server: TestServer, to: string, words: string): Promise<string> {
	const text = await notice(server, to, words);
	return new URL(text.match(/https?:\/\/\S+/)![0]).searchParams.get('token')!;
}

const eventsOf = async (server: TestServer, member: Client | string) => {
	const id = typeof member === 'string' ? member : await memberIdOf(server, member);
	return database(server, (db) =>
		db.selectFrom('security_events').selectAll().where('member_id', '=', id).orderBy('occurred_at').execute()
	);
};

for (const dialect of DIALECTS) {
	describe(`credential changes on ${dialect}`, () => {
		let server: TestServer;
		beforeAll(async () => {
			server = await startServer({ dialect, env: { ADDRESS_LIMIT_MULTIPLIER: '100' } });
		}, 60_000);
		afterAll(async () => server?.dispose());

		it('adding a passkey is refused without a recent proof, and begins after "Confirm it’s you"', async () => {
			const ana = await signedInMember(server, 'ana');
			await staleProof(server, ana);
			expectNeedsProof(await ana.request('POST', '/api/v1/auth/passkeys/register/options', { body: {} }));
			expect(
				(await ana.request('POST', '/api/v1/auth/reauthenticate', { body: { password: 'not it at all' } })).status
			).toBe(403);
			await proveAgain(ana);
			expect((await ana.request('POST', '/api/v1/auth/passkeys/register/options', { body: {} })).status).toBe(200);
			// The page offers the confirm step instead of the button while the proof is stale.
			await staleProof(server, ana);
			const page = await ana.get('/en/account');
			expect(page.text).toContain('/en/account/confirm-it-is-you?next=%2Fen%2Faccount');
			expect(page.text).not.toContain('data-passkey-add');
		});

		it('removing a passkey needs a recent proof, and the address is told', async () => {
			const ana = await signedInMember(server, 'ana');
			const { id } = await insertPasskey(ana);
			await staleProof(server, ana);
			expectNeedsProof(await ana.request('DELETE', `/api/v1/passkeys/${id}`));
			expect(((await ana.get('/api/v1/passkeys')).json as { passkeys: unknown[] }).passkeys).toHaveLength(1);
			await proveAgain(ana);
			expect((await ana.request('DELETE', `/api/v1/passkeys/${id}`)).status).toBe(204);
			const text = await notice(server, ana.email!, 'A passkey was removed from your Porchlight account on');
			expect(text).toContain('/en/account/forgot');
			expect((await eventsOf(server, ana)).map((e) => e.kind)).toEqual(
				expect.arrayContaining(['reauthenticated', 'passkey-removed'])
			);
		});

		it('a password change needs the current password, ends every other session and is told', async () => {
			const ana = await signedInMember(server, 'ana');
			const elsewhere = client(server, ana.email);
			await elsewhere.request('POST', '/api/v1/auth/signin', { body: { email: ana.email, password } });
			const next = 'a new sentence about the porch light';
			const missing = await ana.request('POST', '/api/v1/account/password', { body: { newPassword: next } });
			expect(missing.status).toBe(400);
			const wrong = await ana.request('POST', '/api/v1/account/password', {
				body: { currentPassword: 'not it at all', newPassword: next }
			});
			expect(wrong.status).toBe(403);
			expect(wrong.headers.get('content-type')).toBe('application/problem+json');
			const common = await ana.request('POST', '/api/v1/account/password', {
				body: { currentPassword: password, newPassword: 'password123' }
			});
			expect(common.status).toBe(400);
			expect((await elsewhere.get('/api/v1/account')).status).toBe(200);

			const changed = await ana.request('POST', '/api/v1/account/password', {
				body: { currentPassword: password, newPassword: next }
			});
			expect(changed.status, changed.text).toBe(204);
			expect((await ana.get('/api/v1/account')).status).toBe(200);
			expect((await elsewhere.get('/api/v1/account')).status).toBe(401);
			const text = await notice(server, ana.email!, 'The password of your Porchlight account was changed on');
			expect(text).not.toContain(next);
			const signIn = await client(server).request('POST', '/api/v1/auth/signin', {
				body: { email: ana.email, password: next }
			});
			expect(signIn.status).toBe(200);
		});

		it('a new e-mail address needs the password or a recent proof; both addresses are told; old reset links die', async () => {
			const ana = await signedInMember(server, 'ana');
			const anaId = await memberIdOf(server, ana);
			await client(server).postForm('/en/account/forgot', { email: ana.email! });
			const resetToken = await linkTo(server, ana.email!, '/en/account/reset');

			await staleProof(server, ana);
			const newEmail = `moved-${Date.now()}@example.org`;
			expectNeedsProof(await ana.request('POST', '/api/v1/account/email', { body: { email: newEmail } }));
			await proveAgain(ana);
			expect((await ana.request('POST', '/api/v1/account/email', { body: { email: newEmail } })).status).toBe(202);
			const token = await linkTo(server, newEmail, '/en/account/email/confirm');
			const confirmed = await ana.postForm(`/en/account/email/confirm?token=${token}`, { token });
			expect(confirmed.status).toBe(200);

			const old = await notice(server, ana.email!, 'The e-mail address of your Porchlight account was changed on');
			expect(old).not.toContain(newEmail);
			await notice(server, newEmail, 'became the e-mail address of your Porchlight account on');
			const reset = await client(server).postForm(`/en/account/reset?token=${resetToken}`, {
				token: resetToken,
				password: 'a brand new sentence for the reset'
			});
			expect(reset.status).toBe(400);
			const kinds = (await eventsOf(server, anaId)).map((e) => e.kind);
			expect(kinds).toEqual(expect.arrayContaining(['reset-requested', 'email-change-requested', 'email-changed']));
		});

		it('the full export needs a recent proof, carries the security events, and is told', async () => {
			const ana = await signedInMember(server, 'ana');
			await staleProof(server, ana);
			expectNeedsProof(await ana.get('/api/v1/export'));
			const page = await ana.get('/en/account/data');
			expect(page.text).not.toContain('href="/api/v1/export"');
			expect(page.text).toContain('/en/account/confirm-it-is-you?next=%2Fen%2Faccount%2Fdata');

			// "Confirm it's you" on the page, by form, goes back to where the person was.
			const confirmed = await ana.postForm('/en/account/confirm-it-is-you', {
				password,
				next: '/en/account/data'
			});
			expect(confirmed.status).toBe(303);
			expect(confirmed.headers.get('location')).toBe('/en/account/data');
			const elsewhere = await ana.postForm('/en/account/confirm-it-is-you', {
				password,
				next: '//evil.example/en/account'
			});
			expect(elsewhere.headers.get('location')).toBe('/en/account');

			const exported = await ana.get('/api/v1/export');
			expect(exported.status).toBe(200);
			const kinds = (exported.json as { securityEvents: Array<{ kind: string }> }).securityEvents.map((e) => e.kind);
			expect(kinds).toEqual(expect.arrayContaining(['sign-in', 'reauthenticated', 'data-exported']));
			await notice(server, ana.email!, 'was downloaded as one file on');
		});

		it('deleting the account needs the password or a recent proof, and is told', async () => {
			const ana = await signedInMember(server, 'ana');
			await staleProof(server, ana);
			expectNeedsProof(await ana.request('DELETE', '/api/v1/account', { body: {} }));
			expect((await ana.get('/api/v1/account')).status).toBe(200);
			await proveAgain(ana);
			expect((await ana.request('DELETE', '/api/v1/account', { body: {} })).status).toBe(204);
			await notice(server, ana.email!, 'and everything in it were deleted on');
			expect((await ana.get('/api/v1/account')).status).toBe(401);
		});

		it('a password reset ends every session, removes every passkey when ticked, and is told', async () => {
			const ana = await signedInMember(server, 'ana');
			const elsewhere = await client(server, ana.email);
			await elsewhere.request('POST', '/api/v1/auth/signin', { body: { email: ana.email, password } });
			await insertPasskey(ana);
			await client(server).postForm('/en/account/forgot', { email: ana.email! });
			const token = await linkTo(server, ana.email!, '/en/account/reset');
			const done = await client(server).postForm(`/en/account/reset?token=${token}`, {
				token,
				password: 'a brand new sentence for the reset',
				removePasskeys: 'yes'
			});
			expect(done.status, done.text.slice(0, 300)).toBe(200);
			for (const session of [ana, elsewhere]) expect((await session.get('/api/v1/account')).status).toBe(401);
			const id = await memberIdOf(server, ana);
			const left = await database(server, (db) =>
				db.selectFrom('passkeys').select('id').where('member_id', '=', id).execute()
			);
			expect(left).toEqual([]);
			await notice(server, ana.email!, 'was reset with an e-mailed link on');
			expect((await eventsOf(server, ana)).map((e) => e.kind)).toEqual(
				expect.arrayContaining(['reset-requested', 'reset-completed', 'sessions-ended-by-reset', 'passkey-removed'])
			);
		});
	});

	describe(`the security event log on ${dialect}`, () => {
		let server: TestServer;
		beforeAll(async () => {
			server = await startServer({ dialect, env: { ADDRESS_LIMIT_MULTIPLIER: '100' } });
		}, 60_000);
		afterAll(async () => server?.dispose());

		it('records sign-ins and failures with the device, names no one for an unknown address, and shows the member', async () => {
			const ana = await signedInMember(server, 'ana');
			const stranger = client(server);
			const headers = { 'user-agent': firefox };
			const nobodyBefore = await database(server, (db) =>
				db.selectFrom('security_events').select('id').where('member_id', 'is', null).execute()
			);
			const unknown = `nobody-${Date.now()}@example.org`;
			await stranger.request('POST', '/api/v1/auth/signin', {
				body: { email: unknown, password },
				headers
			});
			await stranger.request('POST', '/api/v1/auth/signin', {
				body: { email: ana.email, password: 'not it at all' },
				headers
			});
			await ana.request('POST', '/api/v1/auth/signin', { body: { email: ana.email, password }, headers });
			await ana.request('POST', '/api/v1/auth/signout');
			await ana.request('POST', '/api/v1/auth/signin', { body: { email: ana.email, password }, headers });

			const nobodyAfter = await database(server, (db) =>
				db.selectFrom('security_events').selectAll().where('member_id', 'is', null).execute()
			);
			expect(nobodyAfter.length - nobodyBefore.length).toBe(1);
			expect(nobodyAfter.at(-1)).toMatchObject({ kind: 'sign-in-failed', device: 'Firefox · Linux' });

			const { events } = (await ana.get('/api/v1/account/security-events')).json as {
				events: Array<{ kind: string; device: string }>;
			};
			expect(events.slice(0, 4).map((e) => e.kind)).toEqual(['sign-in', 'signed-out', 'sign-in', 'sign-in-failed']);
			expect(events[0]?.device).toBe('Firefox · Linux');

			const page = await ana.get('/en/account/security');
			expect(page.status).toBe(200);
			expect(page.text).toContain('Sign-in failed');
			expect(page.text).toContain('Firefox · Linux');
			const es = await ana.get('/es/account/security');
			expect(es.text).toContain('Inicio de sesión fallido');

			// Nothing personal in the whole table: no address, no password, no client address.
			const everything = await database(server, (db) => db.selectFrom('security_events').selectAll().execute());
			const text = JSON.stringify(everything);
			expect(text).not.toContain('@');
			expect(text).not.toContain(password);
			expect(text).not.toContain('127.0.0.1');
			expect(server.logs()).not.toContain(unknown);
		});
	});
}
