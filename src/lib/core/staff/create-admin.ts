import { z } from 'zod';
import type { AccountDeps } from '../accounts/ports.ts';
import { signUpInput } from '../accounts/sign-up.ts';
import { parseInput } from '../shared/parse.ts';

// The first admin (issue #5): `npm run admin:create -- --email …` makes the account, or promotes an existing
// one, and answers a one-time link to choose the password. The link is printed for the operator, not e-mailed:
// whoever runs the command on the server is trusted to pass it on.

export type StaffRole = 'admin' | 'specialist';

export interface Staff {
	roleOf(memberId: string): Promise<StaffRole | undefined>;
	/** Makes the member staff in this role (replacing another role). */
	grant(memberId: string, role: StaffRole, now: Date): Promise<void>;
}

export const createAdminInput = z.object({ email: signUpInput.shape.email }).strict();

export const setupLinkLifetimeMs = 24 * 60 * 60_000;

export async function createAdmin(
	deps: AccountDeps & { staff: Staff },
	raw: unknown,
	now: Date
): Promise<{ email: string; created: boolean; link: string }> {
	const { email } = parseInput(createAdminInput, raw, 'admin');
	let member = await deps.members.findByEmail(email);
	const created = !member;
	if (!member) {
		// No usable password until the link is opened: the hash is of a random value nobody knows.
		const record = {
			id: deps.newId(),
			email,
			emailVerifiedAt: null,
			passwordHash: await deps.passwords.hash(`${deps.newId()}${deps.newId()}`),
			locale: 'en'
		};
		await deps.members.create(record, now);
		member = await deps.members.findByEmail(email);
		if (!member) throw new Error('the admin account could not be created');
	}
	await deps.staff.grant(member.id, 'admin', now);
	const token = await deps.tokens.issue(
		member.id,
		email,
		'reset-password',
		new Date(now.getTime() + setupLinkLifetimeMs)
	);
	return { email, created, link: deps.link(`/${member.locale === 'es' ? 'es' : 'en'}/account/reset`, token) };
}
