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
// The members and their clients are in accounts-clients.ts, the load loop in http-load.ts.
// The load generator runs on core 0 and the server on core 1 (when taskset exists, unless --no-pin); PostgreSQL is
// never pinned, so on PostgreSQL the database also takes CPU from both.
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { Dialect } from '../src/lib/server/db/connect.ts';
import { addressHeader, prepareMembers, saveClient, signInClient } from './accounts-clients.ts';
import { benchDatabase, dialectsFrom } from './databases.ts';
import { describeStatuses, drive, printRows, type Client, type Row } from './http-load.ts';
import { hasTaskset, requireBuild, startServer, timeLimit, type Server } from './servers.ts';

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
