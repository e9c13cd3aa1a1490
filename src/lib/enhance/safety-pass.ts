// Whether this pass follows the safety card (high danger). Until the person saves, that is kept for this tab
// only, in window.name: it survives moving between Porchlight's pages (the same tab, the same site) but is never
// written to the device's storage, a cookie, the URL or the history, and browsers clear it when the tab leaves
// for another site (quick exit clears it as well). Saving writes it onto the reach-out (safetyCardShown).
import type { ReachOut } from '#lib/core/guide/reach-out.ts';

const prefix = 'porchlight-safety-pass:';

/**
 * Notes the safety check's outcome for the reach-out in progress. Without its id (a device that refuses
 * storage), the note holds for whatever this tab opens next: fail closed, towards safety.
 */
export function notePass(reachOutId: string | undefined, highDanger: boolean): void {
	window.name = highDanger ? `${prefix}${reachOutId ?? ''}` : '';
}

export function forgetPass(): void {
	if (window.name.startsWith(prefix)) window.name = '';
}

/** The pass follows the safety card: a saved reach-out that says so, or this tab's note for this reach-out. */
export function inSafetyPass(reachOut?: Pick<ReachOut, 'id' | 'safetyCardShown'>): boolean {
	if (reachOut?.safetyCardShown) return true;
	if (!window.name.startsWith(prefix)) return false;
	const noted = window.name.slice(prefix.length);
	return !noted || !reachOut || noted === reachOut.id;
}
