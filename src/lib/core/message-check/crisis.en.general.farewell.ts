// English farewell concepts: a goodbye made final by the rest of the message, a quieter farewell that stands
// alone, being found or asleep for good.

import { away, final, goodbye } from './crisis.en.general.words.ts';
import { joke, news, recovered, reported } from './guards.ts';
import { anyOf, crisisRules, guard, r, type CrisisRule } from './rules.ts';

// A goodbye where something in the message makes it the last one.
export const lastGoodbye: CrisisRule[] = [
	...crisisRules('urgent', 'farewell', [
		{
			re: new RegExp(`\\b(?:${goodbye})`, 'gm'),
			requires: new RegExp(`\\b(?:${final})`),
			negatable: false,
			unless: guard`${joke}|${recovered}|${away}|\b(?:amends|step|sponsor|therapist|gratitude)\b`
		}
	])
];

// A quieter farewell that stands alone: a funeral planned, a letter being left, the insurance clause.
export const quietFarewell: CrisisRule[] = [
	...crisisRules('urgent', 'farewell', [
		{
			re: anyOf(
				r`\b(?:cremate|bury) me\b|\b(?:dont (?:bother with|want|need)|no) (?:a )?(?:big |fancy )?funeral\b|\bat my funeral\b`,
				r`\b(?:the |a )?(?:note|letter) (?:im|i am|ill be|i will be) (?:leaving|writing)\b`,
				r`\blife insurance\b(?: \w+){0,10}? (?:clause|contestab\w*|two years|suicide)\b`,
				r`\b(?:this is|its) my (?:last|final) (?:post|message|text)\b`,
				r`\bif (?:you|u) (?:want|wanna|need) to (?:say|tell me) (?:anything|something)(?: to me)? (?:say|tell me) it now\b`,
				r`\b(?:thats|that is|its|heres) the date\b|\b(?:is|will be) (?:the|my) finish line\b`,
				r`\b(?:after|once|then|and then)(?: \w+){0,4}? (?:im|i am|ill be) (?:done|gone|finished)\b(?! (?:with|at|for|by|early|eating|packing|cooking|working|shopping|cleaning))`
			),
			unless: guard`${joke}|${news}|${reported}|${away}|\b(?:exam|test|shift|work|school|class|semester|finals|project|season|job|diet|race|marathon|dishes|laundry|taxes|course|training|will|policy|agent)\b`
		}
	])
];

// Found, asleep for good, out of the way: a last word that stands alone.
export const foundAsleep: CrisisRule[] = [
	...crisisRules('urgent', 'farewell', [
		{
			re: anyOf(
				r`\bwhen (?:they|you|u|someone|somebody|mom|dad|\w+) finds? me\b(?! (?:at|in the|later|there|online|a))`,
				r`\b(?:go|going) to sleep (?:for (?:a (?:long )+time|good|ever)|and not wake)\b|\bdont (?:try to )?wake me(?: up)?\s*[.!]*$`,
				r`(?<=\b(?:i|ill|im|i am)(?: (?:just|really|promise|swear))? )(?:wont|will not|wouldnt|no longer) (?:be )?(?:a )?(?:problem|burden|bother|worry)(?: (?:for|to) \w+)?(?: \w+){0,2}? (?:after (?:this|tonight|today|\w+day)|anymore|much longer|for long|ever again)\b`
			),
			negatable: false,
			unless: guard`${joke}|${news}|${reported}|${away}|\b(?:nap|alarm|shift|hide and seek|game)\b`
		}
	])
];
