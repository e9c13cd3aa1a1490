import fc from 'fast-check';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/server/db/schema.ts';
import { DIALECTS } from '../databases.ts';
import { castOf, type Cast, type Role } from './cast.ts';
import type { Answer } from './members.ts';
import { startServer, type TestServer } from './server.ts';

// Random and hostile input at the write routes and query parameters of personalized guidance that the other
// tests do not fuzz (sharing, and everything the admin writes): never a 500, every refusal problem+json, and a
// refused write leaves the tables it would touch exactly as they were. Messages, notes, bookings and requests
// have their own (messages-bad-input, specialist-workspace, sessions, bad-input).

const runs = Number(process.env.API_FUZZ_RUNS ?? 40);

const hostile = [
	'<script>alert(1)</script>',
	"'; DROP TABLE consents; --",
	'\u0000nul',
	'\u202Eoverride',
	'👩‍👩‍👧‍👦',
	'\uD800 lone surrogate',
	'x'.repeat(5000),
	'America/Nowhere',
	'2026-02-30T00:00:00Z',
	'../../etc/passwd'
];
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
	fc.constantFrom(...hostile),
	fc.string({ maxLength: 40 }),
	fc.string({ unit: 'binary', maxLength: 40 }),
	fc.integer(),
	fc.double(),
	fc.boolean(),
	fc.constant(null),
	fc.array(fc.oneof(fc.constantFrom(...hostile), fc.integer(), fc.constant('en')), { maxLength: 3 }),
	fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 })
);

/** A body built on a valid one: some fields replaced with anything, maybe one field too many or one missing. */
function bodies(valid: Record<string, unknown>): fc.Arbitrary<unknown> {
	const names = Object.keys(valid);
	const mutated = fc
		.record({
			replace: fc.subarray(names),
			values: fc.array(anyValue, { minLength: names.length, maxLength: names.length }),
			drop: fc.option(fc.constantFrom(...names)),
			extra: fc.option(fc.tuple(fc.string({ minLength: 1, maxLength: 8 }), anyValue))
		})
		.map(({ replace, values, drop, extra }) => {
			const body: Record<string, unknown> = { ...valid };
			replace.forEach((name, i) => (body[name] = values[i]));
			if (drop !== null) delete body[drop];
			if (extra !== null && !(extra[0] in body)) body[extra[0]] = extra[1];
			return body;
		});
	return fc.oneof({ weight: 4, arbitrary: mutated }, fc.jsonValue({ maxDepth: 2 }));
}

interface WriteCase {
	name: string;
	role: Role;
	method: 'POST' | 'PUT';
	path: (cast: Cast) => string;
	valid: (cast: Cast) => Record<string, unknown>;
	/** What the write may change, read whole, to compare before and after a refusal. */
	tables: Array<keyof Database>;
}

const writes: WriteCase[] = [
	{
		name: 'a member shares',
		role: 'owner',
		method: 'POST',
		path: () => '/api/v1/sharing',
		valid: (cast) => ({ specialistId: cast.ids.assignedNoConsent, item: 'plan' }),
		tables: ['consents']
	},
	{
		name: 'a member stops sharing',
		role: 'owner',
		method: 'POST',
		path: () => '/api/v1/sharing/revoke',
		valid: (cast) => ({ specialistId: cast.ids.assignedWithConsent, item: 'timeline' }),
		tables: ['consents']
	},
	{
		name: 'the admin invites',
		role: 'admin',
		method: 'POST',
		path: () => '/api/v1/admin/invites',
		valid: () => ({ email: 'invited@example.org' }),
		tables: ['staff_invites', 'staff']
	},
	{
		name: 'the admin sets a profile',
		role: 'admin',
		method: 'PUT',
		path: (cast) => `/api/v1/admin/specialists/${cast.ids.unassignedSpecialist}`,
		valid: () => ({
			displayName: 'Rosa M.',
			languages: ['es'],
			focus: ['parent'],
			capacity: 12,
			timeZone: 'America/Denver'
		}),
		tables: ['specialist_profiles']
	},
	{
		name: 'the admin names the organisation and its crisis resources',
		role: 'admin',
		method: 'PUT',
		path: () => '/api/v1/admin/organisation',
		valid: () => ({ name: 'Porch Family Services', crisisResources: null }),
		tables: ['organisation']
	},
	{
		name: 'the admin assigns a request',
		role: 'admin',
		method: 'POST',
		path: (cast) => `/api/v1/admin/requests/${cast.requests.noConsent}/assign`,
		valid: (cast) => ({ specialistId: cast.ids.assignedNoConsent }),
		tables: ['guidance_requests']
	}
];

/** Readings whose query the caller writes (the value comes already encoded): anything is answered, never a 500. */
const reads: Array<{ name: string; role: Role; path: (cast: Cast, query: string) => string }> = [
	{
		name: 'open slots',
		role: 'owner',
		path: (cast, query) => `/api/v1/specialists/${cast.ids.assignedWithConsent}/slots?from=${query}&to=${query}`
	},
	{ name: 'the audit log', role: 'admin', path: (_, query) => `/api/v1/admin/audit?before=${query}` }
];

/** Query values as a URL carries them: text percent-encoded, and encodings no browser would send. */
const queries = fc.oneof(
	fc.oneof(fc.constantFrom(...hostile), fc.string({ maxLength: 40 })).map((v) => encodeURIComponent(v.toWellFormed())),
	fc.constantFrom('%', '%zz', '%ED%A0%80', '%00', '%FF%FE', '&from=&to=', '1e309', '-1')
);

function expectHonest(answer: Answer, what: string): void {
	expect(answer.status, `${what}: ${answer.text.slice(0, 200)}`).toBeLessThan(500);
	if (answer.status >= 400) expect(answer.headers.get('content-type'), what).toBe('application/problem+json');
}

async function tablesOf(cast: Cast, tables: Array<keyof Database>): Promise<unknown[]> {
	return cast.database((db: Kysely<Database>) =>
		Promise.all(tables.map((table) => db.selectFrom(table).selectAll().execute()))
	);
}

for (const dialect of DIALECTS) {
	describe(`bad input in personalized guidance, on ${dialect}`, () => {
		let server: TestServer;
		let cast: Cast;

		beforeAll(async () => {
			server = await startServer({ dialect });
			cast = await castOf(server);
		}, 120_000);
		afterAll(async () => server?.dispose());

		for (const write of writes)
			it(`${write.name}: ${write.method} — never a 500, a refusal changes nothing`, async () => {
				const who = cast.clients[write.role];
				const accepted = await who.request(write.method, write.path(cast), { body: write.valid(cast) });
				expect(accepted.status, `the valid body: ${accepted.text}`).toBeLessThan(300);
				await fc.assert(
					fc.asyncProperty(bodies(write.valid(cast)), async (body) => {
						const before = await tablesOf(cast, write.tables);
						const answer = await who.request(write.method, write.path(cast), { body });
						expectHonest(answer, JSON.stringify(body).slice(0, 200));
						if (answer.status >= 400) expect(await tablesOf(cast, write.tables)).toEqual(before);
					}),
					{ numRuns: runs }
				);
				for (const raw of ['', 'not json', '{"unclosed": ', '[]', 'null', '\u0000'])
					expectHonest(
						await who.request(write.method, write.path(cast), { raw, contentType: 'application/json' }),
						`raw ${JSON.stringify(raw)}`
					);
			});

		for (const read of reads)
			it(`${read.name}: any query is answered, never a 500`, async () => {
				const who = cast.clients[read.role];
				await fc.assert(
					fc.asyncProperty(queries, async (query) => expectHonest(await who.get(read.path(cast, query)), query)),
					{ numRuns: runs }
				);
			});
	});
}
