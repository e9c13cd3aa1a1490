import { z } from 'zod';
import { DomainError } from '../shared/errors.ts';
import { enforceLimits } from './limits.ts';
import type { AccountDeps, MemberRecord } from './ports.ts';

// Before the gravest changes the member proves who they are again (see recent-proof.ts): this checks the
// password. Limited per account, so it cannot be used to guess.

export const passwordAgain = z
	.string({ error: 'passwordRequired' })
	.min(1, 'passwordRequired')
	.max(4096, 'passwordWrong');

/** The password typed again, where a recent proof on the session may stand in for it. */
export const optionalPasswordAgain = z.string().max(4096, 'passwordWrong').optional();

export async function reauthenticate(
	deps: Pick<AccountDeps, 'members' | 'passwords' | 'limiter'>,
	memberId: string,
	password: string,
	now: Date
): Promise<MemberRecord> {
	await enforceLimits(deps.limiter, [['reauth-member', memberId]], now);
	const member = await deps.members.findById(memberId);
	if (!member) throw new DomainError('unauthorized', 'the account is gone');
	if (!(await deps.passwords.verify(member.passwordHash, password)))
		throw new DomainError('forbidden', 'password does not match', [{ field: 'password', problem: 'passwordWrong' }]);
	await deps.limiter.clear('reauth-member', memberId);
	return member;
}
