// The English catalogue: every word a person reads, including all of the guide "When They Reach Out Again".
// Spanish (es.ts) must have exactly the same keys; catalogue.test.ts fails when one is missing.

import { enMessages } from './en.messages.ts';
import { enMyData } from './en.my-data.ts';
import { enSpecialist } from './en.specialist.ts';
import { enGuidance } from './en.guidance.ts';
import { enPasskeys } from './en.passkeys.ts';
import { enSessions } from './en.sessions.ts';
import { enSecurity, enSecurityErrors } from './en.security.ts';
import { enTimeline } from './en.timeline.ts';
import { enPlan } from './en.plan.ts';
import { enAdmin } from './en.admin.ts';
import { enArchivedThreads } from './en.archived-threads.ts';
import { enStaffProof } from './en.staff-proof.ts';
import { enSafeExit } from './en.safe-exit.ts';
import { enCrisisLevels } from './en.crisisLevels.ts';

export const en = {
	meta: {
		languageName: 'English',
		siteName: 'Porchlight',
		description: 'Calm, private help for the moment a loved one with a substance use disorder reaches out again.'
	},
	nav: {
		skip: 'Skip to main content',
		home: 'Porchlight home',
		crisis: 'Crisis help',
		quickExit: 'Quick exit',
		quickExitHint: 'Leaves Porchlight at once. You can also press Esc twice.',
		language: 'Language',
		otherLanguage: 'Español',
		otherLanguageLabel: 'Leer en español',
		savedReachOuts: 'Saved reach-outs',
		account: 'Your account',
		device: 'Privacy and this device',
		primary: 'Main'
	},
	home: {
		title: 'When they reach out again',
		lead: 'Your loved one has reached out. You don’t have to answer right away. Porchlight walks you through it, one calm step at a time.',
		start: 'They reached out',
		startHint: 'Start the guide. No account needed.',
		privacyTitle: 'Private by design',
		privacy: [
			'Everything you write stays on this device unless you choose otherwise.',
			'No account, no tracking, nothing sent to anyone.',
			'Quick exit, at the top of every page, leaves at once.'
		],
		saved: 'See your saved reach-outs',
		crisisLine: 'If anyone is in danger right now, go to crisis help.'
	},
	guide: {
		title: 'When They Reach Out Again',
		subtitle:
			'What to do if your loved one comes back after you’ve stepped away — navigating reconnection with wisdom.',
		intro: {
			heading: 'What to do if your loved one comes back after you’ve stepped away',
			past: [
				'You let go.',
				'You held your boundary.',
				'You grieved what wasn’t working.',
				'You chose your recovery — even when they didn’t choose theirs.'
			],
			now: 'And now… they’re reaching out.',
			ways: [
				'Maybe it’s a phone call.',
				'Maybe it’s a text at 2 a.m.',
				'Maybe it’s quiet: “I’m ready.”',
				'Or loud: “I’ve changed.”'
			],
			breathe: 'Before you respond, take a breath.',
			sacred: 'This is a sacred moment.',
			begin: 'Begin: pause before you act',
			resume: 'You have a reach-out in progress on this device. Continue it, or start a new one.',
			continue: 'Continue where I was',
			startOver: 'Start a new reach-out'
		},
		progress: 'Step {step} of {total}',
		progressFinal: 'After the five steps: your decision',
		progressLabel: 'Guide progress',
		stepNav: 'Move through the guide',
		back: 'Back',
		next: 'Next',
		stepNames: {
			pause: 'Pause',
			askYourself: 'Ask yourself',
			askThem: 'Ask them',
			conditions: 'Your conditions',
			safe: 'Feeling safe',
			decide: 'Decide'
		},
		savedHere: 'What you write here is kept only on this device.',
		noScript: 'Turn on JavaScript to write your answers here. You can still read every step.',
		pause: {
			title: 'Step 1: Pause before you act',
			points: [
				'Let your nervous system settle.',
				'You don’t owe an immediate answer.',
				'Don’t let panic, guilt, or relief drive your response.',
				'Breathe. Reflect. Reach out to your support system first.'
			],
			breathing: {
				heading: 'Breathe with me',
				intro: 'About one minute: breathe in for four, out for six. Stop whenever you like.',
				start: 'Start breathing',
				skip: 'Skip the breathing',
				restart: 'Breathe again',
				in: 'Breathe in…',
				out: 'Breathe out…',
				done: 'Well done. Take the time you need.',
				still:
					'Breathe in slowly through your nose while you count to four. Breathe out gently while you count to six. Do this six times, about one minute.',
				round: 'Breath {n} of {total}'
			},
			support: {
				heading: 'Reach out to your support system first',
				intro: 'Someone who knows you can help you slow down before you answer.',
				empty: 'No support contacts on this device yet. Add someone you trust below.',
				call: 'Call {name}',
				text: 'Text {name}',
				remove: 'Remove {name}',
				callShort: 'Call',
				textShort: 'Text',
				removeShort: 'Remove',
				message: 'They just reached out. Can you talk?',
				addHeading: 'Add a support contact',
				name: 'Name',
				phone: 'Phone number',
				phoneHint: 'Digits, spaces, +, - and brackets are fine.',
				add: 'Add contact',
				added: '{name} was added.',
				removed: '{name} was removed.',
				errors: {
					name: 'Enter a name, up to 60 characters.',
					phone: 'Enter a phone number with 3 to 20 digits.'
				}
			}
		},
		askYourself: {
			title: 'Step 2: Ask yourself',
			intro: 'There are no wrong answers. “Not sure yet” is an answer too.',
			noteLabel: 'A note for yourself (optional)',
			questions: {
				recovery: {
					question: 'Are they reaching out for recovery — or for relief?',
					options: { recovery: 'For recovery', relief: 'For relief', unsure: 'I can’t tell yet' }
				},
				action: {
					question: 'Are they showing up with action — or just apology?',
					options: { action: 'With action', apology: 'Just apology', unsure: 'I can’t tell yet' }
				},
				healing: {
					question: 'Have you done enough healing to re-engage without losing yourself?',
					options: { yes: 'Yes, I think so', notYet: 'Not yet', unsure: 'I’m not sure' }
				}
			}
		},
		askThem: {
			title: 'Step 3: Ask them these questions',
			questions: [
				'What kind of help are you asking for?',
				'Are you willing to go to treatment, a meeting, or therapy?',
				'What have you done differently since last time?',
				'How will you take responsibility without putting it on me?'
			],
			messageIntro: 'Before I answer, I’d like to understand a few things:',
			messageHeading: 'A message ready to send',
			copy: 'Copy these questions',
			copied: 'Copied. Paste them into your message.',
			copyFailed: 'Copying did not work here. Select the text and copy it yourself.',
			answersLabel: 'Their answers, in their words or yours',
			answersHint: 'Paste what they sent, or note what they said.',
			warningTitle: 'If they deflect, blame, or manipulate — pause.',
			warning: 'It might not be time.'
		},
		conditions: {
			title: 'Step 4: Clarify your conditions for reconnection',
			intro: 'Pick any of these examples, change their words, or write your own.',
			examplesHeading: 'Examples',
			examples: [
				'I’m open to a conversation — if you’re sober and willing to speak honestly.',
				'I’d love to hear from you after you’ve gone to a meeting or contacted a therapist.',
				'I’ll only reconnect if we’re both in recovery. I’m not going back to the chaos.'
			],
			useExample: 'Use this condition',
			mineHeading: 'My conditions',
			none: 'No conditions yet.'
		},
		safe: {
			title: 'Step 5: Write down what you need to feel safe',
			intro: 'Keep it clear. Keep it simple. Keep it aligned with your values.',
			carried: 'If you saved a reach-out on this device before, these lists start from it.',
			lists: {
				boundaries: { heading: 'Boundaries', hint: 'For example: no visits when they have been using.' },
				expectations: { heading: 'Expectations', hint: 'For example: they call ahead instead of showing up.' },
				supports: { heading: 'Support from others', hint: 'For example: my sister joins any first meeting.' },
				signs: { heading: 'Signs of change you’re watching for', hint: 'For example: goes to meetings every week.' }
			}
		},
		list: {
			add: 'Add',
			newItem: 'New item for “{list}”',
			edit: 'Edit item {n} of “{list}”',
			remove: 'Remove',
			removeItem: 'Remove item {n} of “{list}”',
			added: 'Added to “{list}”.',
			removed: 'Removed from “{list}”.',
			tooLong: 'Keep each item under {max} characters.',
			empty: 'Write something before adding it.'
		},
		decide: {
			title: 'Decide',
			reminderTitle: 'Reminder',
			reminder: [
				'Their reaching out is not a sign to rush in.',
				'It’s a signal to slow down.',
				'Trust is rebuilt through consistency, not emotion.',
				'You can welcome the possibility of healing — without abandoning yourself to hope.'
			],
			allowedTitle: 'You’re allowed to:',
			choiceLegend: 'Choose what fits you today',
			choices: {
				cautious: 'Stay cautious',
				time: 'Take your time',
				notYet: 'Say “Not yet”',
				notAvailable: 'Say “I love you, and I’m still not available”',
				yes: 'Say “Yes” — with boundaries and support',
				noContact: 'Say “No contact for now”'
			},
			draftHeading: 'Your draft reply',
			draftLabel: 'Draft reply (you can change every word)',
			draftHint: 'Choose an answer above to start a draft.',
			draftNote: 'Nothing is sent. Copy it into your own message when you are ready — or wait.',
			copy: 'Copy the reply',
			copied: 'Copied.',
			copyFailed: 'Copying did not work here. Select the text and copy it yourself.',
			share: 'Share the reply',
			closingTitle: 'If the door reopens, let it be on your terms.',
			closing: [
				'Let it be from your recovery — not your fear.',
				'Let it be the next step in your healing — not just theirs.'
			],
			saveHeading: 'Keep this reach-out',
			saveIntro: 'Saved only on this device, in this browser. Nothing is sent anywhere.',
			save: 'Save on this device',
			saved: 'Saved on this device.',
			saveFailed: 'This browser would not save it. Private browsing can block saving.',
			seeSaved: 'See saved reach-outs',
			guidanceLink: 'Ask for personalized guidance',
			guidanceTitle: 'Need personalized guidance?',
			guidance:
				'Our family recovery specialists are here to help you navigate your unique situation with expert support and compassion.'
		}
	},
	replies: {
		// {conditions} becomes a list of the person's own conditions; {boundaries} likewise.
		cautious: {
			body: 'Thank you for reaching out. I’m glad to hear from you. I’m going to take this slowly.',
			withConditions: 'For me to be open to more, this matters to me:'
		},
		time: {
			body: 'I got your message. I need some time before I answer, and I’ll reply when I’m ready.',
			withConditions: 'While I think, this is what matters to me:'
		},
		notYet: {
			body: 'I’m glad you reached out, and I love you. My answer for now is: not yet.',
			withConditions: 'I’ll be open to talking again when:'
		},
		notAvailable: {
			body: 'I love you, and I’m still not available. I’m taking care of my own recovery right now.',
			withConditions: 'If that changes, it will be because:'
		},
		yes: {
			body: 'Yes, I’m willing to reconnect — with boundaries and support.',
			withConditions: 'My conditions:',
			withBoundaries: 'My boundaries:'
		},
		bullet: '- {item}'
	},
	safety: {
		who: {
			legend: 'Who reached out?',
			hint: 'Remembered on this device; you can change it any time.',
			options: {
				child: 'My child',
				partner: 'My partner or ex-partner',
				sibling: 'My brother or sister',
				parent: 'My parent',
				other: 'Someone else'
			}
		},
		check: {
			title: 'A private safety check',
			intro:
				'Before any advice about reconnecting, a few questions about your safety. Your answers stay on this screen: they are not saved, not sent, and gone when you leave it.',
			optional: 'Skip any question, or the whole check. “Not sure” is a fine answer.',
			notAssessment: 'This is not a professional assessment. Trust your own sense of danger.',
			answers: { yes: 'Yes', no: 'No', unsure: 'Not sure' },
			questions: {
				safeNow: 'Are you somewhere safe to use Porchlight right now?',
				weapon: 'Has your loved one ever used a weapon against you, or threatened you with one?',
				threatToKill: 'Have they threatened to kill you or your children?',
				mightKill: 'Do you think they might try to kill you?',
				lovedOneInCrisis: 'Right now, are they talking about suicide or overdosing, or in dangerous withdrawal?',
				gun: 'Do they have access to a gun?',
				strangle: 'Have they ever tried to choke or strangle you?',
				jealousControl: 'Are they violently or constantly jealous, or do they control most of your daily life?',
				separated: 'Have you left or separated from them after living together or being married?',
				unemployed: 'Are they unemployed?',
				suicideAttempt: 'Have they ever tried to kill themselves?',
				childNotTheirs: 'Do you have a child they know is not theirs?',
				stalking: 'Do they follow or spy on you, or leave you threatening messages?',
				over60: 'Are you 60 or older?',
				harmed: 'Has your adult child hurt you, or taken or pressured you for money or belongings?'
			},
			partnerHeading: 'About your partner or ex-partner',
			elderHeading: 'About you',
			continue: 'Continue',
			skip: 'Skip the safety check',
			showCard: 'Show the safety card',
			unsafeHere: {
				title: 'Leave now if you need to',
				body: 'Quick exit opens a neutral site at once. If you are in danger, call for help.',
				exit: 'Leave now (quick exit)'
			}
		},
		card: {
			title: 'Your safety comes first',
			lead: 'From what you shared, contact with your loved one could put you in danger. This is not your fault.',
			points: [
				'Deciding not to reconnect, or to wait, is allowed.',
				'If you do see them, avoid meeting alone.',
				'You can come back to Porchlight any time.'
			],
			guideChanges:
				'For this reach-out, Porchlight will not suggest reconnecting. It offers “Not yet”, words for no contact, and safety planning instead.',
			continue: 'Continue to the guide'
		},
		elder: {
			title: 'Help when an older parent is harmed',
			body: 'When an adult child hurts an older parent, or takes or pressures them for money or belongings, Adult Protective Services can help. It is not your fault, and asking for help is allowed.'
		},
		mode: {
			askThem:
				'You don’t have to ask them anything. If contact is not safe, your safety comes first, and no answer is owed.',
			conditions:
				'For this reach-out, Porchlight does not suggest conditions for reconnecting: your safety comes first. The hotline can help you plan.',
			decide: 'For this reach-out, the choices put your safety first.',
			planTitle: 'Make a safety plan',
			plan: 'A safety plan is what you will do to stay safe before, during and after any contact, for you and your children. The hotline can make one with you, free and confidential.',
			savedNote: 'The safety card was shown for this reach-out.',
			// The pass after the safety card names its steps and closes in words of safety, not reconnection.
			stepNames: { conditions: 'Your safety' },
			titles: { conditions: 'Step 4: Put your safety first' },
			closingTitle: 'Whatever you decide, your safety comes first.',
			closing: [
				'You owe no answer, and you can take all the time you need.',
				'The hotline is there whenever you want help to make a plan, free and confidential.'
			]
		}
	},
	safetyReplies: {
		notYet: 'My answer for now is: not yet. Please give me space.',
		noContact: 'I am not able to be in contact right now. Please do not contact me. If that changes, I will reach out.'
	},
	messageCheck: {
		title: 'Read what they sent, together',
		intro:
			'Paste their message above and Porchlight points out the patterns the guide asks about. It is read on this device only and never sent anywhere.',
		button: 'Check what they sent',
		empty: 'Paste or write their message in the box above first.',
		resultTitle: 'What their message shows',
		notVerdict: 'These are patterns to notice, not a verdict on them or on you.',
		highlighted: 'Their message, with the patterns marked',
		patterns: 'The patterns, one by one',
		kinds: {
			request: 'Asks for something',
			apology: 'Apology or promise',
			action: 'Concrete step',
			responsibility: 'Takes responsibility',
			blame: 'Blame',
			minimizing: 'Downplays',
			pressure: 'Pressure',
			guilt: 'Guilt'
		},
		summaryTitle: 'In the guide’s words',
		summary: {
			changeWithoutAction: 'Words about change, and no concrete step yet. The guide asks: action, or just apology?',
			concreteSteps: 'A concrete step is mentioned. Trust is rebuilt through consistency: watch whether it continues.',
			ownsIt: 'They take responsibility without putting it on you.',
			deflects:
				'Some of it deflects or blames. The guide says: if they deflect, blame, or manipulate — pause. It might not be time.',
			pressure: 'There is pressure or guilt in it. You don’t owe an immediate answer.',
			asksForSomething:
				'They ask you for something. The guide asks: are they reaching out for recovery, or for relief?',
			nothingFound: 'None of the patterns the guide names stood out. Take your time all the same.'
		},
		adviceLink: 'Read the guide’s advice on this step',
		crisisAll: 'All crisis help',
		failed: 'The check could not run here. You can still read their message with the guide’s questions in mind.'
	},
	reachOuts: {
		title: 'Saved reach-outs',
		intro: 'These are kept only in this browser, on this device.',
		empty: 'Nothing saved on this device yet.',
		noScript: 'Turn on JavaScript to see what is saved on this device.',
		savedOn: 'Saved {date}',
		decision: 'Decision: {choice}',
		noDecision: 'No decision yet',
		open: 'Open in the guide',
		delete: 'Delete this reach-out',
		deleted: 'Deleted.',
		confirmDelete: 'Delete this reach-out from this device?',
		sections: {
			askYourself: 'Asked myself',
			theirAnswers: 'What they said',
			conditions: 'My conditions',
			safe: 'What I need to feel safe',
			reply: 'Draft reply'
		},
		start: 'Start a new reach-out',
		who: 'Who reached out: {who}'
	},
	device: {
		title: 'Privacy and this device',
		intro:
			'Porchlight keeps what you write in this browser only: your support contacts, the reach-out in progress, your saved reach-outs and your lists. It sends none of it anywhere.',
		history:
			'Your browser’s history may still list the Porchlight pages you opened. To leave no trace, use a private window, or remove this site from your browser’s history.',
		offline: 'After your first visit the guide works without a connection, in English and Spanish.',
		wipeHeading: 'Wipe this device',
		wipeIntro:
			'Remove everything Porchlight stored in this browser: contacts, reach-outs, lists, the offline copy and the language choice, and sign out of your account here if you are signed in. This cannot be undone.',
		wipe: 'Wipe everything',
		confirm: 'Yes, wipe everything now',
		cancel: 'Cancel',
		confirmText: 'Are you sure? Everything Porchlight stored in this browser will be gone.',
		wiped: 'Done. Porchlight has removed everything it stored in this browser, and you are signed out.',
		noScript: 'Turn on JavaScript to wipe this device, or clear this site’s data in your browser’s settings.'
	},
	crisis: {
		title: 'Crisis help',
		intro: 'If someone may be in danger right now, reach out now. These services are free and confidential.',
		whenLabel: 'When to use it',
		region: 'Numbers for: {region}',
		call: 'Call {number}',
		text: 'Text {number}',
		textWithBody: 'Text {body} to {number}',
		tty: 'TTY {number}'
	},
	notFound: {
		title: 'This page isn’t here',
		body: 'The link may be old. You can go back to the start.'
	},
	serverError: {
		title: 'Something went wrong',
		body: 'This is our fault, not yours. Please try again in a moment.'
	},
	account: {
		nav: {
			label: 'Your account',
			plan: 'My plan',
			timeline: 'Timeline of reach-outs',
			checkIn: 'Weekly check-in',
			consistency: 'Words and actions, week by week',
			guidance: 'Personalized guidance',
			unread: '{count} unread',
			data: 'Your data: export or delete'
		},
		confirm: {
			title: 'Confirm your e-mail address',
			intro: 'One more step: confirm that this address is yours.',
			button: 'Confirm my e-mail address',
			done: 'Thank you. Your e-mail address is confirmed, and you can sign in.',
			failed: 'This link has expired or was already used. Sign up again to get a new one.',
			signIn: 'Sign in'
		},
		signUp: {
			title: 'Create an account',
			intro:
				'An account keeps your plan and your reach-outs, and shows you over weeks whether words are matched by actions. The guide works without one.',
			email: 'E-mail address',
			password: 'Password',
			passwordHint: 'At least 10 characters. A short sentence you will remember works well.',
			submit: 'Create my account',
			sent: 'Thank you. If this address can be used, we have sent a link to confirm it. Open it within 24 hours.',
			haveAccount: 'Already have an account? Sign in'
		},
		signIn: {
			title: 'Sign in',
			email: 'E-mail address',
			password: 'Password',
			submit: 'Sign in',
			noAccount: 'No account yet? Create one'
		},
		forgot: {
			title: 'Forgot your password?',
			intro: 'Enter the address of your account and we will e-mail you a link to choose a new password.',
			email: 'E-mail address',
			submit: 'Send me a link',
			sent: 'If there is an account with this address, a link is on its way. Open it within an hour.',
			link: 'Forgot your password?'
		},
		reset: {
			title: 'Choose a new password',
			password: 'New password',
			submit: 'Save my new password',
			done: 'Your password is changed. Every session of your account has ended, on every device: sign in again.',
			again: 'Ask for a new link'
		},
		home: {
			title: 'Your account',
			signedIn: 'You are signed in.',
			sessionsTitle: 'Where you are signed in',
			sessionsIntro: 'If you do not recognise one, end it, and change your password.',
			thisDevice: 'this device',
			started: 'Signed in {date}',
			lastSeen: 'last active {date}',
			end: 'End this session',
			endOthers: 'End all other sessions',
			signOut: 'Sign out'
		},
		...enMyData,
		guidance: enGuidance,
		passkeys: enPasskeys,
		timeline: enTimeline,
		fixBelow: 'Please fix what is marked below.',
		plan: enPlan
	},
	admin: enAdmin,
	staffProof: enStaffProof,
	safeExit: enSafeExit,
	crisisLevels: enCrisisLevels,
	email: {
		changeEmail: {
			subject: 'Confirm the new e-mail address for your Porchlight account',
			body: 'Someone, probably you, asked to use this address for a Porchlight account.\n\nTo confirm it, open this link within 24 hours:\n{link}\n\nIf it was not you, you can ignore this message; nothing changes.'
		},
		verify: {
			subject: 'Confirm your e-mail address for Porchlight',
			body: 'Someone, probably you, created a Porchlight account with this address.\n\nTo confirm it, open this link within 24 hours:\n{link}\n\nIf it was not you, you can ignore this message.'
		},
		reset: {
			subject: 'Choose a new Porchlight password',
			body: 'Someone, probably you, asked to reset the password of the Porchlight account for this address.\n\nTo choose a new one, open this link within an hour:\n{link}\n\nIf it was not you, you can ignore this message; your password stays as it is.'
		},
		alreadyRegistered: {
			subject: 'Someone tried to create a Porchlight account with your address',
			body: 'There is already a Porchlight account with this address. If that was you, sign in, or reset your password if you forgot it:\n{link}\n\nIf it was not you, you can ignore this message.'
		},
		staffInvite: {
			subject: 'An invitation to join Porchlight as a specialist',
			body: 'You are invited to join Porchlight as a family recovery specialist.\n\nTo accept and choose your password, open this link within 7 days:\n{link}\n\nIf you were not expecting this, you can ignore this message.'
		}
	},
	messages: enMessages,
	archivedThreads: enArchivedThreads,
	sessions: enSessions,
	security: enSecurity,
	// An API refusal's `detail` when no field names the problem, by the core's error code. A page script may show
	// it to a person; the problem's `title` stays English, for programs.
	refusals: {
		invalid: 'Invalid request',
		unauthorized: 'Not signed in',
		email_unverified: 'E-mail address not confirmed',
		forbidden: 'Forbidden',
		not_found: 'Not found',
		conflict: 'Conflict',
		rate_limited: 'Too many attempts',
		reauthentication_required: 'Confirm it’s you'
	},
	errors: {
		...enSecurityErrors,
		emailInvalid: 'Enter an e-mail address, like name@example.org.',
		passwordRequired: 'Enter a password.',
		passwordTooShort: 'Use at least 10 characters. A short sentence is easy to remember.',
		passwordTooLong: 'Use at most 128 characters.',
		passwordCommon: 'This password is too common or has appeared in data breaches. Choose another.',
		signInFailed: 'That e-mail address and password do not match an account.',
		emailUnverified: 'Confirm your e-mail address first: open the link we sent you.',
		resetLinkInvalid: 'This link has expired or was already used. Ask for a new one.',
		textInvalid: 'Write this as text.',
		textTooLong: 'Keep this under 5,000 characters.',
		dateInvalid: 'Give a date and time, like 2026-11-30T20:15:00Z.',
		channelInvalid: 'Choose how they reached out: call, text, in person, letter, social media or other.',
		decisionInvalid: 'Choose one of the decisions the guide offers, or none.',
		fieldUnknown: 'This field is not expected here.',
		itemEmpty: 'Write something here, or remove this line.',
		itemTooLong: 'Keep each item under 500 characters.',
		listInvalid: 'Give this list as a list of short texts.',
		listTooLong: 'Keep each list to 30 items or fewer.',
		versionInvalid: 'Give the version number of the plan you changed.',
		planChanged: 'Your plan was saved from somewhere else since you opened it. Reload it, then make your change again.',
		contactName: 'Give a name of up to 60 characters.',
		contactPhone: 'Give a phone number, like +1 555 010 0199.',
		sourceInvalid: 'This item from the device has no usable id.',
		importTooLarge: 'Too many items at once. Send them in smaller groups.',
		passwordWrong: 'That is not the password of this account.',
		emailSame: 'This is already the address of your account.',
		emailChangeLinkInvalid: 'This link has expired or was already used. Ask for the change again from your account.',
		passkeyResponseInvalid: 'Your device’s answer could not be read. Please try again.',
		passkeyExpired: 'This took too long, or was already used. Please start again.',
		passkeyNotAdded: 'The passkey could not be checked, so it was not added. Please try again.',
		passkeyAlreadyAdded: 'This passkey is already added.',
		passkeySignInFailed: 'This passkey could not sign you in. Try again, or use your password.',
		whenInvalid: 'Choose the date and the time it happened.',
		weekInvalid: 'Give the week as the date of its Monday, like 2026-11-30.',
		weekInFuture: 'Choose this week or an earlier one: a week that has not come yet cannot be looked back on.',
		statusInvalid: 'Choose seen, not seen or not sure.',
		noteTooLong: 'Keep the note under 2,000 characters.',
		answersInvalid: 'Give the answers as a list, one for each sign of change.',
		answersTooMany: 'A check-in can hold at most 30 signs of change.',
		languageInvalid: 'Choose English (en) or Spanish (es).',
		// Sessions with a specialist: availability and bookings.
		timeZoneInvalid: 'Choose a time zone from the list, like America/New_York.',
		sessionLengthInvalid: 'Give the session length in whole minutes, from 15 to 180.',
		slotStepInvalid: 'Give the time between session starts in whole minutes, from 15 to 240.',
		slotStepTooShort: 'Leave at least one session’s length between the starts of two sessions.',
		rulesInvalid: 'Give the weekly hours as a list of days with a start and an end time.',
		rulesTooMany: 'Keep the weekly hours to 50 entries or fewer.',
		weekdayInvalid: 'Choose a day of the week, from 1 (Monday) to 7 (Sunday).',
		timeInvalid: 'Give a time like 09:00 or 17:30.',
		hoursOrder: 'Make the end time later than the start time.',
		exceptionsInvalid: 'Give the exceptions as a list of dates, each closed or with its own hours.',
		exceptionsTooMany: 'Keep the exceptions to 200 dates or fewer.',
		exceptionInvalid: 'Mark this date as closed, or give a start and an end time for it.',
		dateOnlyInvalid: 'Give a date like 2026-12-24.',
		rangeInvalid: 'Choose an end after the start, no more than 62 days later.',
		specialistInvalid: 'Choose a specialist to book with.',
		slotNotOpen: 'This time is not one of the open times. Please choose one from the list.',
		slotTaken: 'Someone booked this time just before you. Please choose another one.',
		slotSame: 'Choose a different time to move your session to.',
		bookingCancelled: 'This session was already cancelled.',
		bookingPast: 'This session has already started, so it can no longer be changed.',
		// Sharing with a specialist, and the specialist's private notes.
		shareWithInvalid: 'Choose your specialist.',
		shareItemInvalid: 'Choose what to share: your plan or your timeline.',
		clientNoteEmpty: 'Write something in the note before saving it.',
		clientNoteTooLong: 'Keep the note to 10,000 characters or fewer.',
		// Messages with a specialist.
		messageEmpty: 'Write a message before sending it.',
		messageTooLong: 'Keep a message to 5,000 characters or fewer. You can send the rest in another one.',
		// Requests for personalized guidance.
		relationshipInvalid: 'Choose who your loved one is to you.',
		storyEmpty: 'Tell us a little of what is happening, in your own words.',
		storyTooLong: 'Keep this under 5,000 characters.',
		urgencyInvalid: 'Choose how urgent it feels.',
		timesTooLong: 'Keep the times that suit you under 500 characters.',
		requestInvalid: 'Choose a request.',
		// Specialists: profiles and invitations.
		displayNameInvalid: 'Give a name to show, up to 80 characters.',
		languagesRequired: 'Choose at least one language: English (en) or Spanish (es).',
		focusInvalid: 'Choose the relationships from the list: parent, partner, sibling, child or other.',
		capacityInvalid: 'Give the number of open clients as a whole number from 1 to 200.',
		inviteLinkInvalid: 'This invitation has expired or was already used. Ask the organisation for a new one.',
		rateLimited: 'Too many attempts. Wait a little, then try again.',
		// Organisation admin (area: staff).
		organisationNameInvalid: 'Give the organisation a name, up to 100 characters.',
		crisisResourcesInvalid: 'These crisis resources are not valid. Fix each problem listed, then save again.',
		crisisResourcesNotJson: 'This is not valid JSON. Check the quotes, commas and brackets, then save again.',
		// Crisis resources, field by field (after the field's path, so they start in lower case).
		crisisPhoneInvalid: 'must be a phone number of 3 to 15 digits (digits, spaces, +, - and brackets only)',
		crisisTextInvalid: 'needs a text of 1 to 400 characters',
		crisisSmsBodyInvalid: 'must be a text of 1 to 160 characters, or left out',
		crisisContactTypeInvalid: 'must be "call", "text" or "tty"',
		crisisContactsInvalid: 'needs a list of up to 6 contacts',
		crisisResourcesListInvalid: 'needs a list of at least one resource',
		crisisObjectRequired: 'needs an object here, in braces { }',
		crisisFieldUnknown: 'is not a field crisis resources have: remove it or check its spelling',
		crisisIdInvalid: 'use 1 to 40 lowercase letters, digits or dashes',
		crisisIdsRepeated: 'each resource needs its own id',
		crisisEmergencyMissing:
			'needs a resource with id "emergency" (emergency services, shown with the safety check and the safety card)',
		crisisDomesticViolenceMissing:
			'needs a resource with id "domestic-violence" (the domestic violence hotline, shown on the safety card)',
		crisisElderAbuseMissing:
			'needs a resource with id "elder-abuse" (adult protective services, shown when an older parent is harmed)',
		auditCursorInvalid: 'This page of the audit log does not exist. Start again from the newest entries.',
		assignSpecialistInvalid: 'Choose one of the specialists in the list.',
		// Messages (threads).
		threadWithInvalid: 'Choose who to write to.',
		sinceInvalid: 'Give the time as an ISO date and time in UTC, like 2026-05-01T09:30:00.000Z.',
		// The message check API: `text` and `locale` are the body's own field names.
		messageCheckTextNotString: 'text must be a string.',
		messageCheckTextEmpty: 'text must not be empty.',
		messageCheckTextTooLong: 'text must be at most {max} characters.',
		messageCheckLocaleInvalid: 'locale must be one of: {locales}.'
	},
	specialist: enSpecialist,
	common: {
		yes: 'Yes',
		no: 'No'
	}
};
