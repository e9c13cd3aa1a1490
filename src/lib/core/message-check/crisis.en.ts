// English crisis language. Missing a real crisis is the worst failure, so these lean wide; the guards keep out
// what the README names as not a crisis: idioms and jokes ("this job is killing me", "dead tired", "I'd kill for
// a coffee"), a past overdose told as part of recovery, news about others, and negated statements. Idioms are
// mostly kept out by what the patterns require: "killing me", "dying to" and "dead" alone never match.
// The folded text has "im", "dont", "cant", "wont", "youre" for every spelling of them (spelling.ts).

import { pills } from './crisis.en.medical.ts';
import { joke, news, past, reported } from './guards.ts';
import { anyOf, guard, r, re, type CrisisRule } from './rules.ts';

const self = String.raw`(?:my ?self|myslef)`;
// "Mom is going to kill me when she finds out" is an idiom; "they'll kill me if I don't pay" is not.
const scolding = String.raw`\b(?:if|when|once) (?:s?he|they|you|mom|dad|my \w+) (?:finds?|sees?|saw|hears?|heard|knows?|notices?|found|learns?|gets? home|catch\w*)\b`;
const leaving = String.raw`\b(?:rehab|treatment|detox|leav\w+ for|mov\w+|trip|flight|deploy\w*|vacation|camp|airport|for now|see you)\b`;

export const crisisEn: CrisisRule[] = [
	// Suicide said plainly; "kms" is folded to "kill myself". "Suicid" also reads the Spanish "suicidio".
	{
		level: 'urgent',
		category: 'intent',
		re: re`\b(?:kill\w*|kil|off(?:ing)?|hang\w*|hung|shoot\w*|end(?:ing)?|drown\w*|poison\w*|unaliv\w*) ${self}\b(?! in the foot)`,
		unless: guard`${reported}|${past}`
	},
	{
		level: 'urgent',
		category: 'intent',
		re: re`\bsui?ci?d\w*`,
		unless: guard`${reported}|${news}|${past}|\b(?:dont have any|said no)\b`
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
	// Wishes to be dead, said plainly or not.
	{
		level: 'concern',
		category: 'passive_wish',
		re: anyOf(
			r`\b(?:want|wanna|ready|going|about|deserve|need) to die\b(?! of| laughing)`,
			r`\b(?:want to be|better off|wish i was|wish i were) dead\b`,
			r`\b(?:go to sleep|sleep|fall asleep) (?:forever|for good|and not wake)\b`,
			r`\bwish (?:i|id) (?:had )?(?:never been born|not been born|could (?:just )?(?:disappear|vanish|stop existing))\b`,
			r`\bwish i (?:wasnt|werent) (?:alive|here|born|around)\b`
		),
		unless: guard`${joke}|${reported}|\b(?:acting like|act like|as if)\b`
	},
	{
		level: 'concern',
		category: 'passive_wish',
		re: anyOf(
			r`\b(?:dont|no longer) want to (?:be alive|live|exist|be here anymore|wake up|keep (?:living|going)|go on|be around)\b(?! (?:like|this way|that way|with|in|there|at|here|on|under|without|to))`,
			r`\bno (?:reason|point) (?:to|in) (?:liv\w*|go\w* on|be\w* alive|wak\w* up|keep going)\b`,
			r`\bnothing (?:left )?to live for\b`,
			r`\bcant go on\b(?! like| this way)`,
			r`\bwhats the point (?:of|in) (?:living|life|going on|being alive)\b`,
			r`\b(?:tired|sick|done) (?:of|with) (?:living|life|being alive|existing)\b`,
			r`\blife (?:isnt|aint) worth (?:it|living)\b`
		),
		negatable: false
	},
	// "Sleep and never wake up", "make sure I don't wake up", "she won't wake up".
	{
		level: 'urgent',
		category: 'overdose',
		re: anyOf(
			r`\b(?:never|not|dont|wont|isnt|cant) (?:wake|waking) (?:up|him up|her up|them up)\b(?! (?:early|before|until|till|til|on time|in time|at|for|in the|when))`,
			r`\b(?:cant|couldnt) wake (?:him|her|them)\b`
		),
		negatable: false
	},
	// Being a burden, being gone, nobody noticing.
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
		unless: guard`${past}|\b(?:sometimes|asking for)\b`
	},
	{
		level: 'concern',
		category: 'burden',
		re: anyOf(
			r`\b(?:wont|wouldnt|no longer) (?:be|have to) (?:a )?(?:problem|burden|bother|worry about me|deal with me)(?: (?:for|to) (?:any\w+|you|every\w+|you all))?(?= (?:anymore|much longer|after|for long|soon|ever again)|\s*$|\s*[.!])`,
			r`\bif i (?:just )?(?:disappeared|vanished|was gone|were gone|died|was dead|were dead|wasnt (?:here|around|alive)|werent (?:here|around|alive)|didnt wake up|killed ${self}|ended it|never woke up)\b(?! for (?:a|the|\d|two|a few|some))`,
			r`\b(?:nobody|no one|noone|none of you)(?: would| will| wouldnt| even)* (?:notice|care|miss me)\b(?: \w+){0,3}? (?:if|when) (?:i|im)\b`,
			r`\b(?:want|need|wish|just want)(?: for)? (?:it|this|everything|the pain|it all|all of it|the voices|my life) (?:all )?to (?:stop|end|be over)\b`
		),
		negatable: false,
		unless: guard`${joke}`
	},
	// Goodbyes, notes and letters, last times.
	{
		level: 'urgent',
		category: 'farewell',
		re: anyOf(
			r`\bthis is (?:my )?(?:goodbye|good bye|farewell)\b`,
			r`\bthis is my (?:last|final) (?:message|text|goodbye|words)\b(?! (?:until|unless|before|if|to you about))`,
			r`\b(?:final|last) (?:goodbye|good bye|farewell|words)\b`,
			r`\bgoodbye (?:forever|for good|every\w+|world|cruel)\b`,
			r`\bby the time (?:you|u) (?:read|see|get|find) this\b`,
			r`\b(?:goodbye|farewell|suicide) (?:notes?|letters?|videos?)\b`,
			r`\b(?:wrote|written|writing|finished|left) my (?:note|letter|last letter)\b`,
			r`\b(?:wrote|left|written) (?:a|the) note(?= *(?:[.!,]|$| for (?:you|every\w+|mom|dad|the kids|my kids)))`,
			r`\bletters? (?:for|to) (?:every\w+|each of you|all of you|you all)\b`
		),
		unless: guard`\b(?:amends|step|sponsor|apolog\w*|therapist|counselor|gratitude|thank)`
	},
	{
		level: 'urgent',
		category: 'farewell',
		re: re`\b(?:say|saying|said|to say|wanted to say|want to say) (?:my )?(?:goodbyes?|good bye|bye to every\w+)\b`,
		unless: guard`${leaving}`
	},
	{
		level: 'urgent',
		category: 'farewell',
		re: anyOf(
			r`\b(?:hear|see|talk to|speak to|hug|hold|tell you i love you|say i love you|say goodbye to)\b(?: \w+){0,4}? (?:one last time|for the last time|one final time)\b`,
			r`\btell (?:\w+ ){1,3}(?:that )?i (?:loved|always loved|will always love|ll always love)\b`,
			r`\b(?:it|this|everything|all this|the pain)(?: will| is going to|s going to)? (?:all )?be over (?:soon|tonight|today|by)\b`,
			r`\bitll (?:all )?be over (?:soon|tonight|today)\b`,
			r`\b(?:last|final) (?:time|message|text) (?:youll|youre going to|you will|you|u) (?:ever )?(?:hear|get|see)\b`,
			r`\b(?:put|putting|got|getting|have|had) (?:all )?my affairs in order\b`,
			r`\byoull never (?:hear from|see) me again\b`,
			r`\b(?:be|being|stay) (?:here|around|alive) (?:much longer|for long|anymore|by morning)\b`,
			r`\b(?:tonight|today) is the night\b`
		),
		negatable: false,
		unless: guard`${leaving}`
	},
	// A place or a way.
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
		)
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
			r`\b(?:sav\w+|stockpil\w*|hoard\w*|stash\w*|hid|hiding|squirreled) (?:up )?(?:all |a bunch of |a lot of )?(?:my |the |these |those |his |her )?(?:${pills})\b`,
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
			r`\b(?:a|the) (?:rope|noose|gun|pills) (?:in|under|on|by) (?:the|my) (?:garage|closet|shed|basement|attic|bed|drawer|car|nightstand)\b(?: \w+){0,4}? (?:keep|kept|been) (?:looking|staring|thinking)\b`,
			r`\bkeep (?:looking|staring) at (?:the|my|that) (?:rope|noose|gun|pills|bridge|knife|razor)\b`,
			r`\b(?:with|holding|have|got|grabbed|found) (?:a |the |my )?(?:razor|blade)s?\b(?! (?:for|to shave))`,
			r`\bknife (?:to|at|against|on) (?:my|his|her|your|their)\b`,
			r`\b(?:holding|has|have|got|with|pull\w*|grabbed|waving) (?:\w+ ){0,2}?knife\b`,
			r`\btied (?:a |the )?(?:rope|noose)\b`,
			r`\b(?:rope|noose) (?:around|is ready|ready)\b`
		),
		unless: guard`${past}|\b(?:sold|pawned|got rid of|gave away|locked up|turned in|hunting|range)\b`
	},
	// Self-harm now.
	{
		level: 'urgent',
		category: 'self_harm_now',
		re: anyOf(
			r`\b(?:cut\w*|burn\w*|hurt\w*|harm\w*|stab\w*|punish\w*|starv\w*) ${self}\b(?! (?:at work|lifting|playing|working|on the job|falling))`,
			r`\b(?:i|im|ive|started|relapsed and) (?:cut\w*|slit|sliced)(?: ${self})? (?:again|my (?:wrists?|arms?|legs?|thighs?|skin|stomach))\b`,
			r`\b(?:slit\w*|cut\w*|slic\w*|burn\w*|scratch\w*|carv\w*) (?:my|his|her) (?:wrists?|arms?|legs?|thighs?|skin|stomach|throat)\b(?! (?:on|open on|while|cooking|at work|by accident))`,
			r`\bself ?harm\w*`,
			r`\bcut (?:too |really |so )?deep\b`
		),
		unless: guard`${reported}|${past}`
	},
	{
		level: 'urgent',
		category: 'self_harm_now',
		re: anyOf(
			r`\b(?:wont|doesnt|cant|isnt|not) (?:make it |get it to )?stop\w* (?:the )?bleeding\b`,
			r`\bbleeding (?:a lot|so much|everywhere|bad|badly|heavily|out|really bad)\b`,
			r`\b(?:blood everywhere|so much blood)\b`,
			r`\blost (?:a lot of|so much) blood\b`
		),
		negatable: false
	},
	// A threat to someone's life: from them, to them, or from others.
	{
		level: 'urgent',
		category: 'threat',
		re: anyOf(
			r`\b(?:ill|im going to|going to|i want to|i wanna|im about to|i swear ill|i could|id|about to|i might)(?: fucking)? (?:kill|murder|shoot|stab|strangle|choke|beat the (?:shit|hell|crap|life) out of) (?:you|him|her|them|someone|somebody|every\w+|yall|that (?:guy|man|dude|woman|bitch|bastard|fucker)|my (?:boss|ex|wife|husband|dad|mom|father|mother|brother|sister|roommate|dealer|landlord|neighbor|girlfriend|boyfriend|family))\b`,
			r`\b(?:put\w*|pump) (?:a |some )?(?:bullets?|one|holes?) in (?:him|her|you|them|his|your|their)\b`,
			r`\bi know where (?:he|she|you|they|\w+) (?:lives?|works?|stays?|sleeps?)\b`,
			r`\bburn (?:down )?(?:your|the|his|her|their) (?:house|place|car|apartment)\b`
		),
		unless: guard`${joke}`
	},
	{
		level: 'urgent',
		category: 'threat',
		re: anyOf(
			r`\b(?:he|she|they|hes|shes|theyre|theyll|hell|shell|someone|somebody|people|guys|dealer)\b(?: \w+){0,3}? (?:kill|shoot|stab|murder|hurt|beat up|jump) (?:me|us)\b`,
			r`\bthreat\w* (?:to )?(?:kill|shoot|stab|hurt)\b`,
			r`\bwants? me dead\b`,
			r`\b(?:hit|price) on (?:me|my head)\b`,
			r`\byoure dead\b(?! to)`,
			r`\b(?:dead (?:man|woman|meat)|as good as dead)\b(?! walking)`,
			r`\b(?:said|says|told me|threatened)\b(?: \w+){0,8}? (?:im|youre|hes|shes|were) (?:dead|a dead man|going to die|done for)\b`,
			r`\b(?:fear|scared|afraid|terrified) for my life\b`,
			r`\bmy life is in danger\b`
		),
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
