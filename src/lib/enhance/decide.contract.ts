// Saving the reach-out on the decide step: guide/decide/+page.svelte ↔ decide.ts.
export enum DecideMark {
	section = 'data-save-section',
	save = 'data-save-reach-out',
	status = 'data-save-status'
}

/** The save button's words. */
export interface SaveButtonData {
	saved: string;
	failed: string;
}
