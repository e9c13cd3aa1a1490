import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Passwords } from '../accounts/ports.ts';
import { resetPassword } from '../accounts/reset-password.ts';
import { signIn } from '../accounts/sign-in.ts';
import { DomainError } from '../shared/errors.ts';
import { DIALECTS, testDatabase, type TestDatabase } from '../../../../test/databases.ts';
import { accountDeps, argon2Passwords } from '../../server/accounts.ts';
import { staffRepository } from '../../server/db/repositories/staff.ts';
import { createAdmin } from './create-admin.ts';

const now = new Date('2026-11-30T08:00:00Z');
let passwords: Passwords;
beforeAll(async () => {
	passwords = await argon2Passwords();
});

for (const dialect of DIALECTS) {
	describe(`the first admin on ${dialect}`, () => {
		let database: TestDatabase;
		afterEach(async () => database.dispose());
		const deps = () => ({
			...accountDeps(database.db, { send: async () => undefined }, passwords, 'https://porchlight.example.org'),
			staff: staffRepository(database.db)
		});

		it('is created with a one-time link to choose the password, then signs in as admin', async () => {
			database = await testDatabase(dialect);
			const { created, link } = await createAdmin(deps(), { email: ' Admin@Example.org ' }, now);
			expect(created).toBe(true);
			expect(link).toMatch(/^https:\/\/porchlight\.example\.org\/en\/account\/reset\?token=/);
			const member = await deps().members.findByEmail('admin@example.org');
			expect(await deps().staff.roleOf(member!.id)).toBe('admin');

			const token = new URL(link).searchParams.get('token')!;
			await resetPassword(deps(), { token, password: 'a long sentence for the admin' }, now);
			const { memberId } = await signIn(
				deps(),
				{ email: 'admin@example.org', password: 'a long sentence for the admin' },
				now,
				'127.0.0.1'
			);
			expect(memberId).toBe(member!.id);
		});

		it('promotes an existing account, and refuses an address that is not one', async () => {
			database = await testDatabase(dialect);
			await createAdmin(deps(), { email: 'ana@example.org' }, now);
			const again = await createAdmin(deps(), { email: 'ana@example.org' }, now);
			expect(again.created).toBe(false);
			const error = await createAdmin(deps(), { email: 'not an address' }, now).catch((e: unknown) => e);
			expect(error).toBeInstanceOf(DomainError);
			expect((error as DomainError).fields).toEqual([{ field: 'email', problem: 'emailInvalid' }]);
		});
	});
}
