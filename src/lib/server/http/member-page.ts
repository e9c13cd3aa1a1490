import { redirect } from '@sveltejs/kit';

/** The signed-in member of a personal page; signed out, the page sends the person to sign in. */
export function signedInMember(locals: App.Locals, lang: string): { memberId: string; sessionIdHash: string } {
	if (!locals.memberId || !locals.sessionIdHash) redirect(303, `/${lang}/account/sign-in`);
	return { memberId: locals.memberId, sessionIdHash: locals.sessionIdHash };
}
