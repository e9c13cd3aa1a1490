// English methods: a place, a way, searching for ways, the means at hand, and a method asked about.

import { self } from './crisis.en.concern.ts';
import { pills } from './crisis.en.medical.ts';
import { hyperbole, joke, news, past, reported } from './guards.ts';
import { anyOf, guard, r, re, type CrisisRule } from './rules.ts';

// A place or a way.
export const placesAndMeans: CrisisRule[] = [
	{
		level: 'urgent',
		category: 'method',
		re: anyOf(
			r`\b(?:im|standing|sitting|up|out) (?:on|at) (?:the |this |a )?(?:bridge|ledge|roof|rooftop|train tracks|tracks|cliff|overpass|edge of the \w+|top of the \w+)\b`,
			r`\bjump\w* (?:off|from|in front of) (?:a|the|this|my)\b`,
			r`\b(?:drive|driving|drove|crash\w*|steer|run) (?:my car |the car |my truck |it )?(?:off|into) (?:a |the )?(?:bridge|cliff|overpass|tree|wall|river|lake|semi|truck|pole|oncoming)\b`,
			r`\bin front of (?:a|the) (?:train|bus|truck|semi)\b`,
			r`\b(?:going to|about to|ready to|want to|im|ill) (?:just )?jump\b(?! (?:in|on|into|at|the gun|start|ship|through|rope|to|back|right|for|out of bed))`,
			r`\b(?:i|ill|im going to|going to|i want to|im about to|time to|ready to) end (?:it|it all|this|my pain|my suffering)\b(?=\s*(?:$|[.!,]|tonight|today|now|for good|forever|here))`,
			r`\bim ending (?:it|this|things)\b(?! with)`,
			r`\b(?:bullet|gun) (?:in|to) my (?:head|mouth|brain)\b`,
			r`\bblow my brains\b`
		),
		unless: guard`${joke}|${hyperbole}|${news}|${reported}`
	},
	// Searching for ways.
	{
		level: 'urgent',
		category: 'method',
		re: anyOf(
			r`\b(?:look\w* up|googl\w*|search\w*|research\w*|read\w* (?:up )?(?:on|about)|figur\w+ out|looking for|found) (?:\w+ ){0,2}?(?:ways?|how|methods?|the (?:best|easiest|fastest) way) to (?:die|do it|end it|kill ${self}|go|not wake up|overdose|od|end my life|disappear)\b`,
			r`\bhow (?:many|much) (?:of )?(?:my |the |those |these |your )?(?:${pills})\b(?: \w+){0,3}? (?:would|will|does|do|to|it|until|before) (?:take|takes|kill|kills|be lethal|be enough|die|stop)\b`,
			r`\blethal (?:dose|amount|combination)\b`,
			r`\bpainless(?:ly)? (?:way|death|ways|method)\b`
		)
	},
	// The means at hand: pills saved, a weapon.
	{
		level: 'urgent',
		category: 'method',
		re: anyOf(
			r`\b(?:sav\w+|stockpil\w*|hoard\w*|stash\w*|hid|hiding|squirreled|collect\w*|gather\w*) (?:up )?(?:all |a bunch of |a lot of )?(?:my |the |these |those |his |her |\w+s )?(?:\w+ ){0,2}?(?:${pills})\b`,
			r`\benough (?:for|to kill) (?:somebody|someone|a person|a (?:guy|man|woman)) (?:my|of my|your) (?:size|weight)\b`,
			r`\b(?:${pills}) (?:all )?(?:saved|stashed|stockpiled|hoarded|collected) up\b`,
			r`\benough (?:of (?:them|these|those|my \w+) )?to (?:not wake|never wake|end it|kill me|make sure i (?:dont|never|wont))\b`,
			r`\b(?:${pills}) (?:are |is )?(?:lined up|counted out|all ready|ready to go|in my hand|in front of me)\b`,
			r`\benough (?:${pills}) to (?:die|end|kill|not wake|do it|make sure|finish|put me)\b`
		)
	},
	{
		level: 'urgent',
		category: 'method',
		re: anyOf(
			r`\b(?:got|have|has|had|bought|buying|holding|grab\w*|load\w*|pull\w*|borrowed|took|bring\w*|brought|found|cocked|with|carrying) (?:\w+ ){0,2}?(?<!nail |glue |water |nerf |heat |staple |paint |spray |toy )(?:gun|pistol|rifle|shotgun|revolver|glock|handgun|9mm|noose|firearm)\b`,
			r`\b(?:got|have|bought|found) (?:a|the) rope(?= *(?:[.!,]|$| ready| and| for (?:myself|me)))`,
			r`\b(?:bought|buying|ordered|got) (?:some |a |the )?rope\b(?= *(?:[.!,]|$|today|tonight|yesterday))`,
			r`\b(?:its|thats|looks|is) (?:plenty |definitely |more than )?high enough\b(?=.*\b(?:bridge|overpass|roof|building|balcony|ledge|cliff|floor|parking)\b|(?<=\b(?:bridge|overpass|roof|building|balcony|ledge|cliff|garage)\b.*))`,
			r`\b(?:a|the) (?:rope|noose|gun|pills) (?:in|under|on|by) (?:the|my) (?:garage|closet|shed|basement|attic|bed|drawer|car|nightstand)\b(?: \w+){0,4}? (?:keep|kept|been) (?:looking|staring|thinking)\b`,
			r`\bkeep (?:looking|staring) at (?:the|my|that) (?:rope|noose|gun|pills|bridge|knife|razor)\b`,
			r`\b(?:with|w|holding|have|got|grabbed|found) (?:a |the |my )?(?:razor|blade)s?\b(?! (?:for|to shave))`,
			r`\bknife (?:to|at|against|on) (?:my|his|her|your|their)\b`,
			r`\b(?:holding|has|have|got|with|pull\w*|grabbed|waving) (?:\w+ ){0,2}?knife\b`,
			r`\btied (?:a |the )?(?:rope|noose)\b`,
			r`\b(?:rope|noose) (?:around|is ready|ready)\b`
		),
		unless: guard`${past}|\b(?:sold|pawned|got rid of|gave away|locked up|turned in|hunting|range)\b`
	}
];

// Asking about a method without the word: the quickest way, a mix that is toxic, how many of something,
// how high, how to get sick enough for a hospital.
export const methodAsked: CrisisRule[] = [
	{
		level: 'urgent',
		category: 'method',
		re: anyOf(
			r`\b(?:quickest|fastest|easiest|best|surest|simplest|cleanest|least painful|most painless|painless|peaceful|quietest|only) (?:way|ways|method|methods|option) (?:to|of|for) (?:die|dying|go|going|do it|end (?:it|things|my life|everything)|not wake up|stop (?:my|your|the|a) heart|od|overdose|check out|leave this world|get it over with|kill (?:${self}|someone|a person))\b`,
			r`\b(?:quickest|fastest|easiest|painless|peaceful) (?:way )?out\b(?! of (?:the|this) (?:\w+ )?(?:building|lot|city|parking|traffic|town|house|store|job|contract|lease|meeting|debt|situation))`,
			r`\b(?:what|which|wich) (?:\w+ ){0,3}?(?:mix\w*|combin\w*|together|react\w*)(?: \w+){0,4}? (?:toxic|poison\w*|lethal|deadly|fatal|kill (?:you|a person|someone))\b`,
			r`\bmix\w*(?: \w+){0,5}? (?:into|to make|make|makes|for|gives?) (?:something |a |an |some )?(?:toxic|poison\w*|lethal|deadly|fatal)\b`,
			r`\bhow (?:many|much) (?:\w+ ){1,5}?(?:to|until|before|would|will|does it take to|it takes to|can) (?:kill|die|be (?:lethal|fatal|deadly|enough to die)|od|overdose|stop (?:my|your|a|the) heart|(?:\w+ )?(?:not|dont|wont|never) wake|shut down|fry (?:my|your) liver|destroy (?:my|your) liver|end it|do it|be too much)\b`,
			r`\b(?:${pills}|\d+ ?mg|dose|doses|amount|combo|combination|mix)(?: \w+){0,4}? (?:be |is |are |would be )?(?:lethal|fatal|deadly|enough to (?:die|kill|not wake))\b`,
			r`\b(?:lethal|fatal|deadly|toxic) (?:dose|doses|amount|amounts|combo|combination|mix|level|gas)\b`,
			r`\b(?:how high|high enough|tall enough|how tall|how far) (?:\w+ ){0,5}?(?:bridge|building|balcony|roof|floor|fall|drop|jump|to die|be fatal|kill you|survive)\b`,
			r`\b(?:highest|tallest) (?:bridge|building|cliff|parking garage|overpass)\b(?: \w+){0,4}? (?:near|around|in|close to) (?:me|here|town|my)\b`,
			r`\b(?:would|could|will|do|does|can) (?:i|you|a person|someone|people|anyone) (?:die|survive)\b(?: \w+){0,3}? (?:if|from|after|jumping|falling|drinking|taking|a fall|a jump|being hit)\b`,
			r`\b(?:step|walk|jump|lie|lay|lying|laying|stand|standing|throw ${self}) (?:out |down )?(?:in front of|onto|on|into) (?:a |the )?(?:train|tracks|railroad|traffic|oncoming|highway|freeway|motorway|subway|bus|semi)\b`,
			r`\b(?:train|trains|subway) (?:\w+ ){0,4}?(?:timetable|schedule|times?|comes? through|passes?|goes? by)\b(?: \w+){0,6}? (?:tracks|platform|jump|step|stand|end)\b`,
			r`\bhow long (?:\w+ ){0,2}?(?:train|trains|freight|subway|truck|semi)s? (?:\w+ ){0,2}?(?:to stop|takes to stop|to brake|needs to stop)\b`,
			r`\bwhat time (?:does |do )?(?:the )?(?:freight|freight train|night train|express)(?: \w+)? (?:comes?|pass\w*|goes?|runs?) (?:through|by)\b`,
			r`\bhow (?:much|many)(?: \w+){0,3}? (?:would|will|does it|it would|it will|it) take (?:for (?:somebody|someone|a person|me|a guy|a woman|a man)|to (?:kill|die|end|not wake))\b`,
			r`\b(?:whether|if|would) it (?:shows? up|would show up|show up) (?:after|in (?:an |the )?(?:autopsy|tox|toxicology))|\b(?:autopsy|toxicology)\b(?: \w+){0,3}? (?:insulin|pills|overdose|detect\w*|show)\b`,
			r`\b(?:sick|ill|hurt|injured|bad|messed up) enough (?:to (?:go|be|get|end up|stay)(?: \w+){0,3}? )?(?:for |to |in |into )?(?:the |a )?(?:hospital|er|emergency room|admitted|ambulance|icu)\b`,
			r`\bhow (?:to|do i|can i|could i) (?:make ${self}|get|end up) (?:\w+ ){0,2}?(?:sick|ill|hurt|hospitali[sz]ed|admitted|in (?:the|a) hospital)\b(?! (?:of|with|from) (?:\w+ )?(?:work|school|this))`,
			r`\b(?:drink\w*|swallow\w*|mix\w*|inhal\w*|breath\w*) (?:\w+ ){0,2}?(?:bleach|antifreeze|anti freeze|rat poison|pesticide|weed killer|ammonia|drain cleaner|cyanide|car exhaust|carbon monoxide|helium)\b`,
			r`\b(?:bleach|antifreeze|rat poison|pesticide|drain cleaner)\b(?: \w+){0,4}? (?:drink|swallow|die|kill|enough|how much)\b`,
			r`\b(?:carbon monoxide|car exhaust|charcoal|exit bag|suicide bag|plastic bag over my (?:head|face)|belt around my neck|make it look like an? accident)\b(?! (?:detector|alarm|leak|grill|poisoning from the))`,
			r`\b(?:crash|wreck|drive|driving|swerve|swerving|steer|slam) (?:my |the |his |her )?(?:car|truck)? ?(?:into|in front of) (?:traffic|oncoming|a semi|a train|a wall|a tree|the river)\b`,
			r`\b(?:crash|wreck|drive|drove) (?:my |the )?(?:car|truck) (?:on purpose|off (?:the road|a cliff|a bridge))\b`
		),
		unless: guard`${news}|${reported}|${joke}|\b(?:bug|bugs|weeds?|pests?|mold|rats|mice|roaches|clean\w*|cooking|recipe|game|level|boss fight|character|story|novel|plant|dog|cat|pet|kid|child|baby|toddler|pool|laundry)\b`
	},
	{
		level: 'urgent',
		category: 'method',
		re: re`\b(?:toxic|poisonous|strong|deadly|lethal|bad) enough to (?:kill (?:you|me|a person|someone|somebody)|die|not wake up)\b`,
		unless: guard`${news}|${reported}|${joke}|${hyperbole}`
	}
];
