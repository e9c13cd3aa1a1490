// Message delivery latency (issue #5, "measured, not asserted"): from posting a message (the POST is sent) to
// its arrival on the Server-Sent Events streams held open for the thread, as p50/p99 over every receipt.
// With 200 streams open on one instance (SQLite; PostgreSQL), and across two instances on one PostgreSQL
// database (posted through one, streams on the other: LISTEN/NOTIFY).
//
//   npm run build && npm run bench:messages        (PostgreSQL on TEST_POSTGRES_URL, as the API tests)
//
// 5 member/specialist pairs, 40 streams per thread (a specialist's tabs, as many browsers would hold), 200 in
// all; 100 messages, posted one after another a little apart, round the threads. Every stream receives every
// message of its thread, so 100 posts give 4,000 receipts.
import { assignedRequest, makeStaff, memberIdOf } from '../test/api/cast.ts';
import { client, password, signedInMember, type Client } from '../test/api/members.ts';
import { startServer, type TestServer } from '../test/api/server.ts';
import { sseReader, type SseReader } from '../test/api/sse.ts';
import { requireBuild, timeLimit } from './servers.ts';

const PAIRS = 5;
const STREAMS_PER_THREAD = 40;
const MESSAGES = 100;
const GAP_MS = 25;

requireBuild();
timeLimit(600);

interface Pair {
	member: Client;
	/** The specialist, signed in on the posting instance. */
	specialist: Client;
	threadId: string;
}

async function signIn(server: TestServer, email: string): Promise<Client> {
	const who = client(server, email);
	const answer = await who.request('POST', '/api/v1/auth/signin', { body: { email, password } });
	if (answer.status !== 200) throw new Error(`sign-in: ${answer.status} ${answer.text}`);
	return who;
}

async function pairs(server: TestServer): Promise<Pair[]> {
	const made: Pair[] = [];
	for (let i = 0; i < PAIRS; i++) {
		const member = await signedInMember(server, `bench-member-${i}`);
		const specialist = await signedInMember(server, `bench-specialist-${i}`);
		const specialistId = await makeStaff(server, specialist, 'specialist');
		await assignedRequest(server, await memberIdOf(server, member), specialistId);
		const opened = await member.request('POST', '/api/v1/threads', { body: { with: specialistId } });
		made.push({ member, specialist, threadId: (opened.json as { id: string }).id });
	}
	return made;
}

const percentile = (sorted: number[], p: number) =>
	sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;

/** Streams held by the specialists on `watching` (the posting instance itself, or another). */
async function measure(label: string, all: Pair[], watching?: TestServer) {
	const watchers = await Promise.all(
		all.map((pair) => (watching ? signIn(watching, pair.specialist.email!) : pair.specialist))
	);
	const received = new Map<string, number[]>();
	const readers: SseReader[] = [];
	const loops: Promise<void>[] = [];
	for (const [p, pair] of all.entries())
		for (let s = 0; s < STREAMS_PER_THREAD; s++) {
			const answer = await watchers[p]!.request('GET', `/api/v1/threads/${pair.threadId}/stream`);
			if (answer.status !== 200 || !answer.stream) throw new Error(`stream: ${answer.status} ${answer.text}`);
			const reader = sseReader(answer.stream);
			readers.push(reader);
			loops.push(
				(async () => {
					for (;;) {
						const event = await reader.next(60_000).catch(() => undefined);
						if (!event) return;
						const at = performance.now();
						if (event.id) received.set(event.id, [...(received.get(event.id) ?? []), at]);
					}
				})()
			);
		}

	const sentAt = new Map<string, number>();
	for (let i = 0; i < MESSAGES; i++) {
		const pair = all[i % all.length]!;
		const started = performance.now();
		const answer = await pair.member.request('POST', `/api/v1/threads/${pair.threadId}/messages`, {
			body: { body: `Bench message ${i}: we talked for ten minutes tonight.` }
		});
		if (answer.status !== 201) throw new Error(`post: ${answer.status} ${answer.text}`);
		sentAt.set((answer.json as { id: string }).id, started);
		await new Promise((resolve) => setTimeout(resolve, GAP_MS));
	}
	// Let the last receipts land.
	const expected = MESSAGES * STREAMS_PER_THREAD;
	const deadline = Date.now() + 10_000;
	const count = () => [...sentAt.keys()].reduce((n, id) => n + (received.get(id)?.length ?? 0), 0);
	while (count() < expected && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));

	const latencies = [...sentAt]
		.flatMap(([id, at]) => (received.get(id) ?? []).map((t) => t - at))
		.sort((a, b) => a - b);
	for (const reader of readers) await reader.close();
	await Promise.all(loops);
	console.log(
		`${label.padEnd(44)} streams ${String(readers.length).padStart(3)}  receipts ${latencies.length}/${expected}  ` +
			`p50 ${percentile(latencies, 50).toFixed(1)} ms  p99 ${percentile(latencies, 99).toFixed(1)} ms  ` +
			`max ${latencies.at(-1)!.toFixed(1)} ms`
	);
}

const servers: TestServer[] = [];
try {
	const sqlite = await startServer({ dialect: 'sqlite' });
	servers.push(sqlite);
	await measure('SQLite, one instance', await pairs(sqlite));

	const pg = await startServer({ dialect: 'postgres' });
	servers.push(pg);
	const onPg = await pairs(pg);
	await measure('PostgreSQL, one instance', onPg);
	const second = await startServer({ dialect: 'postgres', sameDataAs: pg });
	servers.push(second);
	await measure('PostgreSQL, two instances (post A, stream B)', onPg, second);
} finally {
	for (const server of servers.reverse()) await server.dispose();
}
