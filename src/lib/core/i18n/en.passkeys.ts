// Passkeys: on the account page (add, list, remove) and on the sign-in page.

export const enPasskeys = {
	title: 'Passkeys',
	intro:
		'A passkey lets you sign in with your fingerprint, face or screen lock instead of your password. It stays on your device; Porchlight only keeps a key that checks it.',
	none: 'You have no passkey yet.',
	listLabel: 'Your passkeys',
	added: 'Added {date}',
	lastUsed: 'last used {date}',
	neverUsed: 'not used yet',
	remove: 'Remove this passkey',
	removed: 'The passkey is removed. It can no longer sign you in.',
	notFound: 'This passkey was already removed.',
	add: 'Add a passkey',
	adding: 'Follow what your device asks you to do.',
	addDone: 'Your passkey is added. Next time, you can sign in with it.',
	addCancelled: 'No passkey was added. You can try again whenever you like.',
	addFailed: 'The passkey could not be added. Please try again.',
	addExists: 'This device already has a passkey for your account.',
	unsupported: 'This browser cannot use passkeys. You can keep signing in with your password, or try another browser.',
	signIn: {
		button: 'Use a passkey',
		or: 'Or sign in without typing your password:',
		working: 'Follow what your device asks you to do.',
		cancelled: 'Signing in with a passkey was stopped. You can try again, or use your password.',
		failed: 'This passkey could not sign you in. Try again, or use your password.',
		unsupported: 'This browser cannot use passkeys. Sign in with your password.'
	}
};
