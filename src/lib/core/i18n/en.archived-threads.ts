// A conversation whose specialist has left the organisation (issue 11): kept for the member, read only.

export const enArchivedThreads = {
	title: 'Earlier conversation',
	note: 'The specialist you wrote with here is no longer with the organisation. Your conversation is still yours to read; no one can write in it now. If you would like guidance again, you can ask for it, and a new specialist will write to you on a new page.',
	you: 'You',
	former: 'Your former specialist'
};
