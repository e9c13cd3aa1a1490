// My plan: the account page, its earlier versions, the PDF, and the guide's "Start from my plan".

export const enPlan = {
	lists: {
		conditions: {
			heading: 'My conditions for reconnecting',
			hint: 'What needs to be true before you reconnect. For example: they are sober when we talk.'
		},
		boundaries: { heading: 'My boundaries', hint: 'For example: no visits when they have been using.' },
		expectations: { heading: 'What I expect', hint: 'For example: they call ahead instead of showing up.' },
		supports: { heading: 'Support from others', hint: 'For example: my sister joins any first meeting.' },
		signs: { heading: 'Signs of change I’m watching for', hint: 'For example: goes to meetings every week.' }
	},
	page: {
		title: 'My plan',
		intro:
			'Your plan is yours: what you need before reconnecting, your boundaries, what you expect, who supports you, and the signs of change you are watching for. Change it whenever you need to. Every version is kept.',
		empty: 'You have not saved a plan yet. You can write it below, or from the guide’s Steps 4 and 5.',
		current: 'Version {version}, saved {date}',
		nothing: 'Nothing written here yet.',
		saved: 'Saved as version {version}.',
		unchanged: 'Nothing had changed, so your plan stays at version {version}.',
		actions: 'Print or download',
		print: 'Print',
		download: 'Download as PDF',
		editTitle: 'Change your plan',
		editHint: 'One item per line. Empty lines are left out.',
		save: 'Save my plan',
		conflict:
			'Your plan was saved from somewhere else while you were writing. What you typed is still here: compare it with your plan above, then save again to keep your words.',
		lineProblem: 'Line {line}: {problem}',
		versionsTitle: 'Earlier versions',
		noVersions: 'No earlier versions yet. Each time you save, the version before is kept here.',
		versionLink: 'Version {version}, saved {date}',
		back: 'Back to your account'
	},
	version: {
		title: 'My plan, version {version}',
		savedOn: 'Saved {date}. This earlier version is kept as it was.',
		back: 'Back to my plan'
	},
	pdf: {
		title: 'My plan',
		version: 'Version {version}, saved {date}',
		notSaved: 'Not saved yet',
		nothing: 'Nothing written here yet.',
		footer: 'Written with Porchlight. This plan is yours: change it whenever you need to.'
	},
	guide: {
		label: 'Your plan',
		intro: 'You are signed in: you can start these lists from your plan, or save them to it.',
		start: 'Start from my plan',
		save: 'Save these lists to my plan',
		started:
			'These lists now come from your plan (version {version}). What you change here stays on this device until you save it to your plan.',
		startedEmpty: 'Your plan has nothing saved yet, so these lists stay as they are.',
		saved: 'Saved to your plan, as version {version}.',
		conflict:
			'Your plan was changed somewhere else since this page opened. To keep these lists anyway, choose “Save these lists to my plan” again. To see your plan first, choose “Start from my plan”.',
		failed: 'Your plan could not be reached just now. These lists are still on this device; try again in a moment.',
		invalid: 'Your plan could not be saved: {problem}'
	}
};
