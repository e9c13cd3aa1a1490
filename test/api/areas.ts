// Every kind of member data, read whole: "nothing changed" compares a member's snapshot before and after.

import { hasRouteFile } from './api-routes.ts';
import type { Client } from './members.ts';

/** Every kind of member data, read whole: "nothing changed" compares these before and after. */
export const areas: Array<{ name: string; route: string; take(owner: Client): Promise<unknown> }> = [
	{
		name: 'reach-outs',
		route: '/api/v1/reach-outs',
		take: async (owner) => (await owner.get('/api/v1/reach-outs')).json
	},
	{ name: 'check-ins', route: '/api/v1/check-ins', take: async (owner) => (await owner.get('/api/v1/check-ins')).json },
	{ name: 'contacts', route: '/api/v1/contacts', take: async (owner) => (await owner.get('/api/v1/contacts')).json },
	{ name: 'passkeys', route: '/api/v1/passkeys', take: async (owner) => (await owner.get('/api/v1/passkeys')).json },
	{ name: 'account', route: '/api/v1/account', take: async (owner) => (await owner.get('/api/v1/account')).json },
	// Personalized guidance, the member's side (area: member).
	{
		name: 'guidance requests',
		route: '/api/v1/guidance/requests',
		take: async (owner) => (await owner.get('/api/v1/guidance/requests')).json
	},
	{
		name: 'plan',
		route: '/api/v1/plan',
		take: async (owner) => ({
			plan: (await owner.get('/api/v1/plan')).json,
			versions: (await owner.get('/api/v1/plan/versions')).json
		})
	}
];

/** Every kind of member data that exists in this tree, read whole. */
export async function snapshot(owner: Client): Promise<Record<string, unknown>> {
	const taken: Record<string, unknown> = {};
	for (const area of areas) if (hasRouteFile(area.route)) taken[area.name] = await area.take(owner);
	return taken;
}
