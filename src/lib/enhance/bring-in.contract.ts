// "Save to my account" (the device and saved reach-outs pages): BringIntoAccount.svelte ↔ bring-in.ts.
export enum BringInMark {
	root = 'data-bring-in',
	button = 'data-bring-in-button',
	status = 'data-bring-in-status'
}

/**
 * The root's words; `done` has {reachOuts}, {contacts} and {items}, each filled from `added` (the JSON of the
 * catalogue's plural forms, so each count agrees with its noun); `replyDrafted` labels a copied reply.
 */
export interface BringInData {
	working: string;
	done: string;
	added: string;
	failed: string;
	replyDrafted: string;
}
