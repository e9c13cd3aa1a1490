// English intent as a concept: decided, a time named, taking oneself out of the picture.

import { hyperbole, joke, news, reported } from './guards.ts';
import { anyOf, crisisRules, guard, r, type CrisisRule } from './rules.ts';

// Decided, a time named; taking oneself out of the picture; "I mean done".
export const endDecided: CrisisRule[] = [
	...crisisRules('urgent', 'intent', [
		{
			re: anyOf(
				r`\b(?:decided|made up my mind|its decided|mind is made up)\W+(?:\w+\W+){0,3}?(?:tonight|today|tomorrow|this weekend)\b`,
				r`\b(?:take|taking|took|remove|removing|erase|erasing) my ?self out\b(?! (?:to|for|on|of (?:the )?(?:running|race|game|group|chat|competition|draft)))`,
				r`\b(?:going to|about to|ready to|decided to) end it\b(?! (?:with|between|off|for (?:him|her|them|us)|early))`,
				r`\bi mean done\b|\bnot done (?:using|drinking)\b(?: \w+){0,3}? done\b`
			),
			unless: guard`${joke}|${news}|${reported}|${hyperbole}`
		}
	])
];
