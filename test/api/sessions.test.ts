import fc from 'fast-check';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../databases.ts';
import { database } from './cast.ts';
import { outbox, type Client } from './members.ts';
import { startServer, type TestServer } from './server.ts';
import { assignedMembers, openSpecialist, slotsOf } from './sessions-setup.ts';

// A booking's calendar file is one a calendar client accepts (parsed with ical.js), and keeps its UID when the
// session moves; the reminder a day before is sent exactly once, even with two instances on one PostgreSQL
// database, and not at all for a session cancelled since or booked less than a day ahead.

const day = 86_400_000;
const hours = (n: number) => n * 3_600_000;

async function bookAt(member: Client, specialistId: string, startsAt: string) {
	const answer = await member.request('POST', '/api/v1/bookings', { body: { specialistId, startsAt } });
	expect(answer.status, answer.text).toBe(201);
	return answer.json as { id: string; startsAt: string; endsAt: string; seriesId: string; sequence: number };
}

function eventOf(text: string) {
	const calendar = new ICAL.Component(ICAL.parse(text));
	const vevent = calendar.getFirstSubcomponent('vevent');
	expect(vevent).toBeTruthy();
	return new ICAL.Event(vevent!);
}

const reminders = (server: TestServer, email: string) =>
	outbox(server.dataDir).filter((m) => m.to === email && m.text.includes('A reminder'));

describe('a booking’s calendar file', () => {
	let server: TestServer;
	beforeAll(async () => {
		server = await startServer({ dialect: DIALECTS[0]!, env: { ADDRESS_LIMIT_MULTIPLIER: '100' } });
	}, 60_000);
	afterAll(async () => server?.dispose());

	it('is an iCalendar event a calendar accepts, for both sides, updated in place when moved', async () => {
		const specialist = await openSpecialist(server);
		const [member] = await assignedMembers(server, specialist.id, 1);
		const [first, second] = await slotsOf(
			member!,
			specialist.id,
			new Date(Date.now() + 2 * day),
			new Date(Date.now() + 3 * day)
		);
		const booking = await bookAt(member!, specialist.id, first!.startsAt);

		const file = await member!.get(`/api/v1/bookings/${booking.id}/ics`);
		expect(file.status).toBe(200);
		expect(file.headers.get('content-type')).toMatch(/^text\/calendar/);
		expect(file.headers.get('content-disposition')).toMatch(/^attachment; filename="session-\d{4}-\d{2}-\d{2}\.ics"$/);
		expect(file.headers.get('cache-control')).toBe('no-store');
		const event = eventOf(file.text);
		expect(event.startDate.toJSDate().toISOString()).toBe(booking.startsAt);
		expect(event.endDate.toJSDate().toISOString()).toBe(booking.endsAt);
		expect(event.uid).toBe(`${booking.id}@127.0.0.1`);
		expect(event.sequence).toBe(0);
		expect(event.summary).toBe('Session with your family recovery specialist');
		// Nothing about who: no e-mail address, no name.
		expect(file.text).not.toContain(member!.email!);

		const forSpecialist = await specialist.client.get(`/api/v1/bookings/${booking.id}/ics?lang=es`);
		expect(eventOf(forSpecialist.text).summary).toBe('Sesión con tu especialista en recuperación familiar');

		const moved = await member!.request('POST', `/api/v1/bookings/${booking.id}/move`, {
			body: { startsAt: second!.startsAt }
		});
		expect(moved.status, moved.text).toBe(201);
		const newId = (moved.json as { id: string }).id;
		const after = eventOf((await member!.get(`/api/v1/bookings/${newId}/ics`)).text);
		expect(after.uid).toBe(event.uid);
		expect(after.sequence).toBe(1);
		expect(after.startDate.toJSDate().toISOString()).toBe(second!.startsAt);
		const old = eventOf((await member!.get(`/api/v1/bookings/${booking.id}/ics`)).text);
		expect(old.component.getFirstPropertyValue('status')).toBe('CANCELLED');
	});
});

for (const dialect of DIALECTS) {
	const two = dialect === 'postgres';
	describe(`the reminder a day before, on ${dialect}${two ? ' with two instances' : ''}`, () => {
		let first: TestServer;
		let second: TestServer | undefined;
		beforeAll(async () => {
			const env = { JOB_INTERVAL_SECONDS: '1', ADDRESS_LIMIT_MULTIPLIER: '100' };
			first = await startServer({ dialect, env });
			if (two) second = await startServer({ dialect, sameDataAs: first, env });
		}, 60_000);
		afterAll(async () => {
			await second?.dispose();
			await first?.dispose();
		});

		it('is sent once to each side, and not for a cancelled session or one booked less than a day ahead', async () => {
			const specialist = await openSpecialist(first);
			const [member] = await assignedMembers(first, specialist.id, 1);
			const later = await slotsOf(
				member!,
				specialist.id,
				new Date(Date.now() + 2 * day),
				new Date(Date.now() + 3 * day)
			);
			const soon = await slotsOf(
				member!,
				specialist.id,
				new Date(Date.now() + hours(2)),
				new Date(Date.now() + hours(20))
			);

			const cancelled = await bookAt(member!, specialist.id, later[0]!.startsAt);
			expect((await specialist.client.request('DELETE', `/api/v1/bookings/${cancelled.id}`)).status).toBe(200);
			const kept = await bookAt(member!, specialist.id, later[2]!.startsAt);
			// Less than a day ahead: the booking's own notice is enough; no reminder job at all.
			const tomorrowish = await bookAt(member!, specialist.id, soon[0]!.startsAt);

			const jobs = await database(first, (db) =>
				db.selectFrom('jobs').select(['id', 'payload']).where('kind', '=', 'session.reminder').execute()
			);
			const about = (id: string) =>
				jobs.filter((j) => (JSON.parse(j.payload) as { bookingId: string }).bookingId === id);
			expect(about(cancelled.id)).toHaveLength(1);
			expect(about(kept.id)).toHaveLength(1);
			expect(about(tomorrowish.id)).toHaveLength(0);

			// Make the reminders due now, as if a day before had come; both instances look every second.
			await database(first, (db) =>
				db
					.updateTable('jobs')
					.set({ run_at: new Date(Date.now() - 1000).toISOString() })
					.where('kind', '=', 'session.reminder')
					.execute()
			);
			const deadline = Date.now() + 15_000;
			while (Date.now() < deadline && reminders(first, member!.email!).length === 0)
				await new Promise((resolve) => setTimeout(resolve, 200));
			// Give every instance a few more runs to (wrongly) send it again.
			await new Promise((resolve) => setTimeout(resolve, 4000));

			expect(reminders(first, member!.email!)).toHaveLength(1);
			expect(reminders(first, specialist.client.email!)).toHaveLength(1);
			const mail = reminders(first, member!.email!)[0]!;
			expect(mail.text).toContain('/en/account/guidance/sessions');
			expect(reminders(first, specialist.client.email!)[0]!.text).toContain('/en/specialist/sessions');
			// The other side was told of each change, once, in a plain e-mail with a link and nothing else.
			const told = (email: string, words: string) =>
				outbox(first.dataDir).filter((m) => m.to === email && m.text.includes(words));
			expect(told(specialist.client.email!, 'A session was booked')).toHaveLength(3);
			expect(told(member!.email!, 'A session was cancelled')).toHaveLength(1);
			expect(told(member!.email!, 'A session was booked')).toHaveLength(0);
			const aboutSessions = outbox(first.dataDir).filter((m) => m.text.includes('/sessions'));
			expect(aboutSessions).toHaveLength(3 + 1 + 2);
			for (const mail of aboutSessions) expect(mail.text).not.toMatch(/@example\.org|Specialist /);
			const done = await database(first, (db) =>
				db.selectFrom('jobs').select(['done_at', 'last_error']).where('kind', '=', 'session.reminder').execute()
			);
			expect(done.every((j) => j.done_at !== null && j.last_error === null)).toBe(true);
		}, 120_000);
	});
}

describe('bad input to the sessions routes', () => {
	let server: TestServer;
	beforeAll(async () => {
		server = await startServer({ dialect: DIALECTS[0]!, env: { ADDRESS_LIMIT_MULTIPLIER: '100' } });
	}, 60_000);
	afterAll(async () => server?.dispose());

	it('is refused with a problem, never a 500, and stores nothing', async () => {
		const specialist = await openSpecialist(server);
		const [member] = await assignedMembers(server, specialist.id, 1);
		const [slot, other] = await slotsOf(
			member!,
			specialist.id,
			new Date(Date.now() + 2 * day),
			new Date(Date.now() + 3 * day)
		);
		const booking = await bookAt(member!, specialist.id, slot!.startsAt);
		const stored = () =>
			database(server, async (db) => ({
				bookings: await db.selectFrom('bookings').selectAll().orderBy('id').execute(),
				hours: await db.selectFrom('availability').selectAll().orderBy('specialist_id').execute()
			}));
		const before = await stored();

		const hostile = fc.oneof(
			fc.jsonValue(),
			fc.record({ specialistId: fc.jsonValue(), startsAt: fc.jsonValue() }),
			fc.record({ specialistId: fc.constant(specialist.id), startsAt: fc.string({ maxLength: 80 }) }),
			fc.record({
				startsAt: fc.oneof(fc.string(), fc.constant('2026-02-30T25:00:00Z'), fc.constant(other!.startsAt + 'x'))
			}),
			fc.record({
				timeZone: fc.oneof(fc.string(), fc.constant('Mars/Olympus'), fc.constant('UTC\u0000')),
				sessionMinutes: fc.oneof(fc.integer(), fc.double(), fc.string()),
				rules: fc.oneof(
					fc.jsonValue(),
					fc.array(fc.record({ weekday: fc.integer(), start: fc.string(), end: fc.string() }), { maxLength: 60 })
				),
				exceptions: fc.jsonValue()
			})
		);
		const calls: Array<[Client, string, string]> = [
			[member!, 'POST', '/api/v1/bookings'],
			[member!, 'POST', `/api/v1/bookings/${booking.id}/move`],
			[specialist.client, 'PUT', '/api/v1/specialist/availability']
		];
		await fc.assert(
			fc.asyncProperty(fc.constantFrom(...calls), hostile, async ([who, method, path], body) => {
				const answer = await who.request(method, path, { body });
				expect(answer.status, answer.text).toBeLessThan(500);
				expect(answer.headers.get('content-type')).toBe('application/problem+json');
			}),
			{ numRuns: 150 }
		);
		for (const raw of [
			'',
			'not json',
			'[]',
			'{"startsAt":',
			'"x"',
			'null',
			'{"specialistId":"a","startsAt":"b","c":1}'
		])
			for (const [who, method, path] of calls) {
				const answer = await who.request(method, path, { raw, contentType: 'application/json' });
				expect(answer.status, `${method} ${path} ${raw}`).toBe(400);
			}
		for (const id of ['%00', 'x'.repeat(300), '..', "' or 1=1 --"]) {
			expect((await member!.request('DELETE', `/api/v1/bookings/${encodeURIComponent(id)}`)).status).toBe(404);
			expect((await member!.get(`/api/v1/bookings/${encodeURIComponent(id)}/ics`)).status).toBe(404);
			expect((await member!.get(`/api/v1/specialists/${encodeURIComponent(id)}/slots`)).status).toBe(404);
		}
		for (const query of [
			'from=yesterday',
			'from=2026-01-01T00:00:00Z&to=2025-01-01T00:00:00Z',
			'to=2099-01-01T00:00:00Z'
		])
			expect((await member!.get(`/api/v1/specialists/${specialist.id}/slots?${query}`)).status).toBe(400);

		// No hostile body is a valid one here (no zone, no free slot is named): nothing was stored or changed.
		expect(await stored()).toEqual(before);
	}, 120_000);
});
