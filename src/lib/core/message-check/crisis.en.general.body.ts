// English concepts of harm to the body: self-harm said sideways, withdrawal, most of something taken.

import { pills } from './crisis.en.medical.ts';
import { joke, longAgo, news, past, recovered, reported } from './guards.ts';
import { anyOf, crisisRules, guard, r, re, type CrisisRule } from './rules.ts';

// Self-harm said sideways: the lighter again, the blade that works better, the red again, relapsed on the blades.
export const selfHarmSideways: CrisisRule[] = [
	...crisisRules('urgent', 'self_harm_now', [
		{
			re: anyOf(
				r`\b(?:the )?(?:lighter|blades?|razors?|scissors|sharpener|cutting|burning) (?:thing )?again\b`,
				r`\b(?:blade|razor|sharpener)(?: \w+){0,6}? (?:works?|worked) (?:better|best|well|great)\b`,
				r`\b(?:felt|feels|feel|feeling) (?:so |really )?(?:good|nice|right|calm) to see (?:the )?(?:red|it bleed|my ?self bleed)\b`,
				r`\b(?:carv|cut|slic|scratch|gouge)\w* (?:into |in |on )?my (?:wrists?|arms?|forearms?|legs?|thighs?|skin|stomach|hips?|chest)\b(?! (?:on|open on|while|cooking|at work|by accident|shaving|on the))`,
				r`\b(?:punch|hit|bang|slam)\w* (?:the |a )?(?:wall|mirror|door)(?: \w+){0,6}? (?:until|till|til) (?:my )?(?:knuckles|hands?|fists?|head) (?:split|bleed|bled|broke|crack)\w*`,
				r`\brelapsed\b(?:\W+\w+){0,10}? (?:blades?|cutting|razors?|lighter|self ?harm)\b`,
				r`\b(?:forearm|arm|wrist|thigh|leg)s? (?:looks?|is|are)(?: \w+){0,3}? (?:like (?:a )?connect the dots|covered in (?:cuts|burns|marks))\b`
			),
			unless: guard`${news}|${reported}|${recovered}|\b(?:pencil case|art|craft|shaving|barber|haircut)\b(?! sharpener)`
		}
	])
];

// Withdrawal said another way: the shakes getting worse.
export const shakesWorse: CrisisRule[] = [
	...crisisRules('urgent', 'withdrawal', [
		{
			re: /\b(?:the )?shakes (?:are|is|getting|keep getting) (?:worse|bad|really bad|so bad)\b/g,
			unless: guard`${past}|${news}`
		}
	])
];

// Most or all of something taken, even with a laugh after it: "swallowed the rest of the gabapentin lol".
export const mostOfItTaken: CrisisRule[] = [
	...crisisRules('urgent', 'overdose', [
		{
			re: re`\b(?:took|swallowed|downed|popped|ate|drank|taken) (?:all|the rest|what was left|half|most|everything (?:that )?(?:was )?left) (?:of |in )?(?:my |the |his |her |those |these |\w+s )?(?:\w+ ){0,2}?(?:${pills}|bottle|script|prescription|nyquil|benadryl|sleeping tablets)\b`,
			unless: guard`${past}|${longAgo}|${news}|${reported}|\b(?:vitamins?|gummies|antibiotics?)\b`
		}
	])
];

// Self-harm told by what was done: hitting oneself, picking until it bleeds, a blade taken to the skin, blood
// over the bathroom.
export const selfHarmOnSkin: CrisisRule[] = [
	...crisisRules('urgent', 'self_harm_now', [
		{
			re: anyOf(
				r`\b(?:hitting|hit|punching|punched|slapping|scratching|biting|bit) my ?self\b(?! (?:up|out|in the foot|back|by accident|accidentally))`,
				r`\b(?:pick|scratch|claw|dig)\w* (?:at )?my (?:skin|arms?|face|legs?|scalp)(?: \w+){0,4}? (?:until|till|til) (?:it|they) bleeds?\b`,
				r`\b(?:took|take|taking) (?:a |the |my )?(?:razor|blade|knife|lighter|scissors) to my (?:arm|wrist|leg|thigh|skin|stomach|chest)s?\b`,
				r`\b(?:went|gone|cut|go|going) (?:way |so |too )deep\b|\bblood (?:all )?over (?:the|my) (?:bathroom|floor|sink|bed|sheets|arms?|hands?)\b`
			),
			unless: guard`${joke}|${news}|${reported}|${recovered}|\b(?:shaving|hair|beard|legs? hair|cooking)\b`
		}
	])
];
