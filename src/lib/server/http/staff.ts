import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import type { StaffRole } from '#lib/core/staff/create-admin.ts';
import { DomainError } from '#lib/core/shared/errors.ts';
import { staffRepository } from '../db/repositories/staff.ts';
import { getServices } from '../services.ts';
import { requireMember } from './member.ts';

// Staff routes: the organisation's admins and specialists. To anyone else a staff route is not there at all
// (404), so a member cannot even learn which staff routes exist; signed out, the API asks to sign in (401).

async function roleOf(memberId: string): Promise<StaffRole | undefined> {
	return staffRepository((await getServices()).connection.db).roleOf(memberId);
}

/** For the API: the signed-in staff member's id when their role is `role`; 401 signed out, 404 otherwise. */
export async function requireStaff(event: RequestEvent, role: StaffRole): Promise<string> {
	const memberId = requireMember(event);
	if ((await roleOf(memberId)) !== role) throw new DomainError('not_found', 'no such resource');
	return memberId;
}

/** For staff pages: signed out, off to sign in; signed in without the role, the ordinary 404 page. */
export async function staffPage(locals: App.Locals, lang: string, role: StaffRole): Promise<string> {
	if (!locals.memberId) redirect(303, `/${lang}/account/sign-in`);
	if ((await roleOf(locals.memberId)) !== role) error(404, 'Not found');
	return locals.memberId;
}

/** The signed-in person's staff role, if any (for the account page's links to the staff pages). */
export async function staffRoleOf(locals: App.Locals): Promise<StaffRole | undefined> {
	return locals.memberId ? roleOf(locals.memberId) : undefined;
}
