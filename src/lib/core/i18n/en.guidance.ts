// "Get personalized guidance": the member's request, its state, their specialist, what the specialist may see,
// and who viewed what. Mounted as `account.guidance`.

export const enGuidance = {
	title: 'Personalized guidance',
	intro:
		'A family recovery specialist can help you think through your own situation. Tell us a little about it, and the organisation will find someone who fits.',
	privacy:
		'What you write here is kept encrypted and is read only by the organisation’s staff who assign your specialist, and by your specialist.',
	relationshipLegend: 'Who is your loved one to you?',
	relationships: {
		child: 'My child',
		partner: 'My partner or ex-partner',
		sibling: 'My brother or sister',
		parent: 'My parent',
		other: 'Someone else'
	},
	storyLabel: 'What is happening, in your own words',
	storyHint: 'As much or as little as you like. Up to 5,000 characters.',
	urgencyLegend: 'How urgent does it feel?',
	urgencies: {
		today: 'I would like to talk today',
		thisWeek: 'Sometime this week',
		noRush: 'There is no rush'
	},
	languageLegend: 'Which language would you like to talk in?',
	languages: { en: 'English', es: 'Español' },
	timesLabel: 'Times that suit you (optional)',
	timesHint: 'For example: weekday evenings, or Saturday mornings.',
	submit: 'Ask for guidance',
	sent: 'Thank you. Your request is sent.',
	close: 'Close this request',
	closeHint:
		'If you no longer need this help, you can close it. Your specialist then no longer sees what you shared or your messages; you can ask again at any time.',
	closedNow: 'Your request is closed. You can ask again whenever you need.',
	crisisCalm:
		'What you wrote sounds very hard. Your request is marked urgent for the team. Please do not wait for us if someone may be in danger: these services can help right now, free and confidential.',
	requestTitle: 'Your request',
	sentOn: 'Sent {date}.',
	states: {
		waiting: 'Waiting: the organisation is finding the right specialist for you.',
		assigned: 'A specialist is working with you.',
		closed: 'This request is closed.'
	},
	whatYouWrote: 'What you wrote',
	specialistTitle: 'Your specialist',
	specialistIs: '{name} is your family recovery specialist.',
	unnamed: 'Your specialist',
	messages: 'Messages with {name}',
	sessions: 'Sessions with {name}',
	sharingTitle: 'What your specialist can see',
	sharingIntro:
		'Your plan and your timeline stay private unless you share them. Sharing lets {name} read them, without changing anything. You can stop sharing at any moment, and it works at once: the next time they try, they cannot open it.',
	items: { plan: 'Your plan', timeline: 'Your timeline of reach-outs' },
	shared: 'Shared with {name}',
	notShared: 'Not shared',
	share: 'Share',
	stop: 'Stop sharing',
	shareItem: 'Share {item} with {name}',
	stopItem: 'Stop sharing {item} with {name}',
	sharedNow: '{item}: now shared with {name}.',
	stoppedNow: '{item}: no longer shared with {name}. This took effect at once.',
	auditTitle: 'Who viewed what',
	auditIntro: 'Every time staff open something of yours, it is written down here.',
	auditNone: 'No one has opened anything of yours yet.',
	auditLine: '{who} opened {what}',
	things: { plan: 'your plan', timeline: 'your timeline', notes: 'their notes about you' },
	roles: { specialist: 'Your specialist', admin: 'An organisation administrator' }
};
