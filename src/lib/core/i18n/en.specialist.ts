// The specialist's workspace: the caseload, one client's overview with private notes, and the plan and timeline a
// client shares, read-only. Staff see a client as their e-mail address (there is no name).

export const enSpecialist = {
	caseload: {
		title: 'Your clients',
		intro: 'The families assigned to you. Clients whose request speaks of a crisis come first.',
		workspace: 'Your work',
		availability: 'Your weekly hours',
		sessions: 'Your sessions',
		heading: 'Clients',
		count: { one: '{count} client', other: '{count} clients' },
		empty: 'No clients are assigned to you yet. When the organisation assigns a request to you, it appears here.',
		isNew: 'New',
		crisis: 'Crisis words in the request',
		assigned: 'Assigned {date}',
		open: 'Open client',
		messages: 'Messages',
		unread: '{count} unread'
	},
	labels: {
		lovedOne: 'Their loved one is',
		urgency: 'How urgent it feels',
		language: 'Preferred language',
		times: 'Times that suit them',
		story: 'In their own words',
		requested: 'Asked for guidance',
		assigned: 'Assigned to you',
		noTimes: 'No times given.'
	},
	relationships: {
		child: 'Their child',
		partner: 'Their partner or ex-partner',
		sibling: 'Their brother or sister',
		parent: 'Their parent',
		other: 'Someone else close to them'
	},
	urgencies: {
		today: 'Today',
		thisWeek: 'This week',
		noRush: 'No rush'
	},
	languages: {
		en: 'English',
		es: 'Spanish'
	},
	client: {
		title: 'A client',
		back: 'Back to your clients',
		requestHeading: 'Their request',
		crisis:
			'The words of this request speak of a crisis. Reach out soon, and have the crisis resources ready to share.',
		messages: 'Messages with this client',
		sharedHeading: 'Shared with you now',
		sharedIntro:
			'What the client has chosen to let you read. They can stop sharing at any time; each time you open it, they can see that you did.',
		plan: 'Their plan',
		timeline: 'Their timeline',
		openPlan: 'Read their plan',
		openTimeline: 'Read their timeline',
		notShared: 'Not shared',
		notesHeading: 'Your private notes',
		notesIntro:
			'Only you can read these notes. They are never shown to the client, nor to other specialists. The client can see when you opened them, not what they say.',
		noNotes: 'No notes yet.',
		addHeading: 'Add a note',
		note: 'Note',
		add: 'Save note',
		edit: 'Change this note',
		editLabel: 'Change the note of {date}',
		save: 'Save changes',
		written: 'Written {date}',
		changed: 'Written {date}, changed {changed}',
		added: 'Your note is saved.',
		saved: 'Your note is changed.'
	},
	plan: {
		title: 'A client’s plan',
		intro: 'Read-only, while the client shares it with you.',
		savedOn: 'Version {version}, saved {date}',
		never: 'The client has not written a plan yet.',
		back: 'Back to the client'
	},
	timeline: {
		title: 'A client’s timeline',
		intro: 'Read-only, while the client shares it with you. Newest first.',
		empty: 'The client has not noted any reach-outs yet.',
		back: 'Back to the client'
	}
};
