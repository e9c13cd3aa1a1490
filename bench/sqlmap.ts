// sqlmap (Debian's package: `apt-get install sqlmap`) against the built server with a signed-in member's session:
// path segments, query parameters and JSON bodies of a few API routes, on SQLite and on PostgreSQL. Prints, per
// target, whether sqlmap found an injectable parameter; exits 1 if it did.
// Run: npm run build && node bench/sqlmap.ts   (about a minute per target on a quiet machine)
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { password, signedInMember } from '../test/api/members.ts';
import { startServer, type TestServer } from '../test/api/server.ts';
import { requireBuild, timeLimit } from './servers.ts';

const run = promisify(execFile);
timeLimit(1800);
requireBuild();
if (spawnSync('sqlmap', ['--version'], { stdio: 'ignore' }).status !== 0) {
	console.error('sqlmap is not installed (Debian: apt-get install sqlmap).');
	process.exit(1);
}

interface Target {
	what: string;
	/** `*` marks where sqlmap injects. */
	url: string;
	data?: string;
	method?: string;
}

const targets: Target[] = [
	{ what: 'a contact id in the path', url: '/api/v1/contacts/abc*' },
	{ what: 'a reach-out id in the path', url: '/api/v1/reach-outs/abc*' },
	{ what: 'a check-in week in the path', url: '/api/v1/check-ins/2026-W10*' },
	{ what: 'a query parameter', url: '/api/v1/bookings?upcoming=true*' },
	{
		what: 'slots: a specialist id and two dates',
		url: '/api/v1/specialists/abc*/slots?from=2026-01-01T00:00:00Z*&to=2026-01-10T00:00:00Z*'
	},
	{ what: 'a thread id in the path', url: '/api/v1/threads/abc*/messages' },
	{
		what: 'sign-in: e-mail and password (JSON)',
		url: '/api/v1/auth/signin',
		data: '{"email":"a@example.org*","password":"x*"}'
	},
	{ what: 'a contact (JSON)', url: '/api/v1/contacts', data: '{"name":"Ana*","phone":"555 0100*"}' }
];

async function scan(
	server: TestServer,
	cookie: string,
	target: Target
): Promise<{ injectable: boolean; summary: string }> {
	const output = mkdtempSync(join(tmpdir(), 'porchlight-sqlmap-'));
	try {
		const args = [
			'-u',
			server.baseUrl + target.url,
			'--cookie',
			cookie,
			'--batch',
			'--flush-session',
			'--disable-coloring',
			'--level=2',
			'--risk=1',
			'--threads=2',
			`--output-dir=${output}`,
			// The session cookie is not a parameter to test: changing it only signs the scan out.
			'--skip=porchlight_session'
		];
		if (target.data) args.push('--data', target.data, '--headers', 'Content-Type: application/json');
		const { stdout } = await run('sqlmap', args, { maxBuffer: 1 << 26, timeout: 600_000 }).catch(
			(error: { stdout?: string }) => ({ stdout: error.stdout ?? '' })
		);
		const injectable = /is vulnerable|appears to be '.*' injectable|sqlmap identified the following injection/i.test(
			stdout
		);
		const summary =
			stdout
				.split('\n')
				.filter((line) => /injectable|vulnerable|\[CRITICAL\]|\[WARNING\] (HTTP error codes|no parameter)/i.test(line))
				.at(-1)
				?.replace(/^\[[\d:]+\] /, '') ?? '(no verdict in the output)';
		return { injectable, summary };
	} finally {
		rmSync(output, { recursive: true, force: true });
	}
}

let found = 0;
for (const dialect of ['sqlite', 'postgres'] as const) {
	const server = await startServer({ dialect, env: { ADDRESS_LIMIT_MULTIPLIER: '1000' } });
	try {
		const member = await signedInMember(server, 'sqlmap');
		const account = await member.request('GET', '/api/v1/account');
		if (account.status !== 200) throw new Error(`the member is not signed in: ${account.status}`);
		// The client's cookie jar is private; sign in again to read the cookie sqlmap should send.
		const signIn = await fetch(`${server.baseUrl}/api/v1/auth/signin`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ email: member.email, password })
		});
		const cookie = signIn.headers.getSetCookie()[0]!.split(';')[0]!;
		for (const target of targets) {
			const started = performance.now();
			const { injectable, summary } = await scan(server, cookie, target);
			if (injectable) found++;
			console.log(
				`${dialect.padEnd(8)} ${target.what.padEnd(40)} ${injectable ? 'INJECTABLE' : 'not injectable'} (${((performance.now() - started) / 1000).toFixed(0)} s) ${summary}`
			);
		}
		const failures = server.logs().match(/request failed/g)?.length ?? 0;
		if (failures) console.log(`${dialect}: the server logged ${failures} failed request(s) (500) during the scan`);
	} finally {
		await server.dispose();
	}
}
if (found) process.exitCode = 1;
