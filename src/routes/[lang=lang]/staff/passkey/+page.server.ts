import { error, redirect } from '@sveltejs/kit';
import { listPasskeys } from '#lib/core/accounts/passkeys/management.ts';
import { staffProof, workspaceOf } from '#lib/core/staff/second-factor.ts';
import { memberOrSignIn } from '#lib/server/http/member-page.ts';
import { staffRoleOf } from '#lib/server/http/staff.ts';
import { passkeysRepository } from '#lib/server/db/repositories/passkeys.ts';
import { getServices } from '#lib/server/services.ts';

// Where every staff page sends a staff member whose session is not proven with a passkey: add the first one
// (which proves this session) or use the one they have. Members never see it (404, like any staff page).
export const prerender = false;

export const load = async ({ locals, params, setHeaders }) => {
	const memberId = memberOrSignIn(locals, params.lang);
	const role = await staffRoleOf(locals);
	if (!role) error(404, 'Not found');
	const workspace = workspaceOf(role, params.lang);
	const passkeys = await listPasskeys({ passkeys: passkeysRepository((await getServices()).connection.db) }, memberId);
	const proof = staffProof(locals, passkeys.length);
	if (proof === 'proven') redirect(303, workspace);
	setHeaders({ 'cache-control': 'no-store' });
	return { proof, workspace };
};
