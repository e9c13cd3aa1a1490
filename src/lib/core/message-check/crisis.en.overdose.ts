// English overdose told among the phrases: someone who will not wake, pills taken in passing. The body's own
// signs are in crisis.en.medical.ts.

import { pills } from './crisis.en.medical.ts';
import { hearsay, joke, longAgo, news, past, reported } from './guards.ts';
import { anyOf, guard, r, type CrisisRule } from './rules.ts';

// "She won't wake up": someone not waking is an emergency. Not waking oneself is a wish (crisis.en.concern.ts).
export const notWakingUp: CrisisRule[] = [
	{
		level: 'urgent',
		category: 'overdose',
		re: anyOf(
			r`\b(?:hes|shes|theyre|he|she|they|it|mom|dad|my \w+) (?:\w+ )?(?:never|not|wont|isnt|cant|doesnt|didnt) (?:wake|waking) (?:up|him up|her up|them up)\b(?! (?:early|before|until|till|til|on time|in time|at|for|in the|when))`,
			r`\b(?:cant|couldnt|wont|cannot|trying to) wake (?:him|her|them|my \w+)(?: up)?\b(?! (?:early|before|until|till|til|on time|in time|at|for|in the|when|for school))`,
			r`\b(?:make sure|so that|so) i (?:never|dont|wont|do not|will not) wake up\b`
		),
		negatable: false
	}
];

// An overdose told in passing: "took all of them", "swallowed what was left of the bottle".
export const overdoseInPassing: CrisisRule[] = [
	{
		level: 'urgent',
		category: 'overdose',
		re: anyOf(
			r`\b(?:took|swallowed|downed|popped|ate|taken|swallow|take|taking) (?:them|it|those|these|em|the pills|my pills|the whole lot|everything) all\b(?! (?:to|with|home|out|back|in|the way|day|night|at once for))`,
			r`\b(?:took|swallowed|downed|popped|taken|ate) (?:all|every (?:one|single one|pill)|the rest|what was left|half) (?:of )?(?:them|em|those|these|my|the|it|his|her|what)\b(?! (?:\w+ )?(?:to|with|home|kids|dogs|trash|out|back|bags?|stuff|things|boxes|money|cash|clothes|food|advice|day|week|time|class|classes|test|tests|exam))`,
			r`\b(?:already|just) (?:took|swallowed|taken|popped) (?:\w+ ){0,3}?(?:${pills}|them|it)\b(?=(?: \w+){0,6}? (?:goodbye|love you|sorry|so tired|sleepy|wont|to sleep forever|to die|its done|too late|cant|call|dont call|bye))`,
			r`\b(?:tried to|try to|trying to) (?:od|overdose|o d)\b`,
			r`\b(?:took|swallowed|downed|popped|ate|taken) (?:all|the rest|what was left|half|everything (?:that )?(?:was )?left) (?:of |in )?(?:my |the |his |her |those |these |\w+s )?(?:\w+ )?(?:${pills}|bottle|script|prescription)\b`,
			r`\b(?:took|swallowed|downed|popped|ate|taken)(?: \w+){0,3}? (?:whole|entire|full) (?:bottle|pack|packet|box|strip|script|prescription|months?|weeks?|supply)\b(?! (?:of (?:vitamins|antibiotics)|worth of (?:vitamins|antibiotics)))`,
			r`\b(?:a )?(?:handful|fistful|bunch|ton) of (?:my |his |her |the |those |these |\w+s )?(?:${pills})\b(?=.*\b(?:took|swallowed|downed|popped|ate|and)\b|(?<=\b(?:took|swallowed|downed|popped|ate)\b.*))`,
			r`\b(?:same|usual|old|full|normal) (?:amount|dose|shot|hit) (?:as before|i used to)\b`,
			r`\b(?:pressies|pills|bars|it|they|those|these|that|the \w+) (?:was|were|is|are|had|must have been|mightve been|might have been) (?:fent\w*|pressed|laced)\b`
		),
		unless: guard`${past}|${longAgo}|${hearsay}|${news}|${reported}|${joke}`
	}
];
