// Staff prove who they are twice (issue 11): the page that asks a specialist or admin for a passkey, the
// admin log, and the notice the other admins get when the crisis resources change.

export const enStaffProof = {
	title: 'Set up a passkey to continue',
	intro:
		'Staff pages hold what families have shared, and the crisis numbers shown to people in crisis. So a password alone does not open them: you also need a passkey, kept by this device’s fingerprint, face or screen lock.',
	enrol: {
		heading: 'Add a passkey',
		hint: 'It takes a moment. Once it is added, your pages open, and next time you can sign in with it.',
		button: 'Add a passkey and continue'
	},
	stepUp: {
		title: 'Use your passkey to continue',
		intro:
			'You signed in with your password. Staff pages also ask for your passkey, so that a password alone is never enough.',
		button: 'Use your passkey',
		cancelled: 'Nothing was checked. Try again when you are ready.',
		failed: 'This passkey could not be checked. Try again.',
		noDevice: 'Not on the device that holds your passkey? Sign in there, or ask another admin for help.'
	},
	apiRefused: 'Staff requests need a session signed in with a passkey. Sign in with your passkey, or add one first.',
	log: {
		nav: 'Admin log',
		title: 'Admin log',
		intro:
			'Every change an admin made: crisis resources and the organisation, invitations, assignments, closed requests and specialists. It cannot be edited or deleted.',
		none: 'No admin has changed anything yet.',
		caption: 'What admins changed',
		on: 'On what',
		older: 'Older changes',
		kinds: {
			organisation_saved: 'saved the organisation and its crisis resources',
			invite_sent: 'invited a specialist',
			request_assigned: 'assigned a request',
			request_closed: 'closed a request',
			specialist_profile_saved: 'changed a specialist’s profile',
			invite_accepted: 'accepted an invitation and joined the staff'
		}
	},
	crisisNotice: {
		subject: 'Porchlight: the crisis resources were changed',
		body: 'Another admin of your organisation just saved the crisis resources that Porchlight shows to people in crisis.\n\nIf you expected it, there is nothing to do. If not, sign in and check them on the Organisation page, and look at the admin log.'
	}
};
