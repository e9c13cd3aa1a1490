// Does the time of a sign-up, sign-in or reset request tell whether the address has an account? Against the
// built server (node server/main.ts), with a local SMTP server that takes --smtp-delay ms per e-mail (so an
// e-mail sent on the request path would show), it sends --requests requests of each kind for addresses with an
// account and as many for addresses without, in one random order, one at a time, and prints the two time
// distributions side by side with a Mann-Whitney U test and the difference of medians with a bootstrap interval.
// Run: npm run build && npm run bench:account-timing -- [--requests 150] [--dialects sqlite,postgres]
//        [--smtp-delay 150] [--warmup 10]                                      (prints figures, asserts nothing)
//
// Every request carries its own client address (ADDRESS_HEADER), and ADDRESS_LIMIT_MULTIPLIER is raised, so the
// limits per client address never answer; each existing account is used once per kind, so neither do the limits
// per e-mail address. Sign-in sends a wrong password (what someone probing addresses would do), sign-up a good
// one; reset goes through the forgot-password form, as a browser would post it.
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { SMTPServer } from 'smtp-server';
import { hashPassword } from '../src/lib/server/auth/password.ts';
import type { Dialect } from '../src/lib/server/db/connect.ts';
import { membersRepository } from '../src/lib/server/db/repositories/members.ts';
import { newId } from '../src/lib/server/ids.ts';
import { benchDatabase, dialectsFrom, ms, quantile } from './databases.ts';
import { requireBuild, startServer, timeLimit, type Server } from './servers.ts';
import { mannWhitney, medianDifference } from './statistics.ts';

const { values: flags } = parseArgs({
	options: {
		requests: { type: 'string', default: '150' },
		warmup: { type: 'string', default: '10' },
		dialects: { type: 'string', default: 'sqlite' },
		'smtp-delay': { type: 'string', default: '150' }
	}
});
const requests = Number(flags.requests);
const warmup = Number(flags.warmup);
const smtpDelay = Number(flags['smtp-delay']);
const dialects = dialectsFrom(flags.dialects);
if (!Number.isInteger(requests) || requests < 5 || !(warmup >= 0) || !(smtpDelay >= 0))
	throw new Error('--requests ≥ 5, --warmup ≥ 0, --smtp-delay ≥ 0');

const password = 'tomatoes on the porch at noon';
const addressHeader = 'x-bench-client-address';
const kinds = ['sign-up', 'sign-in', 'reset'] as const;
type Kind = (typeof kinds)[number];

let addresses = 0;
const freshAddress = () => {
	const n = ++addresses;
	return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
};

/** One request of a kind for an address; resolves to its status and time in ms. */
async function timed(server: Server, kind: Kind, email: string): Promise<{ status: number; ms: number }> {
	const headers: Record<string, string> = { [addressHeader]: freshAddress(), origin: server.url };
	let path: string;
	let body: string;
	if (kind === 'reset') {
		path = '/en/account/forgot';
		headers['content-type'] = 'application/x-www-form-urlencoded';
		headers.accept = 'text/html';
		body = new URLSearchParams({ email }).toString();
	} else {
		path = kind === 'sign-up' ? '/api/v1/auth/signup' : '/api/v1/auth/signin';
		headers['content-type'] = 'application/json';
		body = JSON.stringify({ email, password: kind === 'sign-in' ? 'not the right password' : password });
	}
	const sent = performance.now();
	const response = await fetch(server.url + path, { method: 'POST', headers, body, redirect: 'manual' });
	await response.arrayBuffer();
	return { status: response.status, ms: performance.now() - sent };
}

/** A local SMTP server that takes `delay` ms to accept each e-mail, and counts them. */
async function slowSmtp(delay: number) {
	let received = 0;
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		logger: false,
		onData(stream, _session, done) {
			stream.on('data', () => {});
			stream.on('end', () => setTimeout(() => (received++, done()), delay));
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.server.address() as { port: number };
	return {
		url: `smtp://127.0.0.1:${port}`,
		received: () => received,
		close: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}

function shuffled<T>(items: T[]): T[] {
	const copy = [...items];
	for (let i = copy.length - 1; i > 0; i--) {
		const j = Math.floor(Math.random() * (i + 1));
		[copy[i], copy[j]] = [copy[j]!, copy[i]!];
	}
	return copy;
}

interface Sample {
	kind: Kind;
	existing: boolean;
	status: number;
	ms: number;
}

async function run(dialect: Dialect): Promise<Sample[]> {
	const database = await benchDatabase(dialect);
	const smtp = await slowSmtp(smtpDelay);
	let server: Server | undefined;
	try {
		// Confirmed members with real argon2id hashes: one per request of each kind, plus the warm-up's.
		const count = requests + warmup;
		const connection = database.open();
		const existing: string[] = [];
		try {
			const members = membersRepository(connection.db);
			const now = new Date();
			const passwordHash = await hashPassword(password);
			for (let i = 0; i < count; i++) {
				const email = `member-${i}@example.org`;
				await members.create(
					{ id: newId(), email, emailVerifiedAt: now.toISOString(), passwordHash, locale: 'en' },
					now
				);
				existing.push(email);
			}
		} finally {
			await connection.close();
		}
		const env: Record<string, string> = {
			DATA_DIR: database.dataDir,
			ADDRESS_HEADER: addressHeader,
			ADDRESS_LIMIT_MULTIPLIER: '1000',
			SMTP_URL: smtp.url
		};
		if (database.databaseUrl) env.DATABASE_URL = database.databaseUrl;
		server = await startServer(`server on ${dialect}`, process.execPath, ['server/main.ts'], {
			env,
			probePath: '/en/guide/pause'
		});
		const unknown = () => `nobody-${randomBytes(6).toString('hex')}@example.org`;
		// Each existing address once per kind: the warm-up takes the first ones.
		const plan = (from: number, n: number) =>
			shuffled(
				kinds.flatMap((kind) =>
					Array.from({ length: n }, (_, i) => [
						{ kind, existing: true, email: existing[from + i]! },
						{ kind, existing: false, email: unknown() }
					]).flat()
				)
			);
		for (const step of plan(0, warmup)) await timed(server, step.kind, step.email);
		const samples: Sample[] = [];
		for (const step of plan(warmup, requests)) {
			const { status, ms } = await timed(server, step.kind, step.email);
			samples.push({ kind: step.kind, existing: step.existing, status, ms });
		}
		console.log(`${dialect}: the SMTP server accepted ${smtp.received()} e-mails during the run`);
		return samples;
	} finally {
		await server?.stop();
		await smtp.close();
		await database.dispose();
	}
}

function print(dialect: Dialect, samples: Sample[]): void {
	const header = ['dialect', 'request', 'address', 'n', 'statuses', 'p10', 'p50', 'p90', 'p99'];
	const rows: string[][] = [];
	const tests: string[] = [];
	for (const kind of kinds) {
		const groups = [true, false].map((existing) => samples.filter((s) => s.kind === kind && s.existing === existing));
		for (const [index, group] of groups.entries()) {
			const times = group.map((s) => s.ms).sort((a, b) => a - b);
			const statuses = [...new Set(group.map((s) => s.status))].sort().join(',');
			rows.push([
				dialect,
				kind,
				index === 0 ? 'has an account' : 'has none',
				String(times.length),
				statuses,
				...[0.1, 0.5, 0.9, 0.99].map((q) => ms(quantile(times, q)))
			]);
		}
		const [withAccount, without] = groups.map((group) => group.map((s) => s.ms)) as [number[], number[]];
		const u = mannWhitney(withAccount, without);
		const d = medianDifference(withAccount, without);
		tests.push(
			`${dialect} ${kind}: median(has account) − median(has none) = ${ms(d.estimate)} ms, 95% bootstrap ` +
				`interval [${ms(d.low)}, ${ms(d.high)}] ms; Mann-Whitney U = ${u.u.toFixed(0)}, z = ${u.z.toFixed(2)}, ` +
				`two-sided p = ${u.p.toFixed(3)}`
		);
	}
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
	const line = (cells: string[]) =>
		cells.map((cell, i) => (i < 3 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)));
	console.log('\nTimes in ms, measured by the client, one request at a time:');
	console.log(line(header).join('  '));
	for (const row of rows) console.log(line(row).join('  '));
	console.log('');
	for (const test of tests) console.log(test);
}

requireBuild();
timeLimit(1800);
// The bench starts its own servers; a variable from the shell must not point them elsewhere.
for (const name of ['DATABASE_URL', 'PORCHLIGHT_KEY', 'SMTP_URL', 'ADDRESS_HEADER', 'XFF_DEPTH'])
	delete process.env[name];
console.log(
	`${requests} requests of each kind for addresses with an account and ${requests} without, after ${warmup} of ` +
		`each to warm up; SMTP takes ${smtpDelay} ms per e-mail`
);
for (const dialect of dialects) print(dialect, await run(dialect));
