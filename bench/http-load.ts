// A small load loop over node:http, and the table of its figures: each client sends one request after another on
// its own keep-alive connection until the time is up; the latency of each 2xx answer, the statuses and the
// server's CPU are counted.
//
// We drive the load with a small loop over node:http rather than autocannon: autocannon's per-connection context
// is reset each time its request list starts over, so it cannot give each connection its own cookie or address.
import { Agent, request, type OutgoingHttpHeaders } from 'node:http';
import type { Dialect } from '../src/lib/server/db/connect.ts';
import { ms, quantile } from './databases.ts';
import { cpuSeconds, type Server } from './servers.ts';

export interface Call {
	method: string;
	path: string;
	headers: OutgoingHttpHeaders;
	body?: string;
}

interface Reply {
	status: number;
	setCookie: string[];
}

export function send(server: Server, agent: Agent, call: Call): Promise<Reply> {
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

/** Headers for a JSON body, with any others. */
export const json = (body: string, extra: OutgoingHttpHeaders = {}): OutgoingHttpHeaders => ({
	'content-type': 'application/json',
	'content-length': Buffer.byteLength(body),
	...extra
});

/** One client of the load: its own connection, and what it sends next. */
export interface Client {
	agent: Agent;
	next(): Call;
}

export interface Outcome {
	/** Latencies of the 2xx answers, ms, sorted. */
	latencies: number[];
	statuses: Map<number, number>;
	errors: number;
	elapsedMs: number;
	serverCpu: number | undefined;
}

/** Every client sends its next request as soon as the previous one is answered, until the time is up. */
export async function drive(server: Server, clients: Client[], duration: number): Promise<Outcome> {
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

export interface Row {
	dialect: Dialect;
	scenario: string;
	outcome: Outcome;
}

/** The figures of every dialect and scenario, one row each. */
export function printRows(rows: Row[]): void {
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

/** The statuses answered and how often: "200×812, 429×3". */
export function describeStatuses(outcome: Outcome): string {
	return [...outcome.statuses]
		.sort(([a], [b]) => a - b)
		.map(([status, count]) => `${status}×${count}`)
		.join(', ');
}
