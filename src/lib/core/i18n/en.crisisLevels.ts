// Crisis levels (issue #12): the words shown with each level of crisis, wherever a loved one's words or a family
// member's story are read (Step 3's check, a request for guidance, a message to a specialist). Both levels put
// crisis resources first. `urgent`: act now, emergency first. `concern`: the crisis line first, and the plain
// advice that it is all right to ask. Numbers are never written here: they come from the region's resources.

export const enCrisisLevels = {
	/** Before the quoted words that raised the level. */
	words: 'The words that raised this:',
	/** Step 3: their message, read on this device. */
	check: {
		urgent: 'Their message may speak of danger right now',
		concern: 'Their message may speak of not wanting to live'
	},
	/** A family member's own words: a request for guidance, a message to their specialist. */
	story: {
		urgent: 'What you wrote may mean someone is in danger right now',
		concern: 'What you wrote may mean someone is thinking about dying'
	},
	urgent: {
		act: 'Act now. If a life may be in danger, call emergency services first. The crisis line can also stay with you on the phone and help you through the next hour.',
		stay: 'If you can, stay with them, or make sure someone is with them, until help is there.'
	},
	concern: {
		lead: 'Words like these can mean a person is thinking about suicide. You do not have to wait for things to get worse to reach out.',
		ask: 'It is all right to ask directly: “Are you thinking about killing yourself?”',
		notIdea:
			'Asking does not put the idea in their head. It shows you care, and many people feel relief when someone asks.',
		line: 'The crisis line is there for them and for you, any time, to talk it through. If anyone is in danger right now, call emergency services.'
	},
	/** Someone else hurting or threatening the person who wrote the message: a safety concern, not self-harm. */
	safety: {
		title: 'Someone may be hurting them',
		intro:
			'Their message says someone may be hurting or threatening them. It is not their fault. A domestic violence line can help them, and you, think about what keeps them safe.'
	},
	/** After posting a message with crisis words: the specialist is not a crisis service. */
	specialistLater: 'Your specialist will read your message, but they may not answer at once.'
};
