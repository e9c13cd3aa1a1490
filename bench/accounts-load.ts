// Latency and throughput of signing in and of saving a reach-out, with many clients at once, on SQLite and on
// PostgreSQL, against the built server (node server/main.ts).
// Run: npm run build && npm run bench:accounts -- [--seconds 10] [--connections 50] [--warmup 2]
//        [--dialects sqlite,postgres] [--no-pin]          (prints figures, asserts nothing)
//
// For each dialect: a throwaway database (see bench/databases.ts), confirmed members inserted through the members
// repository with real argon2id hashes (so every sign-in does the real verify), the server started on it, then
// for a fixed time each of the clients sends one request after another on its own keep-alive connection:
//   sign-in     POST /api/v1/auth/signin with the right password (client i is member i)
//   save        POST /api/v1/reach-outs as a signed-in member (client i with member i's own session cookie)
//
// Rate limits (src/lib/server/auth/limiter.ts) stay as they are. Sign-in allows 50 attempts per client address in
// 15 minutes and 10 per account (cleared by a success). Every request here comes from 127.0.0.1, which would stop
// the bench after 50 sign-ins, so the server is started with adapter-node's own ADDRESS_HEADER (the variable a
// deployment behind a proxy sets; see docs/operations.md) and each client says its address in that header: its own
// address, and a new one after 40 sign-ins, so no address goes over its allowance, as many people signing in
// from their own homes would. The 429s that still occur (none are expected) are counted apart.
//
// We drive the load with a small loop over node:http rather than autocannon: autocannon's per-connection context
// is reset each time its request list starts over, so it cannot give each connection its own cookie or address.
// The load generator runs on core 0 and the server on core 1 (when taskset exists, unless --no-pin); PostgreSQL is
// never pinned, so on PostgreSQL the database also takes CPU from both.
import { spawnSync } from 'node:child_process';
import { Agent, request, type OutgoingHttpHeaders } from 'node:http';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { hashPassword } from '../src/lib/server/auth/password.ts';
import { sessionCookieName } from '../src/lib/server/auth/cookie.ts';
import { membersRepository } from '../src/lib/server/db/repositories/members.ts';
import type { Dialect } from '../src/lib/server/db/connect.ts';
import { newId } from '../src/lib/server/ids.ts';
import { benchDatabase, dialectsFrom, ms, quantile, type BenchDatabase } from './databases.ts';
import { cpuSeconds, hasTaskset, requireBuild, startServer, timeLimit, type Server } from './servers.ts';

const { values: flags } = parseArgs({
	options: {
		seconds: { type: 'string', default: '10' },
		connections: { type: 'string', default: '50' },
		warmup: { type: 'string', default: '2' },
		dialects: { type: 'string', default: 'sqlite,postgres' },
		// --no-pin: server and load generator on any core.
		pin: { type: 'boolean', default: true }
	},
	allowNegative: true
});
const seconds = Number(flags.seconds);
const connections = Number(flags.connections);
const warmup = Number(flags.warmup);
const dialects = dialectsFrom(flags.dialects);
if (!(seconds > 0) || !(warmup >= 0) || !Number.isInteger(connections) || connections < 1 || connections > 1000)
	throw new Error('--seconds > 0, --warmup >= 0, --connections 1..1000');

const password = 'tomatoes on the porch at noon';
const addressHeader = 'x-bench-client-address';
/** Sign-ins from one address before a client moves to a new one: under signin-address's 50 per 15 minutes. */
const signInsPerAddress = 40;
const reachOut = JSON.stringify({
	occurredAt: '2026-11-29T21:15:00Z',
	channel: 'text',
	said: 'Said sorry for last time and asked to come for dinner on Sunday; promised to be sober.',
	did: 'Listened, said I love them and that I would think about it and answer tomorrow.',
	decision: 'notYet',
	note: 'Felt calmer after the breathing exercise. Talk with Marta before answering.'
});

// Addresses 10.0.0.1, 10.0.0.2, ...: each is handed out once.
let addressesGiven = 0;
function freshAddress(): string {
	const n = ++addressesGiven;
	return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
}

interface Call {
	method: string;
	path: string;
	headers: OutgoingHttpHeaders;
	body?: string;
}

interface Reply {
	status: number;
	setCookie: string[];
}

function send(server: Server, agent: Agent, call: Call): Promise<Reply> {
	const url = new URL(server.url);
	return new Promise((resolve, reject) => {
		const req = request(
			{ host: url.hostname, port: url.port, method: call.method, path: call.path, headers: call.headers, agent },
			(res) => {
				res.on('data', () => {});
				res.on('end', () => resolve({ status: res.statusCode ?? 0, setCookie: res.headers['set-cookie'] ?? [] }));
				res.on('error', reject);
			}
		);
		req.on('error', reject);
		req.end(call.body);
	});
}

const json = (body: string, extra: OutgoingHttpHeaders = {}): OutgoingHttpHeaders => ({
	'content-type': 'application/json',
	'content-length': Buffer.byteLength(body),
	...extra
});

interface Member {
	email: string;
}

/** Confirmed members with real argon2id hashes, through the members repository (as a confirmed sign-up ends). */
async function prepareMembers(database: BenchDatabase, count: number): Promise<Member[]> {
	const connection = database.open();
	try {
		const members = membersRepository(connection.db);
		const now = new Date();
		return await Promise.all(
			Array.from({ length: count }, async (_, i) => {
				const email = `bench-${i}@example.org`;
				const passwordHash = await hashPassword(password);
				await members.create(
					{ id: newId(), email, emailVerifiedAt: now.toISOString(), passwordHash, locale: 'en' },
					now
				);
				return { email };
			})
		);
	} finally {
		await connection.close();
	}
}

/** One client of the load: its own connection, and what it sends next. */
interface Client {
	agent: Agent;
	next(): Call;
}

function signInClient(member: Member): Client {
	let address = freshAddress();
	let used = 0;
	const body = JSON.stringify({ email: member.email, password });
	return {
		agent: new Agent({ keepAlive: true, maxSockets: 1 }),
		next() {
			if (used++ === signInsPerAddress) [address, used] = [freshAddress(), 1];
			return { method: 'POST', path: '/api/v1/auth/signin', headers: json(body, { [addressHeader]: address }), body };
		}
	};
}

async function saveClient(server: Server, member: Member): Promise<Client> {
	const agent = new Agent({ keepAlive: true, maxSockets: 1 });
	const body = JSON.stringify({ email: member.email, password });
	const reply = await send(server, agent, {
		method: 'POST',
		path: '/api/v1/auth/signin',
		headers: json(body, { [addressHeader]: freshAddress() }),
		body
	});
	const cookie = reply.setCookie.map((c) => c.split(';')[0]!).find((c) => c.startsWith(`${sessionCookieName}=`));
	if (reply.status !== 200 || !cookie) throw new Error(`signing in ${member.email} answered ${reply.status}`);
	// The address header is required once ADDRESS_HEADER is set; saving is not limited by address.
	const headers = json(reachOut, { cookie, [addressHeader]: freshAddress() });
	return { agent, next: () => ({ method: 'POST', path: '/api/v1/reach-outs', headers, body: reachOut }) };
}

interface Outcome {
	/** Latencies of the 2xx answers, ms, sorted. */
	latencies: number[];
	statuses: Map<number, number>;
	errors: number;
	elapsedMs: number;
	serverCpu: number | undefined;
}

/** Every client sends its next request as soon as the previous one is answered, until the time is up. */
async function drive(server: Server, clients: Client[], duration: number): Promise<Outcome> {
	const latencies: number[] = [];
	const statuses = new Map<number, number>();
	let errors = 0;
	const cpuBefore = cpuSeconds(server.pid);
	const started = performance.now();
	const deadline = started + duration * 1000;
	await Promise.all(
		clients.map(async (client) => {
			while (performance.now() < deadline) {
				const sent = performance.now();
				try {
					const { status } = await send(server, client.agent, client.next());
					if (status >= 200 && status < 300) latencies.push(performance.now() - sent);
					statuses.set(status, (statuses.get(status) ?? 0) + 1);
				} catch {
					errors++;
				}
			}
		})
	);
	const elapsedMs = performance.now() - started;
	const cpuAfter = cpuSeconds(server.pid);
	const serverCpu =
		cpuBefore === undefined || cpuAfter === undefined ? undefined : (cpuAfter - cpuBefore) / (elapsedMs / 1000);
	return { latencies: latencies.sort((a, b) => a - b), statuses, errors, elapsedMs, serverCpu };
}

interface Row {
	dialect: Dialect;
	scenario: string;
	outcome: Outcome;
}

function printRows(rows: Row[]): void {
	const header = [
		'dialect',
		'scenario',
		'2xx',
		'req/s',
		'p50 ms',
		'p99 ms',
		'429',
		'other non-2xx',
		'errors',
		'server CPU'
	];
	const lines = rows.map(({ dialect, scenario, outcome }) => {
		const ok = outcome.latencies.length;
		const limited = outcome.statuses.get(429) ?? 0;
		const other = [...outcome.statuses]
			.filter(([s]) => (s < 200 || s >= 300) && s !== 429)
			.reduce((n, [, c]) => n + c, 0);
		return [
			dialect,
			scenario,
			String(ok),
			(ok / (outcome.elapsedMs / 1000)).toFixed(1),
			ms(quantile(outcome.latencies, 0.5)),
			ms(quantile(outcome.latencies, 0.99)),
			String(limited),
			String(other),
			String(outcome.errors),
			outcome.serverCpu === undefined ? '-' : `${Math.round(outcome.serverCpu * 100)}%`
		];
	});
	const widths = header.map((h, i) => Math.max(h.length, ...lines.map((line) => line[i]!.length)));
	const format = (cells: string[]) =>
		cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
	console.log(format(header));
	for (const line of lines) console.log(format(line));
}

function describeStatuses(outcome: Outcome): string {
	return [...outcome.statuses]
		.sort(([a], [b]) => a - b)
		.map(([status, count]) => `${status}×${count}`)
		.join(', ');
}

async function benchDialect(dialect: Dialect): Promise<Row[]> {
	const database = await benchDatabase(dialect);
	let server: Server | undefined;
	try {
		const started = performance.now();
		const members = await prepareMembers(database, connections);
		console.log(
			`${dialect}: ${members.length} confirmed members in ${((performance.now() - started) / 1000).toFixed(1)} s`
		);
		const env: Record<string, string> = { DATA_DIR: database.dataDir, ADDRESS_HEADER: addressHeader };
		if (database.databaseUrl) env.DATABASE_URL = database.databaseUrl;
		server = await startServer(`server on ${dialect}`, process.execPath, ['server/main.ts'], {
			...(flags.pin ? { cpu: 1 } : {}),
			env,
			probePath: '/healthz' // without the address header any other path answers 400
		});

		const rows: Row[] = [];
		const scenarios: Array<[string, () => Promise<Client[]>]> = [
			['sign-in', async () => members.map(signInClient)],
			['save reach-out', () => Promise.all(members.map((member) => saveClient(server!, member)))]
		];
		for (const [scenario, makeClients] of scenarios) {
			const clients = await makeClients();
			if (warmup > 0) await drive(server, clients, warmup); // JIT, connections, caches; not counted.
			const outcome = await drive(server, clients, seconds);
			for (const client of clients) client.agent.destroy();
			console.log(`  ${scenario}: ${describeStatuses(outcome)}${outcome.errors ? `, ${outcome.errors} errors` : ''}`);
			rows.push({ dialect, scenario, outcome });
		}
		return rows;
	} finally {
		await server?.stop();
		await database.dispose();
	}
}

async function main(): Promise<void> {
	requireBuild();
	timeLimit(60 + dialects.length * (60 + 2 * (seconds + warmup + 30)));
	// The servers get their database from the bench alone.
	for (const name of ['DATABASE_URL', 'PORCHLIGHT_KEY', 'SMTP_URL', 'ADDRESS_HEADER', 'XFF_DEPTH'])
		delete process.env[name];
	// The load generator (this process, every thread) on core 0; the servers go to core 1.
	const pinnedHere =
		flags.pin &&
		hasTaskset &&
		spawnSync('taskset', ['-a', '-cp', '0', String(process.pid)], { stdio: 'ignore' }).status === 0;
	console.log(
		`${connections} clients, ${seconds} s each (after ${warmup} s warm-up); dialects: ${dialects.join(', ')}`
	);
	console.log(
		`server on core 1, load generator on core 0: ${pinnedHere ? 'yes' : flags.pin ? 'no (taskset not found)' : 'no (--no-pin)'}`
	);
	console.log(`load average (1, 5, 15 min) before: ${loadavg().map((load) => load.toFixed(2))}\n`);
	const rows: Row[] = [];
	for (const dialect of dialects) rows.push(...(await benchDialect(dialect)));
	console.log(`\nlatency of the 2xx answers; req/s counts 2xx only; server CPU: share of one core used by node`);
	printRows(rows);
	console.log(`load average (1, 5, 15 min) after: ${loadavg().map((load) => load.toFixed(2))}`);
}

main().then(
	() => process.exit(0),
	(error: unknown) => {
		console.error(error);
		process.exit(1);
	}
);
