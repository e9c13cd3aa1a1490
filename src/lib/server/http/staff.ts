import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { catalogue, isLocale } from '#lib/core/i18n/catalogue.ts';
import type { StaffRole } from '#lib/core/staff/create-admin.ts';
import { DomainError } from '#lib/core/shared/errors.ts';
import { getApp } from '../app/index.ts';
import { requireMember } from './member.ts';
import { problem, ProblemError } from './problem.ts';

// Staff routes: the organisation's admins and specialists. To anyone else a staff route is not there at all
// (404), so a member cannot even learn which staff routes exist; signed out, the API asks to sign in (401).
// A staff member whose session was not proven with a second factor (a passkey) gets nothing either: pages send
// them to /[lang]/staff/passkey, the API answers 403 problem+json (core/staff/second-factor.ts says why).

async function roleOf(memberId: string): Promise<StaffRole | undefined> {
	return (await getApp()).staff.roleOf(memberId);
}

/** The API's refusal of a staff session without its second factor, in the request's language. */
function secondFactorRefused(event: RequestEvent): ProblemError {
	const asked = event.request.headers.get('accept-language')?.slice(0, 2);
	const words = catalogue(isLocale(asked) ? asked : 'en').staffProof;
	return new ProblemError(problem(403, 'Second factor required', words.apiRefused));
}

/** For the API: the signed-in staff member's id when their role is `role`; 401 signed out, 404 otherwise. */
export async function requireStaff(event: RequestEvent, role: StaffRole): Promise<string> {
	const memberId = requireMember(event);
	if ((await roleOf(memberId)) !== role) throw new DomainError('not_found', 'no such resource');
	if (!event.locals.secondFactor) throw secondFactorRefused(event);
	return memberId;
}

/**
 * For member routes a staff member also uses (message threads, closing a request): anyone signed in may call
 * them, but staff only with a proven session, so a password alone reads no family's messages.
 */
export async function requireMemberProvenIfStaff(event: RequestEvent): Promise<string> {
	const memberId = requireMember(event);
	if (!event.locals.secondFactor && (await roleOf(memberId)) !== undefined) throw secondFactorRefused(event);
	return memberId;
}

/** Where a staff member proves their session (enrols or uses a passkey). */
export const staffProofPage = (lang: string) => `/${lang}/staff/passkey`;

/** For staff pages: signed out, off to sign in; without the role, the ordinary 404; unproven, the passkey page. */
export async function staffPage(locals: App.Locals, lang: string, role: StaffRole): Promise<string> {
	if (!locals.memberId) redirect(303, `/${lang}/account/sign-in`);
	if ((await roleOf(locals.memberId)) !== role) error(404, 'Not found');
	if (!locals.secondFactor) redirect(303, staffProofPage(lang));
	return locals.memberId;
}

/** The signed-in person's staff role, if any (for the account page's links to the staff pages). */
export async function staffRoleOf(locals: App.Locals): Promise<StaffRole | undefined> {
	return locals.memberId ? roleOf(locals.memberId) : undefined;
}
