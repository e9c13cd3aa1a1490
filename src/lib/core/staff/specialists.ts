import { z } from 'zod';
import type { AccountDeps } from '../accounts/ports.ts';
import { signUpInput } from '../accounts/sign-up.ts';
import { enforceLimits } from '../accounts/limits.ts';
import { catalogue, type Catalogue, type Locale } from '../i18n/catalogue.ts';
import { format } from '../i18n/format.ts';
import { relationships, type Relationship } from '../safety/rule.ts';
import { isTimeZone } from '../sessions/zoned.ts';
import { DomainError } from '../shared/errors.ts';
import { parseInput } from '../shared/parse.ts';
import type { Staff, StaffRole } from './create-admin.ts';

// Specialists (issue #5): the admin invites them by e-mail and sets each one's languages, the relationships they
// focus on and how many open clients they can hold; incoming requests are matched by suggestSpecialist.

type ErrorKey = keyof Catalogue['errors'];

export const specialistLanguages = ['en', 'es'] as const;
export type SpecialistLanguage = (typeof specialistLanguages)[number];

export const specialistLimits = { minCapacity: 1, maxCapacity: 200, displayName: 80 } as const;

export const inviteLifetimeMs = 7 * 24 * 60 * 60_000;

const unique = <T>(items: T[]) => [...new Set(items)];

export const specialistProfileInput = z
	.object({
		displayName: z
			.string({ error: 'displayNameInvalid' satisfies ErrorKey })
			.trim()
			.min(1, 'displayNameInvalid' satisfies ErrorKey)
			.max(specialistLimits.displayName, 'displayNameInvalid' satisfies ErrorKey),
		languages: z
			.array(z.enum(specialistLanguages, { error: 'languageInvalid' satisfies ErrorKey }), {
				error: 'languagesRequired' satisfies ErrorKey
			})
			.min(1, 'languagesRequired' satisfies ErrorKey)
			.max(10, 'languagesRequired' satisfies ErrorKey)
			.transform(unique),
		focus: z
			.array(z.enum(relationships, { error: 'focusInvalid' satisfies ErrorKey }), {
				error: 'focusInvalid' satisfies ErrorKey
			})
			.max(20, 'focusInvalid' satisfies ErrorKey)
			.transform(unique),
		capacity: z
			.int({ error: 'capacityInvalid' satisfies ErrorKey })
			.min(specialistLimits.minCapacity, 'capacityInvalid' satisfies ErrorKey)
			.max(specialistLimits.maxCapacity, 'capacityInvalid' satisfies ErrorKey),
		timeZone: z
			.string({ error: 'timeZoneInvalid' satisfies ErrorKey })
			.refine(isTimeZone, 'timeZoneInvalid' satisfies ErrorKey)
	})
	.strict();
export type SpecialistProfileInput = z.input<typeof specialistProfileInput>;

export interface SpecialistProfile {
	memberId: string;
	displayName: string;
	languages: SpecialistLanguage[];
	focus: Relationship[];
	capacity: number;
	timeZone: string;
	updatedAt: string;
}

export interface SpecialistProfiles {
	get(memberId: string): Promise<SpecialistProfile | undefined>;
	/** Creates or replaces the profile. */
	put(profile: SpecialistProfile): Promise<void>;
	/** Every profile, by display name. */
	list(): Promise<SpecialistProfile[]>;
}

export interface StaffInvites {
	/** Stores a new single-use invitation (only the token's hash) and returns the token for the link. */
	issue(invite: { email: string; role: StaffRole; invitedBy: string; expiresAt: Date }, now: Date): Promise<string>;
	/** The invitation a token opens, if it is unused and fresh; does not use it up. */
	peek(token: string, now: Date): Promise<{ email: string; role: StaffRole } | null>;
	/** Uses the invitation up: valid once, before it expires, even when opened twice at the same moment. */
	consume(token: string, now: Date): Promise<{ email: string; role: StaffRole } | null>;
}

export interface SpecialistDeps extends AccountDeps {
	staff: Staff;
	profiles: SpecialistProfiles;
	invites: StaffInvites;
}

/** Only an admin may manage specialists; to anyone else these actions do not exist. */
async function requireAdmin(staff: Staff, actorId: string): Promise<void> {
	if ((await staff.roleOf(actorId)) !== 'admin') throw new DomainError('not_found', 'no such page');
}

/** The admin sets a specialist's profile. Someone who is not a specialist answers like a missing one. */
export async function setProfile(
	deps: Pick<SpecialistDeps, 'staff' | 'profiles'>,
	actorId: string,
	specialistId: string,
	raw: unknown,
	now: Date
): Promise<SpecialistProfile> {
	await requireAdmin(deps.staff, actorId);
	if ((await deps.staff.roleOf(specialistId)) !== 'specialist')
		throw new DomainError('not_found', 'no such specialist');
	const input = parseInput(specialistProfileInput, raw, 'specialist profile');
	const profile: SpecialistProfile = { memberId: specialistId, ...input, updatedAt: now.toISOString() };
	await deps.profiles.put(profile);
	return profile;
}

export const inviteInput = z.object({ email: signUpInput.shape.email }).strict();

/**
 * The admin invites a specialist: the address gets one link and nothing else that could say who is helped. The
 * e-mail and the link are in the admin's language (the page they invited from): the best guess there is.
 */
export async function inviteSpecialist(
	deps: Pick<SpecialistDeps, 'staff' | 'invites' | 'mailer' | 'link'>,
	adminId: string,
	raw: unknown,
	now: Date,
	locale: Locale = 'en'
): Promise<void> {
	await requireAdmin(deps.staff, adminId);
	const { email } = parseInput(inviteInput, raw, 'invitation');
	const token = await deps.invites.issue(
		{ email, role: 'specialist', invitedBy: adminId, expiresAt: new Date(now.getTime() + inviteLifetimeMs) },
		now
	);
	const words = catalogue(locale).email.staffInvite;
	await deps.mailer.send({
		to: email,
		subject: words.subject,
		text: format(words.body, { link: deps.link(`/${locale}/staff/join`, token) })
	});
}

export const acceptInviteInput = z
	.object({
		token: z.string({ error: 'inviteLinkInvalid' satisfies ErrorKey }).max(200, 'inviteLinkInvalid' satisfies ErrorKey),
		password: z.string({ error: 'passwordRequired' satisfies ErrorKey }).max(4096, 'passwordTooLong' satisfies ErrorKey)
	})
	.strict();

const linkRefused = () =>
	new DomainError('invalid', 'invitation refused', [{ field: 'token', problem: 'inviteLinkInvalid' }]);

/** Who an invitation is for, and whether that address has an account already (the page asks for its password). */
export async function openInvite(
	deps: Pick<SpecialistDeps, 'invites' | 'members'>,
	token: string,
	now: Date
): Promise<{ email: string; role: StaffRole; existing: boolean } | null> {
	if (token.length > 200) return null;
	const invite = await deps.invites.peek(token, now);
	if (!invite) return null;
	return { ...invite, existing: (await deps.members.findByEmail(invite.email)) !== undefined };
}

/**
 * Accepts an invitation and makes the address's account staff. A new person chooses a password: the account is
 * made with it, its address confirmed (the link reached it). Someone who has an account already signs in with
 * their own password, which stays as it is (limited like sign-in): holding the link is not enough to take over an
 * account. The link works once, for seven days; a refused password leaves it usable, so the person can try again.
 */
export async function acceptInvite(
	deps: SpecialistDeps,
	raw: unknown,
	now: Date
): Promise<{ memberId: string; role: StaffRole }> {
	const { token, password } = parseInput(acceptInviteInput, raw, 'acceptance');
	const invite = await deps.invites.peek(token, now);
	if (!invite) throw linkRefused();
	const existing = await deps.members.findByEmail(invite.email);
	if (existing) {
		await enforceLimits(deps.limiter, [['signin-email', invite.email]], now);
		if (!(await deps.passwords.verify(existing.passwordHash, password)))
			throw new DomainError('invalid', 'password refused', [{ field: 'password', problem: 'passwordWrong' }]);
	} else {
		const problem = deps.passwords.problemWith(password, invite.email);
		if (problem) throw new DomainError('invalid', 'password refused', [{ field: 'password', problem }]);
	}
	const passwordHash = existing ? '' : await deps.passwords.hash(password);
	const used = await deps.invites.consume(token, now);
	if (!used) throw linkRefused();

	let member = existing;
	if (member) {
		await deps.limiter.clear('signin-email', used.email);
	} else {
		// Someone who signed up with the address between the check and now knows a password the invitee never
		// chose: that account is not made staff.
		const created = await deps.members.create(
			{ id: deps.newId(), email: used.email, emailVerifiedAt: null, passwordHash, locale: 'en' },
			now
		);
		if (!created) throw linkRefused();
		member = await deps.members.findByEmail(used.email);
		if (!member) throw new Error('the specialist account could not be created');
	}
	await deps.members.markEmailVerified(member.id, used.email, now);
	// An admin who accepts a specialist invitation stays an admin.
	const current = await deps.staff.roleOf(member.id);
	const role = current === 'admin' ? 'admin' : used.role;
	await deps.staff.grant(member.id, role, now);
	return { memberId: member.id, role };
}

export interface SpecialistCandidate {
	memberId: string;
	languages: readonly string[];
	focus: readonly string[];
	capacity: number;
	openClients: number;
}

export type SuggestionReason = 'language-and-focus' | 'language';

export interface RankedSpecialist {
	memberId: string;
	reason: SuggestionReason;
	/** openClients / capacity, 0 to below 1. */
	load: number;
}

/**
 * Ranks the specialists who could take a request: only those with room and the request's language; those who
 * focus on the relationship first; then the least loaded (open clients over capacity); ties by member id, so the
 * answer never depends on the order given. The first one is the suggestion; the admin decides.
 */
export function suggestSpecialist(
	request: { language: string; relationship: string },
	candidates: readonly SpecialistCandidate[]
): RankedSpecialist[] {
	return candidates
		.filter((c) => c.capacity > 0 && c.openClients < c.capacity && c.languages.includes(request.language))
		.map((c) => ({
			candidate: c,
			ranked: {
				memberId: c.memberId,
				reason: (c.focus.includes(request.relationship) ? 'language-and-focus' : 'language') as SuggestionReason,
				load: Math.max(0, c.openClients) / c.capacity
			}
		}))
		.sort(
			(a, b) =>
				Number(b.ranked.reason === 'language-and-focus') - Number(a.ranked.reason === 'language-and-focus') ||
				// Loads compared without division, so 1/3 and 2/6 are exactly equal.
				Math.max(0, a.candidate.openClients) * b.candidate.capacity -
					Math.max(0, b.candidate.openClients) * a.candidate.capacity ||
				(a.ranked.memberId < b.ranked.memberId ? -1 : a.ranked.memberId > b.ranked.memberId ? 1 : 0)
		)
		.map(({ ranked }) => ranked);
}
