// Sessions with a family recovery specialist: the member's booking page, the specialist's hours and sessions
// pages, and the plain e-mails about them (never a name, a note or the reason for the session).

export const enSessions = {
	member: {
		title: 'Your sessions',
		back: 'Back to your guidance',
		intro: 'Book a time to talk with your specialist. Times are shown in the time zone you choose.',
		zoneLabel: 'Your time zone',
		zoneHint: 'Times below are shown in this time zone.',
		zoneShow: 'Show times',
		noSpecialist:
			'Once a specialist is assigned to you, you can book a session here. You can ask for personalized guidance from your guidance page.',
		openWith: 'Open times with {name}',
		noSlots: 'There are no open times in the next 14 days. Please look again in a few days, or send a message.',
		bookTime: 'Book {time}',
		moveTitle: 'Choose a new time',
		moveIntro: 'Your session on {when} moves to the time you choose. Until then, it stays as it is.',
		moveTo: 'Move to {time}',
		moveStop: 'Keep the current time',
		upcoming: 'Your upcoming sessions',
		none: 'You have no sessions booked.',
		with: 'With {name}',
		cancel: 'Cancel this session',
		move: 'Move',
		ics: 'Add to calendar (.ics)',
		done: {
			booked: 'Your session is booked. Your specialist has been told.',
			cancelled: 'Your session is cancelled. Your specialist has been told.',
			moved: 'Your session is moved. Your specialist has been told.'
		}
	},
	availability: {
		title: 'Your hours',
		back: 'Your sessions',
		intro:
			'Members can book sessions in these hours, shown to them in their own time zone. Leave a day empty when you do not work.',
		zone: 'Your time zone',
		length: 'Session length (minutes)',
		pause: 'Break after each session (minutes)',
		pauseHint: 'Time to breathe and write notes before the next session can start.',
		weekly: 'Weekly hours',
		startOf: '{day}: from',
		endOf: '{day}: until',
		exceptions: 'Exceptions',
		exceptionsIntro: 'For single dates: close the day, or give its own hours. Clear a date to remove the exception.',
		exceptionDate: 'Date',
		exceptionClosed: 'Closed all day',
		exceptionStart: 'Own hours: from',
		exceptionEnd: 'Own hours: until',
		exceptionLegend: 'Exception {number}',
		save: 'Save hours',
		saved: 'Your hours are saved.',
		weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
	},
	specialist: {
		title: 'Sessions',
		intro: 'Sessions booked with you, in your time zone ({zone}).',
		hours: 'Set your hours',
		none: 'No sessions are booked.',
		client: 'Client: {email}',
		cancel: 'Cancel this session',
		ics: 'Add to calendar (.ics)',
		cancelled: 'The session is cancelled. The client has been told.'
	},
	mail: {
		booked: {
			subject: 'A session was booked',
			body: 'A session was booked. See Porchlight for the time:\n{link}'
		},
		cancelled: {
			subject: 'A session was cancelled',
			body: 'A session was cancelled. See Porchlight for details:\n{link}'
		},
		moved: {
			subject: 'A session was moved',
			body: 'A session was moved to a new time. See Porchlight for the time:\n{link}'
		},
		reminder: {
			subject: 'Your session is tomorrow',
			body: 'A reminder: you have a session in Porchlight tomorrow. See the time here:\n{link}'
		}
	},
	// What a calendar file (.ics) says. Deliberately plain: a phone's calendar is often seen by others, so no
	// names, no notes, nothing about the loved one or the reason for the session.
	calendar: {
		name: 'Porchlight',
		eventSummary: 'Session with your family recovery specialist'
	}
};
