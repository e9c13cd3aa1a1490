// English intent: suicide said plainly, ready to die, and slang or a decision without a method word.

import { self } from './crisis.en.concern.ts';
import { hearsay, hyperbole, joke, longAgo, news, past, reported } from './guards.ts';
import { anyOf, guard, r, re, type CrisisRule } from './rules.ts';

// Suicide said plainly; "kms" is folded to "kill myself". "Suicid" also reads the Spanish "suicidio".
export const suicideSaid: CrisisRule[] = [
	{
		level: 'urgent',
		category: 'intent',
		re: re`\b(?:kill\w*|kil|off(?:ing)?|hang\w*|hung|shoot\w*|end(?:ing)?|drown\w*|poison\w*|unaliv\w*) ${self}\b(?! in the foot)`,
		unless: guard`${reported}|${past}|${longAgo}|${joke}|${hyperbole}`
	},
	{
		level: 'urgent',
		category: 'intent',
		re: re`\bsui?ci?d\w*`,
		unless: guard`${reported}|${news}|${past}|${longAgo}|${hearsay}|\b(?:dont have any|said no)\b|\b(?:fue|es|era|esta|estuvo) (?:pa|para) (?:suicidarse|matarse|morirse)\b`
	},
	{
		level: 'urgent',
		category: 'intent',
		re: anyOf(
			r`\bend\w* (?:my (?:own )?life|it all|everything)\b`,
			r`\b(?:tak\w*|took) my (?:own )?life\b`,
			r`\bend(?:ing)? (?:it|things) (?:tonight|today|for good|forever|now)\b`
		),
		unless: guard`${past}`
	},
	// Ready to die, going to: a wish that has become a decision. A wish alone is in crisis.en.concern.ts.
	{
		level: 'urgent',
		category: 'intent',
		re: anyOf(
			r`\b(?:im|i am|i feel|feel|finally|so|totally|completely) (?:\w+ )?(?:ready|prepared) to (?:die|go (?:for good|forever)|be gone for good|leave this world|end (?:it|my life|everything))\b(?! (?:with|for you))`,
			r`\b(?:ready|prepared) to die\b`,
			r`\b(?:im|i|ill|i think im|i feel like im) (?:\w+ )?(?:going|about) to die (?:tonight|today|soon|by my own hand|this (?:week|weekend))\b`,
			r`\bits (?:my time to go|time (?:for me )?to (?:die|end it|leave this world|go for good))\b`
		),
		unless: guard`${joke}|${hyperbole}|${reported}|${news}`
	}
];

// Slang and a decision without a method word: "ctb", "sewer slide", "go through with it", "end it all".
export const intentInSlang: CrisisRule[] = [
	{
		level: 'urgent',
		category: 'intent',
		re: anyOf(
			r`\b(?:ctb|sewer ?slide|self ?delet\w*|unaliv\w*)\b`,
			r`\b(?:i|ill|im|to|gonna|going to|want to|should|might|about to|just|finna|gunna) (?:just |fucking |finally )?kys\b`,
			r`\b(?:go|going|finally|actually|really) (?:to )?through with it\b`,
			r`\b(?:do it|end it|go through with it) (?:tonight|today|this (?:time|weekend)|for real|soon|after \w+ (?:leaves|goes|falls asleep|is asleep))\b`,
			r`\b(?:going to|gonna|about to|ready to|decided to|plan(?:ning)? to|want to) (?:finally |actually |really |just )?(?:do it|end it)\b(?= *(?:$|[.!]|this time|for real|for good|i (?:mean|swear)|im (?:serious|sorry|not)|and))`,
			r`\b(?:tonight|today|tomorrow|this weekend|sunday|monday|friday|saturday)(?: \w+){0,2}? (?:is|will be|s) (?:the (?:night|day|end)|my last (?:night|day))\b`,
			r`\b(?:my|the) (?:last|final) (?:night|day|week|weekend|christmas|birthday) (?:alive|on earth|on this earth|here|ever)\b`,
			r`\bthinking (?:about|of) (?:ending (?:it|things|my life)|not being here|killing)\b`,
			r`\b(?:going to|im going to) make sure of (?:it|that)\b(?=.*\b(?:around|here|alive|gone|dead|wake|longer)\b|(?<=\b(?:around|here|alive|gone|dead|wake|longer)\b.*))`
		),
		unless: guard`${reported}|${news}|${past}|${longAgo}|${hyperbole}|\b(?:dont have any|said no|movie|book|song|lyrics?|bikes?|bike ride|dancing|exam|test|game)\b`
	}
];
