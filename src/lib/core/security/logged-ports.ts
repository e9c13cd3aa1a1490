import type { ConsentStore } from '../guidance/consent.ts';
import type { Staff } from '../staff/create-admin.ts';
import type { SecurityLog } from './events.ts';

// Role and consent changes reach the security log by wrapping the ports that make them, so every use-case that
// grants a role or shares an item is logged without knowing it — and a new one cannot forget to. Only real
// changes are logged: granting a role someone already has, or sharing what is already shared, is not an event.

export function withRoleEvents(staff: Staff, events: SecurityLog): Staff {
	return {
		roleOf: (memberId) => staff.roleOf(memberId),
		async grant(memberId, role, now) {
			const before = await staff.roleOf(memberId);
			await staff.grant(memberId, role, now);
			if (before === role) return;
			if (before) await events.record(memberId, 'role-removed', now, before);
			await events.record(memberId, 'role-granted', now, role);
		}
	};
}

export function withConsentEvents(consents: ConsentStore, events: SecurityLog): ConsentStore {
	return {
		isLive: (...args) => consents.isLive(...args),
		live: (memberId) => consents.live(memberId),
		async grant(memberId, specialistId, item, id, now) {
			const was = await consents.isLive(memberId, specialistId, item);
			await consents.grant(memberId, specialistId, item, id, now);
			if (!was) await events.record(memberId, 'consent-granted', now, item);
		},
		async revoke(memberId, specialistId, item, now) {
			const was = await consents.isLive(memberId, specialistId, item);
			await consents.revoke(memberId, specialistId, item, now);
			if (was) await events.record(memberId, 'consent-revoked', now, item);
		}
	};
}
