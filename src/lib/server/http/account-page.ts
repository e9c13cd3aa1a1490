import { redirect } from '@sveltejs/kit';

/** For the account's pages: the signed-in member's id, or off to the sign-in page. */
export function memberOrSignIn(locals: App.Locals, lang: string): string {
	if (!locals.memberId) redirect(303, `/${lang}/account/sign-in`);
	return locals.memberId;
}
