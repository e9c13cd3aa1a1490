// English concern told among the phrases: being a burden, being gone, wanting it all to stop. The rest of the
// concern level is in crisis.en.concern.ts.

import { self } from './crisis.en.concern.ts';
import { bounded, hyperbole, joke, past, toldSo } from './guards.ts';
import { anyOf, guard, r, re, type CrisisRule } from './rules.ts';

// Being a burden, being gone, nobody noticing.
export const burdenAndWish: CrisisRule[] = [
	{
		level: 'concern',
		category: 'burden',
		re: anyOf(
			r`\bbetter off (?:without me|if i (?:was|were|wasnt|werent|had|died|never|didnt|just)|with me gone|when im gone)\b`,
			r`\b(?:just|such|only|nothing but|im) a burden\b`,
			r`\bburden (?:to|on|for) (?:you|every\w+|this family|my family|all of you|the family)\b`,
			r`\b(?:happier|better|easier) (?:if|when|once) (?:i|im) (?:was |were |am )?(?:gone|dead|not (?:here|around|alive)|no longer (?:here|around))\b`,
			r`\b(?:when|after|once) im (?:gone|dead|not here|not around)\b(?! (?:to|for|on))`,
			r`\bwhen i die\b`
		),
		unless: guard`${past}|${toldSo}|\b(?:sometimes|asking for)\b`
	},
	{
		level: 'concern',
		category: 'burden',
		re: anyOf(
			r`\b(?:wont|wouldnt|no longer) (?:be|have to) (?:a )?(?:problem|burden|bother|worry about me|deal with me)(?: (?:for|to) (?:any\w+|you|every\w+|you all))?(?= (?:anymore|much longer|after|for long|soon|ever again)|\s*$|\s*[.!])`,
			r`\bif i (?:just )?(?:disappeared|vanished|was gone|were gone|died|was dead|were dead|wasnt (?:here|around|alive)|werent (?:here|around|alive)|didnt wake up|killed ${self}|ended it|never woke up)\b(?! for (?:a|the|\d|two|a few|some)| (?:my|to|so|as|much|more|the|with)\b)`,
			r`\b(?:nobody|no one|noone|none of you)(?: would| will| wouldnt| even)* (?:notice|care|miss me)\b(?: \w+){0,3}? (?:if|when) (?:i|im)\b(?= (?:just )?(?:was (?:gone|dead|not|no)|were (?:gone|dead|not|no)|wasnt|werent|died|disappeared|vanished|gone|dead|killed|ended|never|didnt wake|stopped (?:existing|breathing)|not here|no longer))`
		),
		negatable: false,
		unless: guard`${joke}`
	},
	{
		level: 'concern',
		category: 'passive_wish',
		re: re`\b(?:want|need|wish|just want)(?: for)? (?:it|this|everything|the pain|it all|all of it|the voices|my life) (?:all )?to (?:stop|end|be over)\b(?! (?:so|and) (?:i|we) can)`,
		negatable: false,
		unless: guard`${joke}|${hyperbole}|${bounded}`
	}
];
