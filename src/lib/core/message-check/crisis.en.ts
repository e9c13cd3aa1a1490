// English crisis language. Missing a real crisis is the worst failure, so these lean wide; the guards keep out
// what the README names as not a crisis: idioms and jokes ("this job is killing me", "dead tired", "I'd kill for
// a coffee"), a past overdose told as part of recovery, news about others, and negated statements. Idioms are
// mostly kept out by what the patterns require: "killing me", "dying to" and "dead" alone never match.
// The folded text has "im", "dont", "cant", "wont", "youre" for every spelling of them (spelling.ts).

import { crisisEnGeneral } from './crisis.en.general.ts';
import { pills } from './crisis.en.medical.ts';
import { bounded, hearsay, hyperbole, joke, longAgo, news, past, reported, toldSo } from './guards.ts';
import { anyOf, guard, r, re, type CrisisRule } from './rules.ts';

const self = String.raw`(?:my ?self|myslef)`;
// "Mom is going to kill me when she finds out" is an idiom; "they'll kill me if I don't pay" is not.
const scolding = String.raw`\b(?:if|when|once) (?:s?he|they|you|mom|dad|my \w+) (?:finds?|sees?|saw|hears?|heard|knows?|notices?|found|learns?|gets? home|catch\w*)\b`;
// A goodbye to a place or a thing: "this is goodbye, 4B", "saying goodbye to this place", "bye old couch".
const placeBye = String.raw`\b(?:good ?bye|bye|farewell)(?: to)?,? (?:(?:this|that|the|my|our|old|ur|your) (?:old |little |sweet |first |crappy |shitty )?(?:place|apartment|apt|house|home|city|town|job|office|car|truck|couch|bed|room|dorm|neighborhood|street|school|building|team|country|state|phone|laptop|kitchen|yard|hometown|studio|flat|campus|lease)s?|[a-z]?\d+[a-z]?|apt \w+)\b`;
const leaving = String.raw`\b(?:rehab|treatment|detox|leav\w+ for|mov\w+|trip|flight|deploy\w*|vacation|camp|airport|boarding|on the plane|landed|for now|see you)\b`;

export const crisisEn: CrisisRule[] = [
	// Suicide said plainly; "kms" is folded to "kill myself". "Suicid" also reads the Spanish "suicidio".
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
	},
	// "She won't wake up": someone not waking is an emergency. Not waking oneself is a wish (crisis.en.concern.ts).
	{
		level: 'urgent',
		category: 'overdose',
		re: anyOf(
			r`\b(?:hes|shes|theyre|he|she|they|it|mom|dad|my \w+) (?:\w+ )?(?:never|not|wont|isnt|cant|doesnt|didnt) (?:wake|waking) (?:up|him up|her up|them up)\b(?! (?:early|before|until|till|til|on time|in time|at|for|in the|when))`,
			r`\b(?:cant|couldnt|wont|cannot|trying to) wake (?:him|her|them|my \w+)(?: up)?\b(?! (?:early|before|until|till|til|on time|in time|at|for|in the|when|for school))`,
			r`\b(?:make sure|so that|so) i (?:never|dont|wont|do not|will not) wake up\b`
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
	},
	// Goodbyes, notes and letters, last times.
	{
		level: 'urgent',
		category: 'farewell',
		re: anyOf(
			r`\bthis is (?:my )?(?:goodbye|good bye|farewell)\b`,
			r`\bthis is my (?:last|final) (?:message|text|goodbye|words)\b(?! (?:until|unless|before|if|to you about))`,
			r`\b(?:final|last) (?:goodbye|good bye|farewell|words)\b`,
			r`\b(?:good ?bye|bye) (?:forever|for good|every\w+|world|cruel|yall|all of you)\b(?! (?:see|till|until|have|enjoy|tomorrow))`,
			r`\bby the time (?:you|u) (?:read|see|get|find) this\b`,
			r`\b(?:goodbye|farewell|suicide) (?:notes?|letters?|videos?)\b`,
			r`\b(?:wrote|written|writing|finished|left) my (?:note|letter|last letter)\b`,
			r`\b(?:wrote|left|written) (?:a|the) note(?= *(?:[.!,]|$|and|on (?:the|my)|in (?:the|my)| for (?:you|every\w+|mom|dad|the kids|my kids)))`,
			r`\bletters? (?:for|to) (?:every\w+|each of you|all of you|you all)\b`
		),
		unless: guard`${leaving}|${placeBye}|\b(?:amends|step|sponsor|apolog\w*|therapist|counselor|gratitude|thank)`
	},
	{
		level: 'urgent',
		category: 'farewell',
		re: re`\b(?:say|saying|said|to say|wanted to say|want to say) (?:my )?(?:goodbyes?|good bye|bye to every\w+)\b`,
		unless: guard`${leaving}|${placeBye}`
	},
	{
		level: 'urgent',
		category: 'farewell',
		re: anyOf(
			r`\b(?:hear|see|talk to|speak to|hug|hold|tell you i love you|say i love you|say goodbye to)\b(?: \w+){0,4}? (?:one last time|for the last time|one final time)\b`,
			r`\btell (?:\w+ ){1,3}(?:that )?i (?:loved|always loved|will always love|ll always love)\b`,
			r`\b(?:it|this|everything|all this|the pain)(?: will| is going to|s going to)? (?:all )?be over (?:soon|tonight|today|by)\b`,
			r`\bitll (?:all )?be over (?:soon|tonight|today)\b`,
			r`\b(?:last|final) (?:time|message|text) (?:youll|youre going to|you will|you going to|you|u)(?: ever)?(?: going to)? (?:hear|get|see)\b`,
			r`\b(?:put|putting|got|getting|have|had) (?:all )?my affairs in order\b`,
			r`\byoull never (?:hear from|see) me again\b`,
			r`\b(?<!\b(?:want|wanna|wish|like) (?:to )?(?:not )?|\bisnt |\bis not |\bto not )(?:be|being|stay) (?:here|around|alive) (?:much longer|for long|anymore|by morning)\b`,
			r`\b(?:tonight|today) is the night\b`,
			r`\bwont (?:be )?need(?:ing)? (?:any of )?(?:it|this|them|that|these|my \w+)\b(?: \w+){0,3}? where im going\b`,
			r`\b(?:might|may|probably) not be (?:around|here|alive) (?:to|for|much|by|anymore)\b`,
			r`\bwhatever happens(?: \w+){0,2}?,? (?:its|it is|is|it) not (?:on you|your fault)\b`,
			r`\b(?:then|and) (?:it|the pain|everything|it all) (?:stops|will stop|ends|will end) (?:hurting|for good|forever)\b`,
			r`\b(?:get|getting|got|put|putting) (?:all )?my (?:stuff|things|papers|life) in order\b`,
			r`\b(?:changed|changing|updated) (?:the |my )?beneficiar\w*\b`,
			r`\b(?:tonights|todays) the (?:night|day)\b(?! (?:we|you|for|of|to)\b)(?!.*\b(?:first|new job|shift|date|party|game|show|concert|premiere|finale|wedding|lol)\b)`
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
	// Slang and a decision without a method word: "ctb", "sewer slide", "go through with it", "end it all".
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
	},
	// "Goodbye" after a hard message: the goodbye is the farewell.
	{
		level: 'urgent',
		category: 'farewell',
		re: re`\b(?:good ?bye|bye)\b(?! (?:for now|see|till|til|until|tomorrow|later|love|have|talk|text|xx|mom|dad))(?=[^.!?\n]{0,25}(?:[.!?\n]|$))`,
		requires: guard`\b(?:nothing but (?:trouble|a burden|a problem|pain)|burden|worthless|hopeless|sorry for everything|forgive (?:me|him|her|you)|i mean it this time|better off|last time|cant do this anymore|cant take (?:it|this) anymore|hate myself|tired of (?:living|fighting|everything)|stops? hurting|whatever happens|one more night|the end|no more pain)\b`,
		negatable: false,
		unless: guard`${joke}`
	},
	// A date or a deadline: "giving it until Christmas", "after the kids' birthday I'm done".
	{
		level: 'urgent',
		category: 'farewell',
		re: anyOf(
			r`\b(?:giv\w+|gave) (?:myself|it|life|this|things) (?:until|till|til|one more|another|(?:a|one|two|\d+) (?:more )?(?:days?|weeks?|months?))\b(?! (?:\w+ ){0,3}?to (?!live\b)\w)`,
			r`\b(?:after|once|when) (?:the |my |\w+s )?(?:birthday|wedding|graduation|christmas|holidays?|funeral|court date|new year)\b(?: \w+){0,4}? (?:im|ill|i will|im going to|i can) (?:be )?(?:gone|done|do it|go|end it|leave for good|finally rest)\b(?! (?:to|with|home|back|out|shopping|for (?:a|the)))`,
			r`\b(?:just|only) (?:need|have|want) to (?:make it|hold on|last|get) (?:through|until|till|til|to) (?:christmas|\w+s birthday|the \w+ birthday|the wedding|graduation|friday|new year)\b(?: \w+){0,3}? (?:then|after that|and then)\b`,
			r`\bone (?:last|final) (?:christmas|birthday|thanksgiving|holiday|summer)\b`,
			r`\b(?:holding|hanging) on (?:until|till|til|through|for) (?:after )?(?:\w+s |the |my )?(?:birthday|christmas|wedding|graduation|holidays?|new year|thanksgiving)\b`,
			r`\b(?:make it|made it|last|lasting|stay|staying) (?:to|until|till|til|through) (?:\w+s |the |my )?(?:birthday|christmas|wedding|graduation|holidays?|new year|thanksgiving)\b(?: \w+){0,4}? (?:for (?:her|him|them|the kids)|then|deadline)\b`,
			r`\b(?:the )?deadline (?:i (?:gave|set) ${self}|for ${self})\b|\b(?:gave|set) ${self} a deadline\b`,
			r`\b(?:after|once) (?:that|then|it|christmas|the \w+) (?:im|i am|ill be) (?:done|gone|out)\b(?! (?:with|for|at|from|of))`,
			r`\b(?:set|picked|chose|have|got) (?:a|the|my) date\b(?! (?:for|with|night|to (?:move|meet|see|start)))`,
			r`\b(?:wont|will not|not going to) (?:be (?:here|around|alive) (?:for|by|at|on|to see)|make it (?:to|past|through)) (?:christmas|new year|my birthday|\w+s birthday|the holidays|next (?:week|month|year)|the weekend|morning|tomorrow|\w+day)\b`
		),
		unless: guard`${joke}|${reported}|${news}|\b(?:job|offer|interview|diet|gym|rehab|detox|program|meetings?|sober|sobriety|clean|relationship|marriage|the car|lease|school|class|course|project|paper|court|trial|surgery|wedding|party|move|closing|appointment|hearing|visit|dinner|lunch)\b`
	},
	// Asking about a method without the word: the quickest way, a mix that is toxic, how many of something,
	// how high, how to get sick enough for a hospital.
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
	},
	// An overdose told in passing: "took all of them", "swallowed what was left of the bottle".
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
	},
	// Self-harm now or again: the urge, the relief, the relapse.
	{
		level: 'urgent',
		category: 'self_harm_now',
		re: anyOf(
			r`\b(?:felt|feels|feel|feeling|it felt) (?:so |really |too )?(?:good|nice|right|calm|relieving|like relief|better) to (?:cut|bleed|burn|hurt|see (?:the )?blood|harm)\b`,
			r`\b(?:urge|urges|want|wanting|need|needing|craving|itching|tempted) to (?:cut|bleed|burn ${self}|hurt ${self}|self ?harm|sh)\b(?! (?:ties|back|down|costs|out|the|my hair|him|her|it|them|you|a|this|class|some|corners))`,
			r`\b(?:cut|cutting|burned|burning|hurt|hurting|harming) (?:${self} )?again\b`,
			r`\b(?:relapsed|relapse|slipped|gave in)\b(?: \w+){0,2}? (?:cut|cutting|self ?harm|sh|burning|burned)\b`,
			r`\b(?:fresh|new|deep) (?:cuts|cut|burns|wounds|scars) (?:on|in) my\b`,
			r`\b(?:hid|hide|hiding|cover\w*) (?:the |my )?(?:cuts|burns|marks|wounds|blood)\b`,
			r`\b(?:sh|cut|cutting|cuts|burned|burning) (?:${self} )?again\b`,
			r`\b(?:didnt mean to |did not mean to )?(?:go|went|going|cut|cutting) (?:so |too |that )deep(?:er)? (?:this time|again|tonight)\b`,
			r`\b(?:carv\w*|cut|cutting|scratch\w*|burn\w*) (?:\w+ ){1,3}?(?:in|into|on) my (?:wrists?|arms?|legs?|thighs?|skin|stomach|chest)\b`,
			r`\b(?:hitting|banging|bashing|punching|slamming|hit|banged|bashed|slammed) my (?:head|fists?|hands?) (?:\w+ ){0,3}?(?:on|against|into) (?:the|a|my) (?:wall|floor|door|desk|mirror|counter)\b(?! (?:by accident|accidentally))`,
			r`\b(?:a )?(?:couple|few|some) (?:of )?(?:cuts|burns)\b(?=.*\b(?:calms?|helps?|relief|release|better|numb|feel something)\b)`,
			r`\bhurt on the outside\b`
		),
		unless: guard`${reported}|${news}|${joke}|\b(?:hair|grass|carbs|sugar|calories|class|school|budget|cost|ties|wood|lawn|lines)\b`
	},
	// A threat to someone's life: from them, to them, or from others.
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
	},
	...crisisEnGeneral
];
