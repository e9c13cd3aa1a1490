// The organisation's admin pages (issue #5): requests and assignment, specialists and invitations, the
// organisation, the audit log; and the page where an invited specialist joins.

export const enAdmin = {
	nav: {
		label: 'Administration',
		requests: 'Requests',
		specialists: 'Specialists',
		organisation: 'Organisation',
		audit: 'Audit log'
	},
	accountLink: 'Administration: requests, specialists, organisation',
	specialistLink: 'Your clients and sessions as a specialist',
	requests: {
		title: 'Requests for guidance',
		intro:
			'Open requests, urgent ones first, then the oldest. You see what it takes to choose a specialist; what the family member wrote is for their specialist only.',
		none: 'There are no open requests.',
		heading: 'Request of {date}',
		crisis: 'Urgent: crisis words',
		crisisHint: 'The family member’s words speak of a crisis. They were shown crisis resources at once.',
		relationship: 'Their loved one',
		urgency: 'How urgent it feels',
		language: 'Language',
		times: 'Times that suit them',
		noTimes: 'None given',
		state: 'State',
		assignedTo: 'Assigned to',
		specialist: 'Specialist',
		suggested: 'Suggested: {name}. {reason}, {load} of capacity in use.',
		noSuggestion:
			'No specialist with room speaks this language. You can still choose anyone, or first give someone room in their profile.',
		noSpecialists: 'There are no specialists yet. Invite one first.',
		suggestionMark: '{name} (suggested)',
		assign: 'Assign',
		reassign: 'Assign to someone else',
		assigned: 'The request is assigned to {name}.',
		close: 'Close the request',
		closed: 'The request is closed; its specialist no longer sees the member’s shared data or messages.',
		reasons: {
			'language-and-focus': 'Speaks the language and works with families like this one',
			language: 'Speaks the language'
		},
		relationships: {
			child: 'Their grown child',
			partner: 'Their partner or ex-partner',
			sibling: 'Their brother or sister',
			parent: 'Their parent',
			other: 'Someone else'
		},
		urgencies: { today: 'Today', thisWeek: 'This week', noRush: 'No rush' },
		states: { waiting: 'Waiting for a specialist', assigned: 'Assigned', closed: 'Closed' }
	},
	languages: { en: 'English', es: 'Spanish' },
	specialists: {
		title: 'Specialists',
		inviteTitle: 'Invite a specialist',
		inviteIntro:
			'They get one e-mail with a link to join, valid for 7 days. It says nothing else: no names, nothing about anyone helped.',
		email: 'Their e-mail address',
		invite: 'Send the invitation',
		invited: 'The invitation was sent to {email}.',
		listTitle: 'Your specialists',
		none: 'No specialists yet. Invite the first one above.',
		noProfile: 'No profile yet: set one, so requests can be suggested to them.',
		// The noun agrees with the capacity ("0 of 1 client"), or with the open clients where there is no capacity.
		load: { one: 'Current load: {open} of {capacity} client.', other: 'Current load: {open} of {capacity} clients.' },
		loadNoProfile: { one: 'Current load: {open} client.', other: 'Current load: {open} clients.' },
		displayName: 'Name shown to families',
		languagesLegend: 'Languages they speak',
		focusLegend: 'Families they focus on: the loved one is…',
		focusHint: 'Requests from these families are suggested to them first.',
		capacity: 'Open clients they can hold',
		capacityHint: 'A whole number from 1 to 200.',
		timeZone: 'Time zone',
		timeZoneHint: 'Like America/Chicago. Their available hours are in this time zone.',
		save: 'Save the profile of {name}',
		saved: 'The profile of {name} is saved.'
	},
	organisation: {
		title: 'Organisation',
		name: 'Organisation name',
		crisisResources: 'Crisis resources for your region (JSON)',
		crisisHint:
			'In the shape of config/crisis-resources.json: the region, and each resource with an id, its name and when to call in English and Spanish, and its numbers. It must include the ids emergency, domestic-violence and elder-abuse. Leave it empty to use this installation’s own list.',
		inUseOwn: 'Families now see your organisation’s crisis resources, for {region}.',
		inUseDefault: 'Families now see this installation’s crisis resources, for {region}.',
		defaultTitle: 'This installation’s crisis resources, as a starting point',
		problems: 'What to fix',
		save: 'Save',
		saved: 'Saved.'
	},
	audit: {
		title: 'Audit log',
		intro:
			'Every time staff opened a member’s shared plan or timeline, or their notes about a client: who, what, whose and when. Newest first.',
		caption: 'Who opened what',
		when: 'When',
		who: 'Who',
		role: 'Role',
		what: 'What',
		whose: 'Whose',
		gone: 'Account deleted',
		none: 'Nothing has been opened yet.',
		older: 'Older entries',
		newest: 'Back to the newest entries',
		roles: { specialist: 'Specialist', admin: 'Admin' },
		things: { plan: 'Plan', timeline: 'Timeline', notes: 'Notes' }
	},
	join: {
		title: 'Join as a specialist',
		invalid: 'This invitation has expired or was already used. Ask the organisation for a new one.',
		newAccount: 'Welcome. Choose a password for your account with {email}, and you are in.',
		existingAccount:
			'{email} already has a Porchlight account. Sign in with its password to accept: your password stays as it is.',
		password: 'Password',
		newPasswordHint: 'At least 10 characters. A short sentence is easy to remember.',
		acceptNew: 'Accept and join',
		acceptExisting: 'Sign in and accept'
	}
};
