// Secure messages between a member and their family recovery specialist (issue #5): the member's page and the
// specialist's page of one client's thread, and the words the page script uses when a message arrives live.

export const enMessages = {
	member: {
		title: 'Messages with your specialist',
		titleWith: 'Messages with {name}',
		intro:
			'Only you and your specialist can read these messages. They are stored encrypted. Your specialist usually answers within a working day.',
		noSpecialist:
			'You do not have a specialist yet. Once the organisation has chosen one for you, you can write to them here.',
		guidance: 'Get personalized guidance',
		others: 'Your specialists',
		back: 'Back to your account'
	},
	specialist: {
		title: 'Messages with {client}',
		intro: 'Only you and this client can read this thread. The organisation’s admins cannot read it.',
		back: 'Back to this client'
	},
	unread: '({count} unread)',
	heading: 'Messages',
	empty: 'No messages yet. Write the first one below.',
	you: 'You',
	newMark: 'New',
	crisisMarker: 'Crisis words',
	crisisMarkerHint: 'This message may speak of a crisis. Consider answering soon, and sharing crisis resources.',
	live: 'New messages appear here as they arrive.',
	check: 'Check for new messages',
	form: {
		label: 'Your message',
		hint: 'Up to 5,000 characters. Nothing you write here is sent by e-mail.',
		send: 'Send message',
		sent: 'Your message is sent.',
		failed: 'Your message could not be sent. Check your connection and try again.'
	},
	crisis: {
		title: 'You do not have to carry this alone'
	},
	// The e-mail saying a message is waiting: deliberately plain. An inbox is often seen by others, so no name,
	// no preview, nothing of what was written; just where to read it once signed in.
	mail: {
		subject: 'A new message is waiting for you in Porchlight',
		body: 'You have a new message in Porchlight. Sign in to read it:\n\n{link}\n\nWe never put what a message says in an e-mail.'
	}
};
