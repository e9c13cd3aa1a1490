import { redirect, type RequestEvent } from '@sveltejs/kit';
import type { SignedIn } from '#lib/core/accounts/ports.ts';
import { hasRecentProof } from '#lib/core/accounts/recent-proof.ts';
import { DomainError } from '#lib/core/shared/errors.ts';
import { safeNext } from './safe-next.ts';

// The signed-in session as the core's credential rules see it, and the way back from "Confirm it's you".

/** For the API: the session, or 401. */
export function requireSignedIn(event: Pick<RequestEvent, 'locals'>): SignedIn {
	const { memberId, sessionIdHash, provedAt } = event.locals;
	if (!memberId || !sessionIdHash) throw new DomainError('unauthorized', 'sign in first');
	return { memberId, sessionIdHash, provedAt };
}

/** For pages: the session, or off to the sign-in page. */
export function signedInSession(locals: App.Locals, lang: string): SignedIn {
	if (!locals.memberId || !locals.sessionIdHash) redirect(303, `/${lang}/account/sign-in`);
	return { memberId: locals.memberId, sessionIdHash: locals.sessionIdHash, provedAt: locals.provedAt };
}

export const confirmItIsYouPath = (lang: string, next: string) =>
	`/${lang}/account/confirm-it-is-you?next=${encodeURIComponent(safeNext(lang, next))}`;

/** For a page's action that needs a recent proof: when it is stale, off to "Confirm it's you" and back to `next`. */
export function requireFreshProofOrConfirm(session: SignedIn, lang: string, next: string, now = new Date()): void {
	if (!hasRecentProof(session.provedAt, now)) redirect(303, confirmItIsYouPath(lang, next));
}
