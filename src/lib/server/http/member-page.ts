import { redirect } from '@sveltejs/kit';
import { notFoundPageFor } from './error-status.ts';

/** The signed-in member of a personal page; signed out, the page sends the person to sign in. */
export function signedInMember(locals: App.Locals, lang: string): { memberId: string; sessionIdHash: string } {
	if (!locals.memberId || !locals.sessionIdHash) redirect(303, `/${lang}/account/sign-in`);
	return { memberId: locals.memberId, sessionIdHash: locals.sessionIdHash };
}

/** For the account's pages: the signed-in member's id, or off to the sign-in page. */
export function memberOrSignIn(locals: App.Locals, lang: string): string {
	return signedInMember(locals, lang).memberId;
}

/** Another member's resource is the same 404 page as one that does not exist. */
export async function orNotFoundPage<T>(work: Promise<T>): Promise<T> {
	try {
		return await work;
	} catch (problem) {
		notFoundPageFor(problem);
		throw problem;
	}
}
