// Passkeys: adding one (the account and staff passkey pages) and signing in with one (sign-in, confirm it's you,
// staff passkey) ↔ passkeys.ts.
export enum PasskeysMark {
	add = 'data-passkeys',
	addButton = 'data-passkey-add',
	list = 'data-passkey-list',
	signIn = 'data-passkey-signin',
	signInButton = 'data-passkey-signin-button',
	alert = 'data-passkey-alert',
	/** Inside either: the part hidden where the browser has no passkeys, and the status line. */
	offer = 'data-passkey-offer',
	status = 'data-passkey-status'
}

/** Adding: where to go once the first passkey proves the session (staff only), and the words. */
export interface PasskeyAddData {
	next?: string;
	adding: string;
	done: string;
	cancelled: string;
	failed: string;
	exists: string;
	unsupported: string;
}

/** Signing in: where to go once signed in, and the words. */
export interface PasskeySignInData {
	account: string;
	working: string;
	cancelled: string;
	failed: string;
	unsupported: string;
}
