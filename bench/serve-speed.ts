// Requests per second for one prerendered page: our server against a bare node:http server replaying the very
// same response (the ceiling for Node on this machine), then stock adapter-node for reference.
// Run: npm run build && node bench/serve-speed.ts   (prints figures, asserts nothing)
//
// Servers run on core 1 and autocannon on core 0 (when taskset exists), so they do not compete for a core. With
// one core, autocannon may be the bottleneck; each server's CPU use is read from /proc so that requests per
// server CPU-second compare the servers' own cost either way.
import { spawn } from 'node:child_process';
import { createServer, request as httpRequest } from 'node:http';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import {
	cpuSeconds,
	hasTaskset,
	pinned,
	requireBuild,
	root,
	startServer,
	timeLimit,
	track,
	type Server
} from './servers.ts';

const path = '/en/guide/pause';
const acceptEncoding = 'gzip, deflate, br';
const connections = 50;
// BENCH_ROUNDS and BENCH_SECONDS may be raised when the machine is noisy.
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);

interface Recorded {
	status: number;
	headers: string[]; // flat [name, value, name, value, ...] as received
	body: string; // base64
}

// Node writes these itself on every response, for the real server and the replay alike.
const writtenByNode = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding']);

/** One GET with the benchmark's headers, keeping the raw header list and the undecoded body. */
function record(url: string): Promise<Recorded> {
	return new Promise((resolve, reject) => {
		const req = httpRequest(url, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (chunk: Buffer) => chunks.push(chunk));
			res.on('end', () => {
				const headers: string[] = [];
				for (let i = 0; i < res.rawHeaders.length; i += 2) {
					const [name = '', value = ''] = [res.rawHeaders[i], res.rawHeaders[i + 1]];
					if (!writtenByNode.has(name.toLowerCase())) headers.push(name, value);
				}
				resolve({ status: res.statusCode ?? 0, headers, body: Buffer.concat(chunks).toString('base64') });
			});
			res.on('error', reject);
		});
		req.on('error', reject);
		req.end();
	});
}

/** The replay server (this same file, run with --raw-server): every request gets the recorded response. */
function rawServer(): void {
	const recorded = JSON.parse(process.env.RAW_RESPONSE ?? '') as Recorded;
	const body = Buffer.from(recorded.body, 'base64');
	createServer((_req, res) => {
		res.writeHead(recorded.status, recorded.headers);
		res.end(body);
	}).listen(Number(process.env.PORT), process.env.HOST);
}

interface AutocannonResult {
	duration: number;
	requests: { average: number };
	'2xx': number;
	non2xx: number;
	errors: number;
	timeouts: number;
}

/** One autocannon run (its CLI, pinned to core 0) against `url`. */
function cannon(url: string, duration: number): Promise<AutocannonResult> {
	const cli = join(root, 'node_modules', 'autocannon', 'autocannon.js');
	const options = ['-j', '-c', `${connections}`, '-d', `${duration}`, '-H', `accept-encoding=${acceptEncoding}`];
	const [command, argv] = pinned(0, process.execPath, [cli, ...options, url]);
	return new Promise((resolve, reject) => {
		const child = track(spawn(command, argv, { stdio: ['ignore', 'pipe', 'pipe'] }));
		let out = '';
		let err = '';
		child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
		child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
		const guard = setTimeout(() => child.kill('SIGKILL'), (duration + 20) * 1000);
		child.on('exit', (code) => {
			clearTimeout(guard);
			if (code !== 0) return reject(new Error(`autocannon exited with ${code}: ${err}`));
			const result = JSON.parse(out) as AutocannonResult;
			if (result.non2xx || result.errors || result.timeouts)
				console.log(`    (${url}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts)`);
			resolve(result);
		});
	});
}

function describe(response: Recorded): string {
	const encoding = response.headers.find((_, i, all) => all[i - 1]?.toLowerCase() === 'content-encoding');
	const bytes = Buffer.from(response.body, 'base64').length;
	return `${response.status}, ${response.headers.length / 2} headers, ${bytes} B body (${encoding ?? 'identity'})`;
}

const median = (values: number[]): number => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const perSecond = (value: number): string => `${Math.round(value).toLocaleString('en').padStart(7)} req/s`;

interface Round {
	rps: number;
	busy: number | undefined; // share of one core the server used during the round
}

async function measure(servers: Server[], count: number): Promise<Map<Server, Round[]>> {
	const results = new Map<Server, Round[]>(servers.map((server) => [server, []]));
	for (const server of servers) await cannon(server.url + path, 1); // Warm-up (JIT, sockets); not counted.
	for (let round = 1; round <= count; round++) {
		for (const server of servers) {
			const before = cpuSeconds(server.pid);
			const result = await cannon(server.url + path, seconds);
			const after = cpuSeconds(server.pid);
			const busy = before === undefined || after === undefined ? undefined : (after - before) / result.duration;
			results.get(server)!.push({ rps: result.requests.average, busy });
			const cpu = busy === undefined ? '' : `   server CPU ${Math.round(busy * 100)}%`;
			console.log(`  round ${round}  ${server.name.padEnd(26)} ${perSecond(result.requests.average)}${cpu}`);
		}
	}
	return results;
}

/** Median req/s, and median requests per CPU-second of the server (its cost, whoever the bottleneck is). */
function summarize(rounds: Round[]): { rps: number; perCpu: number | undefined } {
	const perCpu = rounds.flatMap((round) => (round.busy ? [round.rps / round.busy] : []));
	return { rps: median(rounds.map((round) => round.rps)), perCpu: perCpu.length ? median(perCpu) : undefined };
}

async function main(): Promise<void> {
	requireBuild();
	timeLimit(60 + (2 * rounds + 2) * (seconds + 3));
	const node = process.execPath;
	console.log(`GET ${path}, accept-encoding: ${acceptEncoding}; ${connections} connections, ${seconds} s per round`);
	console.log(`servers on core 1, autocannon on core 0: ${hasTaskset ? 'yes' : 'no (taskset not found)'}`);
	// Other work on the machine skews every figure; the load average says how quiet it was.
	console.log(`load average (1, 5, 15 min) before: ${loadavg().map((load) => load.toFixed(2))}`);

	const real = await startServer('node server/main.ts', node, ['server/main.ts'], { cpu: 1, probePath: path });
	const recorded = await record(real.url + path);
	const env = { RAW_RESPONSE: JSON.stringify(recorded) };
	const raw = await startServer('raw node:http replay', node, [import.meta.filename, '--raw-server'], { cpu: 1, env });
	const replayed = await record(raw.url + path);
	const same = replayed.body === recorded.body && replayed.headers.join('\n') === recorded.headers.join('\n');
	console.log(`response: ${describe(recorded)}`);
	console.log(`replay identical to the real response (apart from date): ${same ? 'yes' : 'NO'}\n`);

	const results = await measure([real, raw], rounds);
	await real.stop();
	await raw.stop();

	console.log('\nstock adapter-node, for reference');
	const adapter = await startServer('node build/index.js', node, ['build/index.js'], { cpu: 1, probePath: path });
	console.log(`response: ${describe(await record(adapter.url + path))}`);
	for (const [server, list] of await measure([adapter], 2)) results.set(server, list);
	await adapter.stop();

	const summaries = [real, raw, adapter].map((server) => ({ server, ...summarize(results.get(server)!) }));
	console.log('\nmedians                          req/s   req per server CPU-second');
	for (const { server, rps, perCpu } of summaries) {
		const cost = perCpu ? Math.round(perCpu).toLocaleString('en') : '-';
		console.log(`  ${server.name.padEnd(26)} ${perSecond(rps)}   ${cost}`);
	}
	// Below ~100% server CPU the load generator, not the server, set the pace; the per-CPU ratio still compares.
	const [mine, ceiling] = [summaries[0]!, summaries[1]!];
	const ratio = mine.rps / ceiling.rps;
	console.log(`ratio real/raw, req/s: ${ratio.toFixed(2)}   (target >= 0.5: ${ratio >= 0.5 ? 'met' : 'NOT met'})`);
	if (mine.perCpu && ceiling.perCpu)
		console.log(`ratio real/raw, req per server CPU-second: ${(mine.perCpu / ceiling.perCpu).toFixed(2)}`);
}

if (process.argv[2] === '--raw-server') rawServer();
else
	main().then(
		() => process.exit(0),
		(error: unknown) => {
			console.error(error);
			process.exit(1);
		}
	);
