import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Passwords } from '../accounts/ports.ts';
import { signIn } from '../accounts/sign-in.ts';
import type { OutgoingMail } from '../shared/mailer.ts';
import { DomainError } from '../shared/errors.ts';
import { DIALECTS, insertMember, testDatabase, type TestDatabase } from '../../../../test/databases.ts';
import { accountDeps, argon2Passwords } from '../../server/accounts.ts';
import { specialistProfilesRepository, staffInvitesRepository } from '../../server/db/repositories/specialists.ts';
import { staffRepository } from '../../server/db/repositories/staff.ts';
import {
	acceptInvite,
	inviteLifetimeMs,
	inviteSpecialist,
	openInvite,
	setProfile,
	suggestSpecialist,
	type SpecialistCandidate,
	type SpecialistDeps
} from './specialists.ts';

const now = new Date('2026-11-30T08:00:00Z');
const later = (ms: number) => new Date(now.getTime() + ms);
const password = 'a long sentence for the specialist';
const profile = {
	displayName: 'Rosa M.',
	languages: ['es', 'en'],
	focus: ['parent', 'partner'],
	capacity: 12,
	timeZone: 'America/Chicago'
};

const refusal = async (promise: Promise<unknown>) => {
	const error = await promise.then(
		() => undefined,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(DomainError);
	return error as DomainError;
};

let passwords: Passwords;
beforeAll(async () => {
	passwords = await argon2Passwords();
});

for (const dialect of DIALECTS) {
	describe(`specialists on ${dialect}`, () => {
		let database: TestDatabase;
		let sent: OutgoingMail[];
		afterEach(async () => database.dispose());
		const deps = (): SpecialistDeps => ({
			...accountDeps(
				database.db,
				{ send: async (mail) => void sent.push(mail) },
				passwords,
				'https://porchlight.example.org'
			),
			staff: staffRepository(database.db),
			profiles: specialistProfilesRepository(database.db),
			invites: staffInvitesRepository(database.db)
		});
		const setUp = async () => {
			database = await testDatabase(dialect);
			sent = [];
			const admin = await insertMember(database, 'admin');
			await deps().staff.grant(admin, 'admin', now);
			const member = await insertMember(database, 'member');
			return { admin, member };
		};
		const tokenOf = (mail: OutgoingMail) => {
			const link = /https:\/\/\S+/.exec(mail.text)![0];
			return new URL(link).searchParams.get('token')!;
		};

		it('invites by e-mail with only the link, and the accepted invitation signs in as a specialist', async () => {
			const { admin } = await setUp();
			await inviteSpecialist(deps(), admin, { email: ' Rosa@Example.org ' }, now);
			expect(sent).toHaveLength(1);
			const [mail] = sent;
			expect(mail!.to).toBe('rosa@example.org');
			const links = mail!.text.match(/https?:\/\/\S+/g);
			expect(links).toHaveLength(1);
			expect(links![0]).toMatch(/^https:\/\/porchlight\.example\.org\/en\/staff\/join\?token=[A-Za-z0-9_-]{43}$/);
			// Nothing but the role wording and the link: no name, no address, nothing about anyone helped.
			expect(mail!.text).not.toMatch(/admin|rosa|@/i);
			expect(mail!.subject).not.toMatch(/admin|rosa|@/i);

			const token = tokenOf(mail!);
			const stored = await database.db.selectFrom('staff_invites').selectAll().execute();
			expect(JSON.stringify(stored)).not.toContain(token);

			const { memberId, role } = await acceptInvite(deps(), { token, password }, later(60_000));
			expect(role).toBe('specialist');
			expect(await deps().staff.roleOf(memberId)).toBe('specialist');
			const member = await deps().members.findById(memberId);
			expect(member?.emailVerifiedAt).not.toBeNull();
			const signedIn = await signIn(deps(), { email: 'rosa@example.org', password }, later(120_000), '127.0.0.1');
			expect(signedIn.memberId).toBe(memberId);

			// Single use.
			const again = await refusal(acceptInvite(deps(), { token, password }, later(180_000)));
			expect(again.fields).toEqual([{ field: 'token', problem: 'inviteLinkInvalid' }]);
		});

		it('refuses an expired invitation, and keeps the link when the password is refused', async () => {
			const { admin } = await setUp();
			await inviteSpecialist(deps(), admin, { email: 'rosa@example.org' }, now);
			const token = tokenOf(sent[0]!);
			const weak = await refusal(acceptInvite(deps(), { token, password: 'short' }, now));
			expect(weak.fields).toEqual([{ field: 'password', problem: 'passwordTooShort' }]);
			const expired = await refusal(acceptInvite(deps(), { token, password }, later(inviteLifetimeMs)));
			expect(expired.fields).toEqual([{ field: 'token', problem: 'inviteLinkInvalid' }]);
			expect(await deps().members.findByEmail('rosa@example.org')).toBeUndefined();
			const forged = await refusal(acceptInvite(deps(), { token: 'x'.repeat(43), password }, now));
			expect(forged.fields).toEqual([{ field: 'token', problem: 'inviteLinkInvalid' }]);
		});

		it('makes an existing account a specialist only with its own password, which stays as it was', async () => {
			const { admin, member } = await setUp();
			await deps().members.setPassword(member, await passwords.hash(password), now);
			await inviteSpecialist(deps(), admin, { email: 'member@example.org' }, now, 'es');
			expect(sent[0]!.subject).toBe('Una invitación para unirte a Porchlight como especialista');
			expect(sent[0]!.text).toContain('https://porchlight.example.org/es/staff/join?token=');
			const token = tokenOf(sent[0]!);
			expect(await openInvite(deps(), token, now)).toEqual({
				email: 'member@example.org',
				role: 'specialist',
				existing: true
			});
			// The link alone does not let anyone choose a new password for someone else's account.
			const wrong = await refusal(acceptInvite(deps(), { token, password: 'another long sentence here' }, now));
			expect(wrong.fields).toEqual([{ field: 'password', problem: 'passwordWrong' }]);
			expect(await deps().staff.roleOf(member)).toBeUndefined();
			const { memberId } = await acceptInvite(deps(), { token, password }, now);
			expect(memberId).toBe(member);
			expect(await deps().staff.roleOf(member)).toBe('specialist');
			const signedIn = await signIn(deps(), { email: 'member@example.org', password }, now, '127.0.0.1');
			expect(signedIn.memberId).toBe(member);
			expect(await openInvite(deps(), token, now)).toBeNull();
		});

		it('lets only an admin invite or set a profile; to anyone else they do not exist', async () => {
			const { admin, member } = await setUp();
			expect((await refusal(inviteSpecialist(deps(), member, { email: 'x@example.org' }, now))).code).toBe('not_found');
			const specialist = await insertMember(database, 'specialist');
			await deps().staff.grant(specialist, 'specialist', now);
			expect((await refusal(inviteSpecialist(deps(), specialist, { email: 'x@example.org' }, now))).code).toBe(
				'not_found'
			);
			expect(sent).toHaveLength(0);
			expect((await refusal(setProfile(deps(), member, specialist, profile, now))).code).toBe('not_found');
			expect((await refusal(setProfile(deps(), specialist, specialist, profile, now))).code).toBe('not_found');
			// The admin cannot give a profile to someone who is not a specialist.
			expect((await refusal(setProfile(deps(), admin, member, profile, now))).code).toBe('not_found');
			expect(await deps().profiles.get(specialist)).toBeUndefined();

			const saved = await setProfile(deps(), admin, specialist, profile, now);
			expect(saved).toEqual({ memberId: specialist, ...profile, updatedAt: now.toISOString() });
			expect(await deps().profiles.get(specialist)).toEqual(saved);
		});

		it('names each field to fix in a profile', async () => {
			const { admin } = await setUp();
			const specialist = await insertMember(database, 'specialist');
			await deps().staff.grant(specialist, 'specialist', now);
			const error = await refusal(
				setProfile(
					deps(),
					admin,
					specialist,
					{ displayName: ' ', languages: [], focus: ['cousin'], capacity: 0, timeZone: 'Mars/Olympus' },
					now
				)
			);
			expect(error.code).toBe('invalid');
			expect(error.fields).toEqual(
				expect.arrayContaining([
					{ field: 'displayName', problem: 'displayNameInvalid' },
					{ field: 'languages', problem: 'languagesRequired' },
					{ field: 'focus.0', problem: 'focusInvalid' },
					{ field: 'capacity', problem: 'capacityInvalid' },
					{ field: 'timeZone', problem: 'timeZoneInvalid' }
				])
			);
			for (const capacity of [201, 1.5, '3']) {
				const tooMany = await refusal(setProfile(deps(), admin, specialist, { ...profile, capacity }, now));
				expect(tooMany.fields).toEqual([{ field: 'capacity', problem: 'capacityInvalid' }]);
			}
			const language = await refusal(setProfile(deps(), admin, specialist, { ...profile, languages: ['fr'] }, now));
			expect(language.fields).toEqual([{ field: 'languages.0', problem: 'languageInvalid' }]);
			const long = await refusal(
				setProfile(deps(), admin, specialist, { ...profile, displayName: 'x'.repeat(81) }, now)
			);
			expect(long.fields).toEqual([{ field: 'displayName', problem: 'displayNameInvalid' }]);
			const saved = await setProfile(
				deps(),
				admin,
				specialist,
				{ ...profile, languages: ['en', 'en'], focus: [], capacity: 200 },
				now
			);
			expect(saved.languages).toEqual(['en']);
			expect(saved.focus).toEqual([]);
		});
	});
}

describe('suggestSpecialist', () => {
	const c = (memberId: string, languages: string[], focus: string[], capacity: number, openClients: number) =>
		({ memberId, languages, focus, capacity, openClients }) satisfies SpecialistCandidate;
	const cases: {
		name: string;
		request: { language: string; relationship: string };
		candidates: SpecialistCandidate[];
		expected: [string, 'language-and-focus' | 'language'][];
	}[] = [
		{
			name: 'keeps only those who speak the language',
			request: { language: 'es', relationship: 'child' },
			candidates: [c('a', ['en'], ['child'], 10, 0), c('b', ['en', 'es'], [], 10, 5)],
			expected: [['b', 'language']]
		},
		{
			name: 'prefers focus on the relationship over a lower load',
			request: { language: 'en', relationship: 'partner' },
			candidates: [c('a', ['en'], ['child'], 10, 0), c('b', ['en'], ['partner', 'child'], 10, 9)],
			expected: [
				['b', 'language-and-focus'],
				['a', 'language']
			]
		},
		{
			name: 'then the lowest load, as a share of capacity',
			request: { language: 'en', relationship: 'sibling' },
			candidates: [
				c('a', ['en'], ['sibling'], 4, 2),
				c('b', ['en'], ['sibling'], 20, 5),
				c('c', ['en'], ['sibling'], 3, 2)
			],
			expected: [
				['b', 'language-and-focus'],
				['a', 'language-and-focus'],
				['c', 'language-and-focus']
			]
		},
		{
			name: 'leaves out anyone at or over capacity',
			request: { language: 'en', relationship: 'parent' },
			candidates: [c('a', ['en'], ['parent'], 5, 5), c('b', ['en'], ['parent'], 5, 7), c('c', ['en'], [], 5, 4)],
			expected: [['c', 'language']]
		},
		{
			name: 'breaks ties by member id, whatever the order given (1/3 equals 2/6)',
			request: { language: 'en', relationship: 'child' },
			candidates: [c('m2', ['en'], ['child'], 6, 2), c('m1', ['en'], ['child'], 3, 1), c('m3', ['en'], [], 3, 1)],
			expected: [
				['m1', 'language-and-focus'],
				['m2', 'language-and-focus'],
				['m3', 'language']
			]
		},
		{
			name: 'answers nobody when no one fits',
			request: { language: 'es', relationship: 'child' },
			candidates: [c('a', ['en'], ['child'], 5, 0), c('b', ['es'], ['child'], 2, 2)],
			expected: []
		}
	];
	for (const { name, request, candidates, expected } of cases) {
		it(name, () => {
			const ranked = suggestSpecialist(request, candidates).map((r) => [r.memberId, r.reason]);
			expect(ranked).toEqual(expected);
			expect(suggestSpecialist(request, [...candidates].reverse()).map((r) => [r.memberId, r.reason])).toEqual(
				expected
			);
		});
	}
	it('gives each the load it was ranked by', () => {
		expect(suggestSpecialist({ language: 'en', relationship: 'x' }, [c('a', ['en'], [], 4, 1)])).toEqual([
			{ memberId: 'a', reason: 'language', load: 0.25 }
		]);
	});
});
