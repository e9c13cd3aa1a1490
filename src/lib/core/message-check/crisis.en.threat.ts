// English threats to a life: from the writer, from others to the writer, someone stabbed or shot.

import { hyperbole, joke, past } from './guards.ts';
import { anyOf, guard, r, re, type CrisisRule } from './rules.ts';

// "Mom is going to kill me when she finds out" is an idiom; "they'll kill me if I don't pay" is not.
const scolding = String.raw`\b(?:if|when|once) (?:s?he|they|you|mom|dad|my \w+) (?:finds?|sees?|saw|hears?|heard|knows?|notices?|found|learns?|gets? home|catch\w*)\b`;

// A threat to someone's life: from them, to them, or from others.
export const threatsToLife: CrisisRule[] = [
	{
		level: 'urgent',
		category: 'threat',
		re: anyOf(
			r`\b(?:ill|im going to|going to|i want to|i wanna|im about to|i swear ill|i could|id|about to|i might)(?: fucking)? (?:kill|murder|shoot|stab|strangle|choke|hurt|beat up|fuck up|beat the (?:shit|hell|crap|life) out of) (?:you|him|her|them|someone|somebody|every\w+|yall|any\w+|who\w*|the next (?:person|guy|one)|(?:her|his|your) (?:new )?(?:boyfriend|girlfriend|husband|wife)|that (?:guy|man|dude|woman|bitch|bastard|fucker)|my (?:boss|ex|wife|husband|dad|mom|father|mother|brother|sister|roommate|dealer|landlord|neighbor|girlfriend|boyfriend|family|stepdad|sponsor|probation officer|po|caseworker))\b(?! (?:feelings|feeling|back|in (?:the|a) (?:game|match)|at (?:\w+ ){0,2}(?:game|chess|cards|pool)))`,
			r`\b(?:put\w*|pump) (?:a |some )?(?:bullets?|one|holes?) in (?:him|her|you|them|his|your|their)\b`,
			r`\bi know where (?:he|she|you|they|\w+) (?:lives?|works?|stays?|sleeps?)\b`,
			r`\b(?:knife|gun|bullet|blade) with (?:his|her|your|their|\w+s) name on it\b`,
			r`\bnext time (?:its|it will be|itll be) (?:me|you)\b`,
			r`\bi know what (?:time|car|hours?|bus|route) (?:he|she|you|they|\w+) (?:gets? off|drives?|leaves?|works?|takes?)\b`,
			r`\b(?:ill|im going to|going to|i will|i swear ill|id|i could)(?: \w+)? (?:put|send) (?:you|him|her|them|that \w+) (?:in the ground|six feet under|to the (?:morgue|grave)|in (?:a|the) (?:grave|box|body bag|morgue))\b`,
			r`\b(?:s?he|they|you)(?:s|re| is| are)? (?:going to|gonna) (?:find out|see|learn) what happens\b`,
			r`\bburn (?:down )?(?:your|the|his|her|their) (?:house|place|car|apartment)\b`
		),
		unless: guard`${joke}|${hyperbole}|\b(?:leftovers|ate my|borrowed my|took my (?:charger|fries|lunch))\b`
	},
	{
		level: 'urgent',
		category: 'threat',
		re: anyOf(
			r`\b(?:he|she|they|hes|shes|theyre|theyll|hell|shell|hed|shed|theyd|someone|somebody|people|guys|dealer|my (?:ex|husband|wife|boyfriend|girlfriend|partner|bf|gf))\b(?: \w+){0,3}? (?:kill|shoot|stab|murder) (?:me|us)\b`,
			r`\bthreat\w* (?:to )?(?:kill|shoot|stab|murder)\b`,
			r`\bwants? me dead\b`,
			r`\b(?:hit|price) on (?:me|my head)\b`,
			r`\byoure dead\b(?! to)`,
			r`\b(?:dead (?:man|woman|meat)|as good as dead)\b(?! walking)`,
			r`\b(?:said|says|told me|threatened)\b(?: \w+){0,8}? (?:im|youre|hes|shes|were) (?:dead|a dead man|going to die|done for)\b`,
			r`\b(?:fear|scared|afraid|terrified) for my life\b`,
			r`\bmy life is in danger\b`
		),
		negatable: false,
		unless: guard`${joke}|${scolding}`
	},
	// Stabbed or shot by someone: an emergency, not only a safety concern (safety.ts has the rest).
	{
		level: 'urgent',
		category: 'threat',
		re: re`\b(?:he|she|they|someone|somebody|hes|shes|theyre)\b(?: \w+){0,2}? (?:stabbed|shot) (?:me|us)\b(?! (?:a |an |some|with the truth|down|up))`,
		unless: guard`${past}`
	}
];
