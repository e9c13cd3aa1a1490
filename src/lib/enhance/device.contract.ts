// "Wipe this device": device/+page.svelte ↔ device.ts (app.ts also looks for it: no offline worker on that page).
export enum WipeMark {
	root = 'data-wipe',
	ask = 'data-wipe-ask',
	confirm = 'data-wipe-confirm',
	yes = 'data-wipe-yes',
	cancel = 'data-wipe-cancel',
	status = 'data-wipe-status'
}

/** The status line's words, once the device is wiped. */
export interface WipeStatusData {
	done: string;
	signOutFailed: string;
}
