// English threat concepts: "I will" with a harm and a person, a threat said sideways, a warning.

import { games, harm, someone, willing } from './crisis.en.general.words.ts';
import { hyperbole, joke, news, reported } from './guards.ts';
import { anyOf, crisisRules, guard, r, type CrisisRule } from './rules.ts';

// "I will" with a harm and a person, "you'll pay", "put you in the hospital".
export const harmWilled: CrisisRule[] = [
	...crisisRules('urgent', 'threat', [
		{
			re: anyOf(
				r`\b(?:${willing})(?: \w+){0,2}? (?:${harm}) (?:${someone})\b(?! (?:feelings?|back|knee|ankle|wrist|time|career|chances|buzz|vibe|mood|workout|plants?|phone|game|record|heart|in (?:the|a) (?:game|match)|at (?:\w+ ){0,2}(?:game|chess|cards|pool|cod)))`,
				r`\b(?:${willing}|make) (?:${someone}) pay\b(?! (?:for (?:the|dinner|lunch|rent|gas|it with)|rent|the|back|me|bills?|attention))`,
				r`\b(?:s?hell|theyll|youll|you will|s?he will) pay for (?:this|it|that|what)\b`,
				r`\b(?:put|send) (?:you|him|her|them|that \w+) (?:in|to) the (?:hospital|er|icu|ground|grave|morgue)\b`,
				r`\bgo(?:ing|nna)? (?:to )?get (?:whats|what is) coming\b`,
				r`\b(?:find|put|leave) me in (?:a|the) (?:ditch|ground|grave|river|trunk|dumpster)\b`,
				r`\b(?:said|says|told me|warned me)\b(?: \w+){0,8}? (?:im|youre|hes|shes|were) (?:done|finished|dead)\b(?= (?:if|when|once|next))`,
				r`(?<=\b(?:\w+s|is|are|re|youre) )(?:first|next|top) on my list\b(?! (?:of|to|is))`,
				r`\bmake (?:him|her|them|you|that \w+) (?:regret|suffer|bleed)\b`,
				r`\b(?:nobody|no one)(?: will| would| is going to)? (?:ever )?find (?:him|her|them|the body)\b|\b(?:its|it is) over for (?:him|her|them|you)\b`,
				r`\b(?:got|grab\w*|bring\w*|brought|carrying|packing)(?: \w+){0,3}? (?:piece|strap|heater|burner|blick|chopper)\b|\bstrapped\b(?! (?:for cash|in|into))`,
				r`\b(?:s?he|they|you)(?:ll| will)? (?:wont|will not|never|not gonna|not going to) see (?:it|me) coming\b`,
				r`\b(?:gonna|going to|will|ll) (?:wish|regret) (?:\w+ ){0,2}(?:was|were|had|ever) (?:dead|never born|born|messed|crossed|met)\b`,
				r`\b(?:ill|im going to|im gonna|i will) make sure (?:s?he|they|that \w+) (?:never|cant|wont|doesnt) (?:\w+ ){0,3}?(?:again|anyone|anybody)\b`,
				r`\bwaiting (?:for|on) (?:him|her|them|that \w+) with (?:a|my|the) (?:bat|knife|gun|crowbar|pipe|hammer|machete)\b`,
				r`\b(?:said|says|told me|texted|sent)\b(?: \w+){0,8}? (?:im|youre|you are|i am) next\b`
			),
			unless: guard`${joke}|${hyperbole}|${games}`
		}
	])
];

// A threat said sideways: where someone lives or parks, first on a list, watch your back, a weapon in the truck.
export const threatSideways: CrisisRule[] = [
	...crisisRules('urgent', 'threat', [
		{
			re: anyOf(
				r`\b(?:know|forget|remember|found out|find out) where (?:\w+ ){1,3}?(?:lives?|works?|parks?|sleeps?|stays?)\b`,
				r`\benjoy (?:it|the next|your|them) (?:\w+ )?(?:while (?:you|he|she|they) can|\d+ (?:days|weeks))`,
				r`\bwatch (?:your|his|her|their) back\b(?! (?:out there|at work|and stay|stay safe))`,
				r`\bsee what happens (?:to|when|if) (?:your|his|her|that|their)\b`,
				r`\b(?:dont know|no idea) what (?:im going to|ill|i will|i might|id) do\b`,
				r`\b(?:${willing})(?: \w+){0,3}? (?:${harm}|shut|silence|finish|do) (?:you|him|her|them|your \w+|his \w+|her \w+)(?: \w+)? (?:permanently|for good|forever|once and for all|in)\b(?! (?:the|a|an|my|your|time|town|\d))`,
				r`\blet (?:him|her|them) try\b(?! to)`,
				r`(?<!\w)\.(?:38|357|45)\b`
			),
			requires:
				/\b(?:gun|knife|bat|blade|38|357|45|9mm|pistol|shotgun|kill|dead|hurt|sorry|cops|pay|get out|lose|owe|permanently|for good|enjoy|while (?:he|she|you|they) can|nothing to lose|regret|try)\b|\bdo (?:him|her|you|them) in\b/,
			unless: guard`${hyperbole}|${news}|${reported}|${games}|\b(?:lol|haha)\b(?! \w+ (?:cops|car))`
		}
	])
];

// A warning of what comes: "he won't be walking out", "I'll finish him", "you'll regret this", with what
// makes it serious elsewhere in the message.
export const threatWarned: CrisisRule[] = [
	...crisisRules('urgent', 'threat', [
		{
			re: anyOf(
				r`(?<=\b(?:hes|shes|hell|shell|theyre|he|she|they|you|youre)(?: \w+){0,2} )(?:not|wont|never|aint) (?:be )?(?:walking out|walk(?:ing)? away|getting up|get up|breathing|leaving (?:here )?alive|making it home|coming home|waking up)\b`,
				r`\bmake (?:him|her|them|you|that \w+) (?:disappear|vanish|go away for good)\b`,
				r`\b(?:${willing})(?: \w+){0,4}? finish (?:him|her|them|you|what (?:he|she|they) started)\b`,
				r`\bpay (?:him|her|them|you|that \w+) a (?:little )?visit\b`,
				r`\b(?:youll|youre going to|hell|shell|theyll|you will|he will|she will|hes going to|shes going to) (?:regret|be sorry for) (?:this|it|that|the day|ever)\b`,
				r`\bmark my words\b|\b(?:just )?(?:wait and see|you wait)\b(?= *(?:[.!]|$|what|if))`
			),
			requires:
				/\b(?:i swear|i mean it|make sure of it|if i (?:see|catch|find)|when i (?:see|find|catch|get out)|going to|me and my|my boys|tonight|gun|knife|bat|blood|bury|if (?:she|he|they|you) (?:takes?|touch\w*|comes?))\b/,
			unless: guard`${joke}|${hyperbole}|${news}|${games}|\b(?:surgery|injury|knee|ankle|hospital|sick|flu|magic|trick)\b`
		}
	])
];
