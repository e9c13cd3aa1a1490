// Account security (issue 11): "Confirm it's you", changing the password, the sign-in history, and the plain
// notices e-mailed after each change to how someone signs in. A notice says what changed and when, and what to
// do if it was not them — never anything else about the account.

export const enSecurityErrors = {
	reauthenticationRequired: 'For your safety, confirm it’s you first: enter your password or use a passkey.',
	currentPasswordRequired: 'Enter your current password.',
	newPasswordSame: 'Choose a password different from the current one.'
};

export const enSecurity = {
	confirm: {
		title: 'Confirm it’s you',
		intro:
			'Before a change to how you sign in, or to take all of your data away, we check that it is really you. Enter your password, or use a passkey. Then you go straight back to what you were doing.',
		password: 'Your password',
		submit: 'Confirm',
		or: 'Or use a passkey saved on this device:',
		passkey: 'Confirm with a passkey',
		working: 'Waiting for your passkey…',
		cancelled: 'Nothing was confirmed. You can try again.',
		failed: 'That passkey could not confirm it is you. Try your password instead.',
		unsupported: 'This browser cannot use passkeys here. Use your password.',
		back: 'Back to your account'
	},
	stale: {
		note: 'For your safety, this needs your password or a passkey again.',
		link: 'Confirm it’s you'
	},
	password: {
		link: 'Change your password',
		title: 'Change your password',
		intro:
			'Enter your current password, then the new one. Every other place where you are signed in will be signed out; this device stays signed in.',
		current: 'Current password',
		new: 'New password',
		newHint: 'At least 10 characters. A short sentence is easy to remember. Common passwords are not accepted.',
		submit: 'Change my password',
		done: 'Your password is changed, and every other session has ended.',
		back: 'Back to your account'
	},
	history: {
		link: 'Sign-in history and account changes',
		title: 'Sign-in history',
		intro:
			'When someone signed in to your account or tried to, and each change to how you sign in. The device is only what the browser says about itself; no location is kept. If you do not recognise something, change your password and end your other sessions.',
		signIns: 'Sign-ins',
		changes: 'Changes to your account',
		when: 'When',
		what: 'What',
		device: 'Device',
		none: 'Nothing yet.',
		back: 'Back to your account',
		kinds: {
			'sign-in': 'Signed in',
			'sign-in-failed': 'Sign-in failed',
			reauthenticated: 'Confirmed it was you',
			'reset-requested': 'Password reset asked for',
			'reset-completed': 'Password reset',
			'passkey-added': 'Passkey added',
			'passkey-removed': 'Passkey removed',
			'password-changed': 'Password changed',
			'email-change-requested': 'New e-mail address asked for',
			'email-changed': 'E-mail address changed',
			'data-exported': 'All data downloaded',
			'signed-out': 'Signed out',
			'session-ended': 'A session was ended',
			'session-expired': 'A session ended by itself (unused, or too old)',
			'other-sessions-ended': 'Other sessions were ended',
			'sessions-ended-by-reset': 'Every session ended by a password reset',
			'role-granted': 'Staff role given',
			'role-removed': 'Staff role removed',
			'consent-granted': 'Sharing started',
			'consent-revoked': 'Sharing stopped'
		}
	},
	reset: {
		removePasskeys: 'Also remove every passkey from the account',
		removePasskeysHint:
			'Recommended if anyone else may have had your phone or computer: a passkey someone added would still let them in. You can add your own again afterwards.'
	},
	notices: {
		passkeyAdded: {
			subject: 'A passkey was added to your Porchlight account',
			body: 'A passkey was added to your Porchlight account on {when}. It can be used to sign in without the password.\n\nIf it was not you, reset your password here at once, and tick the box that removes every passkey:\n{link}'
		},
		passkeyRemoved: {
			subject: 'A passkey was removed from your Porchlight account',
			body: 'A passkey was removed from your Porchlight account on {when}.\n\nIf it was not you, reset your password here at once:\n{link}'
		},
		passwordChanged: {
			subject: 'The password of your Porchlight account was changed',
			body: 'The password of your Porchlight account was changed on {when}, and every other session ended.\n\nIf it was not you, reset your password here at once, and tick the box that removes every passkey:\n{link}'
		},
		passwordReset: {
			subject: 'The password of your Porchlight account was reset',
			body: 'The password of your Porchlight account was reset with an e-mailed link on {when}, and every session ended.\n\nIf it was not you, reset it again here at once, and tick the box that removes every passkey:\n{link}'
		},
		emailChangedOld: {
			subject: 'The e-mail address of your Porchlight account was changed',
			body: 'The e-mail address of your Porchlight account was changed on {when}, and this address is no longer used for it.\n\nIf it was not you, reset your password here at once; the link goes to this address until the change is undone:\n{link}'
		},
		emailChangedNew: {
			subject: 'This is now the e-mail address of your Porchlight account',
			body: 'This address became the e-mail address of your Porchlight account on {when}.\n\nIf it was not you, reset your password here at once:\n{link}'
		},
		dataExported: {
			subject: 'All the data of your Porchlight account was downloaded',
			body: 'Everything in your Porchlight account was downloaded as one file on {when}.\n\nIf it was not you, someone can use your account: reset your password here at once, and tick the box that removes every passkey:\n{link}'
		},
		accountDeleted: {
			subject: 'Your Porchlight account was deleted',
			body: 'Your Porchlight account and everything in it were deleted on {when}. This cannot be undone.\n\nIf it was not you, someone knew your password or had a device where you were signed in: change the passwords you use elsewhere, starting with this e-mail account’s. You can create a new account at any time:\n{link}'
		}
	}
};
