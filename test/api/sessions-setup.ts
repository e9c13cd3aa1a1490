import { assignedRequest, makeStaff, memberIdOf } from './cast.ts';
import { signedInMember, type Client } from './members.ts';
import type { TestServer } from './server.ts';

// A specialist open every day, all day, in UTC (30-minute sessions), and members assigned to them: what the
// sessions tests need, made through the API where there is one.

export const allDay = {
	timeZone: 'UTC',
	sessionMinutes: 30,
	rules: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '00:00', end: '24:00' })),
	exceptions: []
};

export async function openSpecialist(server: TestServer): Promise<{ client: Client; id: string }> {
	const client = await signedInMember(server, 'specialist');
	const id = await makeStaff(server, client, 'specialist');
	const saved = await client.request('PUT', '/api/v1/specialist/availability', { body: allDay });
	if (saved.status !== 200) throw new Error(`setting hours: ${saved.status} ${saved.text}`);
	return { client, id };
}

/** `count` new members, each with a request assigned to the specialist; made a few at a time. */
export async function assignedMembers(server: TestServer, specialistId: string, count: number): Promise<Client[]> {
	const members: Client[] = [];
	for (let i = 0; i < count; i += 5) {
		const batch = await Promise.all(
			Array.from({ length: Math.min(5, count - i) }, (_, j) => signedInMember(server, `member-${i + j}`))
		);
		for (const member of batch) await assignedRequest(server, await memberIdOf(server, member), specialistId);
		members.push(...batch);
	}
	return members;
}

/** The specialist's open slots as the member sees them, between the two instants (default: the next 14 days). */
export async function slotsOf(member: Client, specialistId: string, from?: Date, to?: Date) {
	const query = from && to ? `?from=${from.toISOString()}&to=${to.toISOString()}` : '';
	const answer = await member.get(`/api/v1/specialists/${specialistId}/slots${query}`);
	if (answer.status !== 200) throw new Error(`slots: ${answer.status} ${answer.text}`);
	return (answer.json as { slots: { startsAt: string; endsAt: string }[] }).slots;
}
