// English patterns for what the guide says to pause on: "If they deflect, blame, or manipulate, pause. It
// might not be time." Blame, minimizing, pressure and guilt, read on the folded text like patterns.en.ts.

import { anyOf, guard, r, re, type SignalRule } from './rules.ts';

const substances = String.raw`weed|pot|beers?|drinks?|wine|glass(?:es)? of wine|lines?|pills?|hits?|joints?|bumps?|shots?|smoke|xanax|percs?|drugs?|molly|coke|dope|booze`;
export const people = String.raw`(?:mom|dad|mother|father|ex|boss|family|wife|husband|parents|roommate|friends|brother|sister|girlfriend|boyfriend)`;
// "You're the reason I'm sober" is thanks, not blame.
const thanks = guard`\b(?:sober|clean|alive|thank\w*|grateful|proud|doing better|better now|love you|made it|still here|kept going|fighting)\b`;

export const deflectEn: SignalRule[] = [
	// blame: puts the cause on the family member or on others.
	{ kind: 'blame', re: re`\byour (?:own )?fault\b`, masks: ['responsibility'] },
	{
		kind: 'blame',
		re: anyOf(
			r`\b(?:youre|you are|your|you were) the (?:reason|cause|problem)\b`,
			r`\bbecause of (?:you|your|my ${people})\b`
		),
		unless: thanks,
		masks: ['responsibility']
	},
	{
		kind: 'blame',
		re: anyOf(
			r`\b(?:made|make|makes|pushed|push|pushes|drove|drive|drives|forced|force|got|get) me (?:to )?(?:use|drink|relapse|do (?:it|this|that|drugs)|start|this|go back|turn to|pick up|get high|snap|lose it|like this|want to (?:use|drink)|using|drinking|hooked|into (?:drugs|pills|it|using|drinking))\b`,
			r`\b(?:its|thats|that is|it is|it was|that was) (?:all )?on (?:you|her|him|them)\b`,
			r`\b(?:thats|that is|this is) (?:why|the reason) i (?:drink|drank|use|used|relapsed|started|get high|got high|do drugs|am like this|turned to)\b`,
			r`\b(?:thats|that is|this is) (?:why|the reason) (?:im|i am|i turned out|i ended up) (?:like this|this way|here|using|on the street)\b`,
			r`\bit was (?:my \w+s|his|hers|theirs|someone elses|somebody elses) (?:stuff|drugs|pills|weed|bag|idea)\b`
		),
		masks: ['responsibility']
	},
	{
		// Counterfactuals about the past: "if you hadn't cut me off I wouldn't have…", "if you'd just listened…".
		kind: 'blame',
		re: re`\bif (?:you|dad|mom|he|she|they|my \w+)(?:d(?: just| only| ever| actually| really)? (?:\w+ed|been|done|had|given|let|come|seen|gone|taken|told|paid|kept|shown|stood|sent)|ve| (?:had|hadnt|had not|would have|wouldnt have|didnt|did not|never|werent|wasnt|listened|helped|cared|supported|believed))\b(?:[ ,]+\w+){0,9}?[ ,]+(?:i wouldnt|i would not|i would never|i wouldve|i would have|id have|id be|id never|id still|i would still|none of this|nothing (?:would|wouldve))\b`,
		unless: thanks,
		masks: ['responsibility']
	},
	{
		kind: 'blame',
		re: anyOf(
			r`\byou (?:never|didnt ever) (?:listen|listened|support|supported|believed|believe|help|helped|understood|understand|gave me (?:a|any) chance|give me (?:a|any) chance|had my back|were there|was there|showed up|trusted|trust)\b`,
			r`\byou always (?:blame|judge|nag|criticize|put me down|yell|side with|treat(?:ed)? me like|think the worst|assume)\b`,
			r`\byou (?:ruined|destroyed|wrecked|messed up|screwed up) (?:my life|me|everything|my \w+)\b`,
			r`\byou (?:kicked|threw) me out\b`,
			r`\bblame (?:you|my \w+|them|him|her|the \w+|this family)\b`,
			r`\b(?:im|i am|i) (?:only )?(?:like this|this way|using|drinking|using again|drinking again) because (?:of )?(?:you|my \w+|how you|what you)\b`,
			r`\bset me (?:up|over)\b`,
			r`\b(?:never|wont|cant|will never) forgive you for\b`
		),
		masks: ['responsibility']
	},
	// minimizing: downplays, denies or deflects.
	{
		kind: 'minimizing',
		re: anyOf(
			r`\b(?:not|no|isnt|wasnt|aint|never)\s+(?:such |that |a |really |even |so )*(?:big|huge) (?:of )?(?:a )?deal\b`,
			r`\b(?:making|make|made|makes) (?:this |it |everything |such |a |so |this into |it into )*(?:big|huge) (?:a )?deal\b`,
			r`\bmountain out of\b`,
			r`\b(?:not|wasnt|isnt|werent|arent|aint)\s+(?:even\s+)?(?:that|so|as|really)\s+(?:bad|serious|much|big|often|terrible|many|a problem|dramatic)\b`,
			r`\b(?:didnt|did not|never) (?:even )?(?:drink|use|take|smoke|do|have) (?:that|very|so) (?:much|many|often)\b`
		),
		negatable: false
	},
	{
		kind: 'minimizing',
		re: anyOf(
			r`\b(?:just|only|was|it was|its)\s+(?:a |one |some |a little |a few |a couple(?: of)? |a bit of |a little bit of |two |three |like two |like one )(?:little |few |couple (?:of )?)?(?:${substances})\b`,
			r`\b(?:just|only) (?:once|one time|the one time|twice|one night|one slip|a slip|a little slip|a weekend|on weekends|socially|recreationally)\b`,
			r`\bit was (?:only )?(?:one|a single) (?:night|time|slip|mistake|drink|beer)\b`,
			r`\b(?:everyone|everybody|all my friends|all of us|lots of people|half the people|most people) (?:else )?(?:does|drinks|drank|smokes|smoked|uses|used(?! to)|parties|partied|gets high|has a few|does it|drink|smoke|party)\b`
		),
		masks: ['responsibility']
	},
	{
		kind: 'minimizing',
		re: anyOf(
			r`\bout of proportion\b`,
			r`\b(?:youre|you are|your|stop|quit|dont be|being)(?: being| just| so| too| way| overly)* (?:dramatic|paranoid|overreacting|over reacting|exaggerating|hysterical|sensitive)\b`,
			r`\boverreact\w*`,
			r`\bexaggerat\w*`,
			r`\b(?:youre|you are|your) (?:remembering|remember) (?:it |that |things |everything )?wrong\b`,
			r`\b(?:thats|that is|that was|its) not (?:what|how it|how) happened\b`,
			r`\bthat never happened\b`,
			r`\bi never (?:said|did) that\b`
		)
	},
	{
		kind: 'minimizing',
		re: anyOf(
			r`\b(?:(?:stop|quit) acting like (?:im|i am) (?:going to|gonna) die|(?:only|just) a (?:problem|big deal|issue) (?:because|cause|to you|for you|if you)|you make it (?:a problem|one|a big deal)|why are you still (?:upset|mad|angry|on about|bringing|talking about)|(?:that|it) was (?:years|so long|forever|a long time) ago|(?:everyone|everybody|we all|people) makes? mistakes|(?:stop|quit) acting like (?:im|i am) (?:a monster|the devil|a criminal|a junkie|an addict|some kind of)|let (?:it|the past|that|this|things|it all) go|get over it|drop it|leave (?:it|the past) in the past|the past is the past|water under the bridge|forget about it|(?:just|lets|can we|cant you|you need to|time to) move on|stop bringing (?:it|that|this) up|why do you (?:keep|always) bring(?:ing)? (?:it|that|this) up|you (?:worry|stress) (?:too|so) much|(?:just|you need to|can you) (?:relax|calm down|chill))\b`,
			r`\bi (?:can|could) (?:stop|quit) (?:whenever|any ?time|if i wanted|when i want)\b`,
			r`\b(?:got|have) (?:it |this |everything )?under control\b`,
			r`\bi dont have a problem\b`,
			r`\bim not (?:an? )?(?:addict|alcoholic|junkie|drunk)\b`,
			r`\b(?:its|it is) not like (?:i|im)\b`,
			r`\bat least (?:i|im) (?:not|didnt|dont|wasnt|never)\b`
		),
		negatable: false
	},
	{
		kind: 'minimizing',
		re: anyOf(
			r`\bi (?:dont|do not) need (?:rehab|meetings|a meeting|help|therapy|a therapist|a program|treatment|detox|aa|na|anyone|a sponsor)\b`,
			r`\bi (?:can|could) (?:quit|stop|do (?:it|this)|handle (?:it|this)) (?:on my own|by myself|alone|myself)\b`
		),
		negatable: false,
		masks: ['apology', 'action']
	},
	{
		kind: 'minimizing',
		re: anyOf(
			r`\bsorry (?:if |that )?you (?:feel|felt|think|thought|took it|were|got)\b`,
			r`\bsorry if (?:i|it) (?:hurt|upset|offended|came)\b`
		),
		masks: ['apology']
	},
	{
		kind: 'minimizing',
		re: re`\b(?:wasnt|isnt|not|never) (?:really |even |entirely |all )?my fault\b`,
		negatable: false,
		masks: ['responsibility']
	},
	// pressure: urgency, ultimatums, demands for an answer now.
	{
		kind: 'pressure',
		re: anyOf(
			r`\b(?:answer|reply|respond|call|text|write|pick up|come|send|pay|wire|transfer|decide|get here|hurry)\b(?: (?:me|back|it|the phone|up|over|home|the money|this))*(?: right| back)? (?:now|asap|immediately|right away|this instant|this minute|already)\b`,
			r`\b(?:need|needs|want)\b(?: \w+){0,3}? (?:right now|asap|immediately|right away|this instant)\b`,
			r`\b(?:asap|urgent|urgently|emergency|hurry|now or never|last chance|running out of time|before its too late|time is running out|clock is ticking)\b`,
			r`\bi need (?:an answer|to know|a yes or no|your answer|a response)\b(?: \w+){0,2}? (?:now|today|tonight|asap|right now|by|before)\b`
		)
	},
	{
		kind: 'pressure',
		re: anyOf(
			r`\bor (?:else|you(?:ll| will) (?:regret|be sorry|never|see|lose)|ill|i will|im (?:done|gone|out|leaving|going|on the street|homeless)|were (?:done|through)|never (?:talk|speak|see|hear)|dont bother|forget (?:it|me|about me))\b`,
			r`\bor (?:\w+ ){0,3}?(?:lose|losing|tak\w* (?:my|the) (?:car|house|kids|stuff|apartment|truck)|cut (?:it |me )?off|cuts? (?:it |me )?off|kick(?:s|ed)? (?:me )?out|evict\w*|shut (?:it )?off|turn (?:it )?off|repo\w*|throw (?:me )?out|thrown out|arrest\w*|locked up|jail|on the street|homeless)\b`,
			r`\b(?:youll|you will|youre going to|you are going to) (?:regret|be sorry)\b`,
			r`\b(?:you have|youve got|i give you|ill give you) (?:until|till) (?:\d+|tonight|tomorrow|noon|midnight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b`,
			r`\b(?:you have|youve got|i give you|ill give you) (?:\d+|one|two|five|ten|an|one more) (?:hours?|minutes?|days?)\b`,
			r`\b(?:today|tonight|now) or never\b`,
			r`\bthis is your last chance\b`,
			r`\bim not (?:going to )?(?:wait|waiting|ask|asking|beg|begging) (?:anymore|any longer|again|forever|much longer)\b`,
			r`\bi mean it\b(?! this time)`,
			r`\bneed (?:it|this|that|the money|an answer|you|help|them|a ride) (?:tonight|today|now|right now|asap|by)\b`,
			r`\bif you dont (?:pick up|answer|reply|respond|call(?: me)?(?: back)?|text(?: me)?(?: back)?|come)\b`,
			r`\bif you (?:dont|wont|cant|do not)\b(?: \w+){0,5}? (?:im (?:done|gone|out)|were (?:done|through)|dont bother|youll (?:regret|be sorry|never)|you will (?:regret|never)|never (?:see|hear|talk))\b`,
			r`\bwhy (?:arent|wont|dont|cant) you (?:answering|answer|reply|replying|responding|respond|picking up|pick up)\b`,
			r`\b(?:stop|quit) ignoring (?:me|my (?:calls|texts|messages))\b`,
			r`\bwhy are you ignoring me\b`,
			r`\bdont ignore me\b`,
			r`\b(?:just|please) answer\b`,
			r`\banswer me\b(?! (?:a|this|one) question)`,
			r`\bim begging (?:you|u)\b`,
			r`\bdont make me beg\b`,
			r`(?<=(?:^|[.!?]) *)(?:right )?now(?= *(?:[.!?]|$))`,
			r`\b(?:in|within) the next (?:\d+ |few |couple )?(?:hours?|minutes?|hour)\b`
		),
		negatable: false
	},
	{
		kind: 'pressure',
		re: re`\bby (?:tonight|tomorrow|today|friday|monday|tuesday|wednesday|thursday|saturday|sunday|noon|midnight|this weekend|(?:the )?end of (?:the )?(?:day|week)|\d+(?::\d+)? ?(?:am|pm|oclock)|the \d+(?:st|nd|rd|th)?)\b`
	},
	// guilt: emotional leverage.
	{
		kind: 'guilt',
		re: anyOf(
			r`\bif you (?:really |truly |actually |even |ever |still )?(?:loved|love|cared about|cared|care about|care|gave a (?:damn|shit|crap|fuck)|wanted me)\b`,
			r`\b(?:(?:a|any|my|your) )?(?:good|real|decent|loving|normal|caring|true) (?:mother|father|mom|dad|parent|parents|sister|brother|wife|husband|son|daughter|family|friend|grandma|grandmother|grandpa|aunt|uncle|person|christian|sibling)\b(?: \w+){0,3}? (?:would|wouldnt|doesnt|does not|dont|do not|never|always|helps|forgives|abandons|turns|ignores|shuts|do|does|is there|stands by|leaves)\b`,
			r`\bsome (?:mother|father|mom|dad|parent|sister|brother|wife|husband|son|daughter|family|friend) (?:you are|you turned out|you were|youve been)\b`,
			r`\bwhat kind of (?:a )?(?:mother|father|mom|dad|parent|sister|brother|wife|husband|family|person|friend)\b`
		)
	},
	{
		kind: 'guilt',
		re: anyOf(
			r`\b(?:everyone|everybody|the whole family|all of them|the rest of (?:the family|them|us))(?: else)?(?: \w+){0,4}? (?:forgave|forgiven|forgives)\b`,
			r`\b(?:everyone|everybody|all of them) else\b(?: \w+){0,2}? (?:believes|believed|trusts|trusted|is there|was there|helped|helps|supports|supported|stood by|has my back|talks to|gave me)\b`,
			r`\b(?:everyone|everybody|all of them)(?: \w+){0,4}? (?:but|except) you\b`,
			r`\bdead to you\b`,
			r`\b(?:sure|hope|bet|guess|must be|i know) (?:youre|you are|your) (?:happy|glad|relieved|satisfied|proud of yourself|having fun|enjoying)\b`,
			r`\b(?:youre|you are|your) (?:happy|glad|relieved|satisfied) now\b`,
			r`\bthanks for nothing\b`
		)
	},
	{
		kind: 'guilt',
		re: anyOf(
			r`\bafter (?:all|everything) (?:ive|i|i have) (?:done|did|been through|given) for (?:you|this family|all of you)\b`,
			r`\byou (?:dont|do not|never|didnt|did not) (?:even |really |actually )?(?:care|cared|love me|loved me|miss me|missed me|give a (?:damn|shit|crap|fuck))\b`,
			r`\byou (?:abandoned|gave up on|turned your back on|threw away|walked away from|forgot about) (?:me|your (?:own )?(?:son|daughter|child|kid|brother|sister|family))\b`,
			r`\bturn(?:ed|s|ing)? (?:their|your|her|his|our) backs?\b`,
			r`\b(?:your|his|her|their) own (?:son|daughter|child|kid|kids|flesh|blood|brother|sister|mother|father|mom|dad|family)\b`,
			r`\bi guess (?:im|i am|ill|i will)(?: just)? (?:dead to you|on my own|nothing to you|alone|sleep(?:ing)? (?:on the street|in my car|outside|under a bridge)|starve|figure it out|die|rot)\b`,
			r`\b(?:youll|you will) (?:be sorry|miss me|regret (?:this|it)) when\b`,
			r`\bfamily (?:is supposed to|sticks together|helps family|should (?:help|be there))\b`,
			r`\b(?:family|i|blood|this family|we) (?:means?|meant) nothing to you\b`,
			r`\byou(?:re| are| were)? supposed to (?:be my|love|help|support|care|be there)\b`,
			r`\bwould be (?:ashamed|disappointed|rolling in (?:her|his) grave)\b`,
			r`\bwould(?:ve| have)? want(?:ed)? (?:us|you|me) to\b`,
			r`\bmust be nice\b`,
			r`\bi (?:guess |know )?(?:i )?dont matter\b`,
			r`\b(?:youll|youre going to) (?:feel|be) (?:terrible|bad|awful|sorry|guilty)\b(?: \w+){0,4}? (?:when|if)\b`,
			r`\bhow you(?:re| are)? (?:treating|treat|treated) me\b`,
			r`\bhow (?:could|can) you (?:do this to|ignore|abandon|turn your back|leave|shut out|not (?:answer|help|care))\b`
		),
		negatable: false
	}
];
