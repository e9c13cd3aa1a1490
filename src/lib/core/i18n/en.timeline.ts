// The timeline of reach-outs, the weekly check-in and the consistency view. Neutral words throughout: these
// pages are a mirror for the member, never a score or a verdict.

export const enTimeline = {
	back: 'Back to your account',
	channels: {
		call: 'Call',
		text: 'Text message',
		'in-person': 'In person',
		letter: 'Letter',
		social: 'Social media',
		other: 'Other'
	},
	statuses: { seen: 'Seen', notSeen: 'Not seen', notSure: 'Not sure', none: 'No check-in' },
	list: {
		title: 'Timeline of reach-outs',
		intro:
			'Each time they reached out, as you noted it: what they said or promised, what they did, and what you decided. Only you can see it.',
		addLink: 'Add a reach-out',
		heading: 'Reach-outs, newest first',
		empty: 'No reach-outs noted yet. When they reach out, you can note it here, now or later.',
		channel: 'How',
		said: 'What they said or promised',
		did: 'What they did',
		decision: 'What you decided',
		note: 'Your private note',
		nothingWritten: 'Nothing written down',
		noDecision: 'Nothing decided yet',
		change: 'Change or remove',
		changeLabel: 'the reach-out of {date}',
		added: 'The reach-out is on your timeline.',
		changed: 'Your changes are saved.',
		removed: 'The reach-out was removed.'
	},
	form: {
		addTitle: 'Add a reach-out',
		addIntro: 'Only when and how are needed; the rest can wait until you are ready.',
		when: 'When it happened',
		whenHint: 'The date and time as you remember them. They are kept exactly as you write them.',
		channel: 'How they reached out',
		said: 'What they said or promised',
		saidHint: 'Their words, as close as you remember.',
		did: 'What they did',
		didHint: 'What you saw them do, not only what they said.',
		decision: 'What you decided',
		noDecision: 'Nothing decided yet',
		note: 'Your private note',
		noteHint: 'Only you can see it.',
		add: 'Add to the timeline',
		save: 'Save changes'
	},
	edit: {
		title: 'Change a reach-out',
		removeTitle: 'Remove this reach-out',
		removeIntro: 'Removing it takes it off your timeline for good. You will be asked once more first.',
		remove: 'Remove this reach-out',
		confirmTitle: 'Remove this reach-out for good?',
		confirmBody: 'It cannot be brought back. Your other reach-outs and your check-ins stay as they are.',
		confirm: 'Yes, remove it',
		keep: 'No, keep it',
		backToTimeline: 'Back to the timeline'
	},
	checkIn: {
		title: 'Weekly check-in',
		intro:
			'For each sign of change in your plan: did you see it this week? There is no right answer, and “not sure” is an honest one.',
		weekLabel: 'Week',
		weekOption: 'Week of {date}',
		thisWeek: 'Week of {date} (this week)',
		showWeek: 'Open this week',
		heading: 'Week of {date}',
		noteLabel: 'Note (optional)',
		save: 'Save this check-in',
		replaceHint: 'Saving again replaces this week’s answers.',
		saved: 'Your check-in for the week of {date} is saved. You can change it at any time.',
		noSigns:
			'Your plan has no signs of change yet. Signs of change are what you would like to see over time, in actions, such as “goes to meetings” or “calls when they said they would”. Add a few to your plan, and the check-in will ask about each one.',
		toPlan: 'Go to my plan',
		toConsistency: 'See the weeks side by side'
	},
	consistency: {
		title: 'Words and actions, week by week',
		intro:
			'A mirror of what you noted over the last 12 weeks, from {from} to {to}. It does not judge or score anything: it puts what you wrote down side by side, so you can look at it calmly.',
		signsHeading: 'Signs of change',
		signsTitle: 'What you noted, week by week',
		signsDesc:
			'For each sign of change in your plan, what you noted in each of the 12 weeks from {from} to {to}. The same figures are in the table below.',
		signsCaption: 'What you noted about each sign of change, week by week',
		noSigns: 'Your plan has no signs of change yet, so there is nothing to show here.',
		toPlan: 'Add signs of change to my plan',
		toCheckIn: 'Do this week’s check-in',
		legend: 'What the shapes mean',
		reachOutsHeading: 'Reach-outs',
		reachOutsTitle: 'Reach-outs, week by week',
		reachOutsDesc:
			'For each of the 12 weeks from {from} to {to}: how many reach-outs you noted, how many carried something said or promised, and how many had something they did written down. The same figures are in the table below.',
		reachOutsCaption: 'Reach-outs, week by week',
		week: 'Week of',
		reachOuts: 'Reach-outs',
		said: 'With something said or promised',
		did: 'With something they did written down',
		toTimeline: 'See the timeline'
	}
};
