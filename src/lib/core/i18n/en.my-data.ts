// The account's own pages: its data (export, delete), its e-mail address, support contacts, and bringing the
// device's data in ("Save to my account").

export const enMyData = {
	data: {
		title: 'Your data',
		intro: 'Everything you keep in Porchlight is yours: take a copy with you, or delete it all.',
		exportTitle: 'Take a copy',
		exportIntro:
			'One file with everything stored in your account: your plan and each of its versions, your reach-outs, your check-ins, your contacts and where you are signed in. Keep it somewhere private.',
		exportJson: 'Download everything (JSON)',
		exportPdf: 'Download my plan (PDF)',
		deleteTitle: 'Delete my account',
		deleteIntro:
			'This deletes your account and everything in it, for good: your plan, reach-outs, check-ins, contacts and passkeys. It cannot be undone. What is saved on this device stays until you wipe it.',
		password: 'Your password',
		passwordHint: 'Typed again, so no one else can do this from a phone left signed in.',
		understand: 'I understand that this cannot be undone.',
		understandRequired: 'Tick the box to say you understand.',
		delete: 'Delete my account for good'
	},
	deleted: {
		title: 'Your account is deleted',
		body: 'Everything that was in it is gone from Porchlight. The guide still works here, without an account, whenever you need it.',
		home: 'Back to the start'
	},
	email: {
		title: 'Change your e-mail address',
		current: 'Your account uses {email}.',
		newEmail: 'New e-mail address',
		password: 'Your password',
		passwordHint: 'Typed again, so no one else can do this from a phone left signed in.',
		submit: 'Send a link to the new address',
		sent: 'Thank you. If this address can be used, we have sent it a link. Your address changes when you open it, within 24 hours.',
		change: 'Change e-mail address',
		confirmTitle: 'Confirm your new e-mail address',
		confirmIntro: 'One more step: confirm that this new address is yours.',
		confirmButton: 'Use this address for my account',
		confirmed: 'Done. Your account now uses the new address, and your other sessions have ended.',
		failed: 'This link has expired or was already used. Ask for the change again from your account.'
	},
	contacts: {
		title: 'Your support contacts',
		intro: 'People you can call or text when it gets hard.',
		none: 'No contacts in your account yet. You can add them in the guide and save them here.',
		call: 'Call {name}',
		text: 'Text {name}',
		remove: 'Remove {name}'
	},
	bringIn: {
		title: 'Save to my account',
		intro:
			'You are signed in. You can copy what this device keeps (saved reach-outs, contacts and your lists) into your account. Anything already there is not added twice.',
		button: 'Save to my account',
		working: 'Saving to your account…',
		done: 'Saved to your account: {reachOuts}, {contacts}, {items}. What was already there was left as it was.',
		// The three counts in `done`, each agreeing in number with its own noun.
		added: {
			reachOuts: { one: '{count} new reach-out', other: '{count} new reach-outs' },
			contacts: { one: '{count} new contact', other: '{count} new contacts' },
			items: { one: '{count} new plan item', other: '{count} new plan items' }
		},
		failed: 'That did not work. Nothing was lost on this device. Please try again in a moment.',
		replyDrafted: 'Reply drafted in the guide:'
	}
};
