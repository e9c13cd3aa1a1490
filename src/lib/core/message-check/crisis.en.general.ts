// English crisis concepts: a small vocabulary per concept, joined by short word gaps and a first-person anchor,
// so a phrasing nobody wrote down before still matches. A farewell is a goodbye together with something final
// anywhere in the message; a method is a means together with what makes it deadly; a threat is "I will" with
// a harm and a person; worthlessness and being a burden are "I am" with what the Suicide Risk Lexicon (see
// NOTICE) lists for them. The narrower phrases in crisis.en.ts and crisis.en.concern.ts stay for what these
// miss; the guards are the same.

import { pills } from './crisis.en.medical.ts';
import { bounded, hyperbole, joke, longAgo, news, past, recovered, reported, toldSo } from './guards.ts';
import { anyOf, crisisRules, guard, r, re } from './rules.ts';

const gap = String.raw`(?: \w+){0,4}?`;
// A trip, a stay or a visit: "by the time you read this I'll be at the airport, love you all".
const away = String.raw`\b(?:airport|flight|boarding|on the plane|landed|on my way|road trip|trip|vacation|holidays?|conference|camp|deploy\w*|basic training|rehab|detox|treatment|program|(?:until|till|til) im (?:out|back|home)|see (?:you|u|ya) (?:soon|later|tomorrow|then|next|at|sunday|monday|friday|saturday)|talk (?:to you )?(?:soon|later|tomorrow)|(?:until|till|til|for) (?:the|a|\d+|two|three|next) (?:\w+ )?(?:days?|weeks?|months?|weekend)|this weekend|next week|back (?:on|in|by|soon))\b`;

// A goodbye, thanks or love said as a last word, things handed on.
const goodbye = String.raw`good ?bye|bye(?: \w+)?\s*[.!]*$|farewell|(?:i )?love (?:you|u|ya) (?:all|guys|so much|more than|always|forever)|i love (?:you|u)\b|sorry for (?:everything|all (?:of )?(?:it|this|the pain)|what im about to)|please forgive me|forgive me\b|thank (?:you|u) for (?:everything|always|being)|(?:take care|look after|watch over) (?:of )?(?:\w+ ){0,2}?(?:for me|my|the (?:kids|dog|cat|boys|girls)|mom|dad|\w+ for me)|(?:keep|have) my (?:\w+ )?(?:guitar|car|truck|xbox|ring|watch|stuff|things|clothes|bike)|(?:is|are|goes|go) (?:in your name|to \w+ now)|tell (?:\w+ ){1,3}(?:im sorry|i love|i loved|i was sorry)|be (?:good|strong|brave)\b|(?:im |so )proud of (?:you|u)|(?:youll|you will|yall will|they will|theyll) be (?:ok|okay|fine|better)|promise me|(?:always )?remember (?:that )?i (?:love|loved)|love (?:you|u|ya)\b|(?:i )?want (?:you|u|\w+) to have|(?:gave|giving|give|left) my (?:\w+ )?(?:tools|watch|ring|guitar|truck|car|ute|stuff|things|clothes|games|dog|cat) to (?!the |a |charity|goodwill)|good ?night\W+(?:\w+\W+){0,2}?for (?:real|good|ever)|(?:ta ra|cheerio|peace out)\b|wanted (?:you|u) to hear it from me|dont open (?:it|this|the \w+) (?:till|until|before)|(?:can|could) (?:you|u) (?:come )?(?:get|take|grab|pick up|have) (?:my |the )?\w+ (?:tonight|today|for me)|(?:wrote|written|left) (?:something|a (?:letter|note)|letters|notes) for (?:each|all|every\w+)|ta ?ra(?: \w+)?\s*[.!]*$|make sure (?:\w+ ){1,2}gets my|(?:you|u) can have my|(?:i want|make sure|please make sure) (?:\w+ ){0,2}(?:gets|has|keeps) my|sorry (?:i (?:couldnt|wasnt|never)|for (?:not being|being))|(?:a letter|a note) (?:each|for each)|(?:letters?|notes?) (?:for|to) (?:each|all) of (?:you|them)|(?:put|left|hid) (?:them|the letters?|the notes?) in (?:the|my) (?:safe|drawer|box)|(?:been|you were|youve been|youre) a good (?:mate|friend|brother|sister|son|daughter|mum|mom|dad|kid)`;
// What makes it final: gone for good, at peace, the note written, past a day that will not be seen.
const final = String.raw`by the time (?:you|u|any\w+|they|she|he|mom|dad) (?:read|see|check|find|get|wake)|when (?:you|u) wake up\b(?: \w+){0,2}? (?:ill|i will) be gone|ill (?:already )?be gone|(?:be|im|go|gone) (?:gone )?(?:for good|forever)|be at peace|(?:finally|ill) (?:rest|be (?:free|at peace)|feel nothing)|at peace with (?:my|the|this) decision|(?:its|it is) (?:all )?(?:done|over|decided) now|this is it for me|the (?:last|final) (?:you|u)(?:ll| will) (?:ever )?hear|(?:last|final) (?:time|message|text|words|thing) (?:you|u|ill|i)(?:ll| will)? (?:ever )?(?:hear|see|say|talk|get)|(?:wont|will not|not going to|might not|may not) be (?:around|here|alive)\b(?! (?:this|next|for (?:a|the|dinner|lunch)|tomorrow|tonight|at|until|till|on|in (?:the|a)|when))|wont (?:be )?need(?:ing)? (?:it|them|any|this|these|that|my)\b(?=(?: \w+){0,4}? (?:after|where|anymore|now|soon))|(?:notes?|letters?) (?:is |are )?(?:written|done|(?:in|under|on|with|by) (?:the|my|your))|(?:wrote|written|left|writing) (?:\w+ ){0,3}?(?:notes?|letters?)\b|(?:sorted|arranged|found a home for) (?:\w+ ){0,2}?(?:the )?(?:cat|dog|pets?|kids)|dont (?:come )?look(?:ing)? for me|one (?:more|last|final) time before i go|(?:after|past) (?:tonight|sunday|monday|friday|saturday|the \w+)\b(?: \w+){0,3}? (?:im|ill|i will) (?:be )?(?:done|gone|rest)|cant keep doing this\b(?: \w+){0,3}? this is it|none of (?:this|it) (?:is|was) (?:on )?(?:you|your fault)|dont blame (?:your ?self|your ?selves)|(?:dont|do not|please dont) (?:be sad|cry for me|miss me|look for me|come (?:over|here|looking))|remember me|(?:see|meet) (?:you|u) on the other side|made (?:my )?peace\b(?! with (?:the|it|that|him|her|them|my (?:past|ex|dad|mom)))|(?:when|after|once) im (?:gone|not here)|(?:wont|will never|never) (?:see|hear from) me again|in your name|no more (?:pain|hurting|suffering)|(?:end of|this is) the (?:road|line) for me|none of (?:its|it is) your fault|no more (?:\w+ ){0,4}?(?:ever|for good)|(?:been|its been|it was|was) a good (?:run|ride|life)|finish where it (?:all )?(?:started|began)|(?:deleted|deactivated) (?:all )?my (?:socials|accounts|profiles?|facebook|instagram)|ledgers? (?:is |s )?even|(?:truck|car) title|bank (?:stuff|info|details|cards?)|life insurance|say it now|(?:cancel\w*|shut off) my (?:phone|plan|lease|accounts?)|(?:with|to) someone (?:wholl|who will|who can|that will) (?:walk|feed|look after|take care of|love)|thats all (?:you|u) need to know|(?:passwords?|pin|the code|bank (?:login|account)) (?:is|are|for)\b|(?:\w+ )?(?:is|are) (?:in|under|behind) (?:the|my) (?:\w+ )?(?:drawer|safe|lockbox|fireproof box|tin|mailbox|glove ?box)\b|no reason\s*[.!]|dont (?:ask|worry about) why|(?:said|told (?:you|u)) (?:everything|all) i (?:needed|wanted|had) to say|dont come (?:by|over|home)|(?:going to|gonna|will|ill) (?:be with|join) (?:grandpa|grandma|nana|papa|pops|my (?:mom|mum|dad|brother|sister|son|daughter|baby)|\w+) (?:again )?(?:soon|in heaven|on the other side)|(?:wasnt|isnt|not) (?:their|your|his|her|anyones) fault|(?:hear|see|hug|hold) (?:your|you|u) (?:\w+ )?one (?:more|last|final) time|(?:last|final) (?:post|shift|day) (?:on here|here|ever)`;

// A means of dying and what makes it one.
const means = String.raw`${pills}|\d+ ?mg|rope|noose|belt|cord|gun|shotgun|pistol|rifle|bullets?|shells|bridge|overpass|parking garage|ledge|roof|rooftop|tracks|train|tube|subway|freight|bleach|antifreeze|fireball|vodka|razors?|blades?|knife|tylenol|sertraline|lorazepam|diazepam|clonazepam|alprazolam|temazepam|quetiapine|amitriptyline|fluoxetine`;
const deadly = String.raw`enough (?:for me|to (?:die|end|kill|not|never|make sure|do it|go|put me|finish))|should be enough|lethal|fatal|deadly|painless\w*|(?:not|never) (?:survive|wake)|(?:dont|wont) wake|bleed out|end (?:it|things|my life)|kill me|to die|shut (?:\w+ )?(?:liver|heart|kidneys) down|do the job|(?:be )?quick(?:est)? (?:way|death)|(?:not|isnt|aint|wasnt) for (?:shaving|camping|work|the yard)|(?:a )?sure thing|guaranteed|on purpose|does it hurt|(?:just )?fall asleep (?:and|or)|actually too (?:many|much)|(?:fire|emergency) exit|plan b|back ?up plan|exit plan|escape hatch|count(?:ed|ing)? (?:them|the pills|my pills|it) (?:twice|again|over|all|three times|a few times)|strong enough to (?:hold|take|support) (?:a |my )?(?:grown |full grown )?(?:man|person|adult|woman|weight|me)`;

// A harm done on purpose and someone it is done to.
const harm = String.raw`kill|end|murder|shoot|stab|slit|strangle|choke|beat|hurt|break|burn|smash|bury|cut|run over|wreck|destroy|snap|gut|cave|bash|stomp|curb ?stomp|pop|merk|torch|drown|knife|glass|bottle`;
const someone = String.raw`you|u|ya|him|her|them|yall|his|your|their|(?:that|this) (?:\w+ )?(?:guy|man|dude|bitch|bastard|fucker|snitch|motherfucker|nurse|cop|woman|girl|boy|kid)|the (?:next (?:person|guy|one)|guy|man|dude|bitch|bastard|snitch)|every\w+|any\w+|who\w*|my (?:ex|boss|wife|husband|dad|father|mom|mother|brother|sister|stepdad|landlord|neighbor|roommate|dealer|girlfriend|boyfriend|sponsor|po|son|daughter|uncle|cousin)|\w+s (?:new )?(?:man|boyfriend|girlfriend|husband|wife)`;
const willing = String.raw`ill|i will|going to|about to|im bringing|i swear(?: to god)?(?: ill| i will)?`;
// Games and play: "you'll pay for this when I beat you at Mario Kart".
const games = String.raw`\b(?:leftovers|chess|cards|games?|lego|video|poker|rematch|beat (?:you|me|us) at|mario|kart|fifa|madden|fortnite)\b`;
// Context that makes a quieter sign dark: a goodbye, despair, someone told where to find the writer.
const dark = String.raw`\b(?:not asking (?:you )?to come|wanted (?:someone|you|u) to know|where (?:the car|i am|im at) is|dont know why im telling|cant do (?:this|it) anymore|good ?bye|sorry for everything|no point|end it|better off|no way out|hopeless|worthless|burden|hate my ?self|nobody (?:cares|would)|plan b|fire exit|way out|not taking them|just having them)\b`;

// What the writer is, at worst.
const worst = String.raw`worthless|useless|pathetic|disgusting|unlovable|a (?:\w+ )?(?:failure|disappointment|disgrace|waste|loser|fuck ?up|screw ?up|lost cause|mistake)|(?:\w+ )?(?:garbage|trash)|nothing|toxic|poison|the problem|the worst (?:thing|person|mother|father|mom|dad|son|daughter|wife|husband|sister|brother)|a (?:\w+ )?joke(?! about)|a mess (?:of a|and a)|a liar and a|no good|beyond (?:help|saving)|a curse|an? (?:terrible|horrible|awful|bad|rotten|shitty|sorry|sorry excuse for a|excuse for a) (?:person|human(?: being)?|mother|father|mom|dad|son|daughter|wife|husband|parent|friend|man|woman|sister|brother)|a monster|scum|a lowlife|damaged goods|a fraud|an? (?:disease|blight|infection)\b|a piece of (?:shit|crap|trash|garbage)|the black sheep|an? (?:cancer|plague|stain|parasite|leech|virus)\b|defective|the (?:\w+ )?(?:disappointment|failure|screw ?up|fuck ?up|mistake|disgrace|loser|letdown)|the common denominator|a (?:\S+ )?mistake|an? (?:\w+ )?(?:junkie|addict|drunk|thief|liar) (?:who|that) (?:steals|lies|ruins|cant|never|always)`;
// Pain, misery, trouble: what a burden brings.
const grief = String.raw`pain|misery|trouble|grief|heartache|problems|stress|hurt|worry|worries|disappointment|shame|drama`;

const wrote = String.raw`${joke}|${reported}|${news}|${toldSo}`;

export const crisisEnGeneral = [
	// A goodbye where something in the message makes it the last one.
	...crisisRules('urgent', 'farewell', [
		{
			re: new RegExp(`\\b(?:${goodbye})`, 'gm'),
			requires: new RegExp(`\\b(?:${final})`),
			negatable: false,
			unless: guard`${joke}|${recovered}|${away}|\b(?:amends|step|sponsor|therapist|gratitude)\b`
		}
	]),
	// A means with what makes it deadly, either way round; a means at hand that is stared at, tied, running.
	...crisisRules('urgent', 'method', [
		{
			re: anyOf(
				r`\b(?:${means})\b(?: \w+){0,6}? (?:${deadly})\b`,
				r`\b(?:${deadly})\b(?: \w+){0,4}? (?:${means})\b`,
				r`\b(?:star(?:e|es|ing|ed)|look\w*|keep (?:looking|thinking about)|thinking about)(?: at)? (?:the |my |that |his |dads )?(?:rope|noose|belt|gun|shotgun|pistol|razor|blade|pills|tracks|ledge|overpass|bottle of \w+)\b`,
				r`\b(?:belt|rope|noose|cord|sheet)s? (?:is |are )?(?:already )?(?:tied|hung|hanging|attached|ready)\b(?: \w+){0,4}? (?:to|on|around|from|over) (?:the |my |a )?(?:closet|rod|beam|rafter|door|ceiling|fan|tree|neck|railing|banister|hook|pipe)`,
				r`\b(?:car|engine|truck) (?:\w+ )?(?:running|on) (?:in|inside) (?:the |a )?(?:closed |shut )?garage|\brun\w* the (?:car|engine|truck) in (?:the|a) (?:closed |shut )?garage`,
				r`\b(?:walk|step|jump|lie|lay|stand|throw my ?self)\w* (?:out )?in front of (?:a |the |an )?(?:\S+ ){0,2}?(?:train|bus|truck|semi|traffic|tube|subway|metro|tram|lorry)\b`,
				r`\bwhat (?:would )?happens? if (?:you|i|u|someone|a person) (?:take|took|mix|mixed|swallow\w*|drink|drank)\w* (?:\w+ ){0,2}?(?:all|a (?:whole|bunch)|\d+|too many|everything|the whole|twice|double)\b`,
				r`\bhow (?:many|much|long)\b(?: \w+){0,5}? (?:${means})\b(?: \w+){0,4}? (?:take|takes|until|before|to (?:kill|die|stop|not))\b`,
				r`\b(?:max|maximum|lethal) dose\b(?: \w+){0,4}? (?:over|above|double|triple|past|more than)\b|\b(?:double|triple|over|above|past) the (?:max|maximum) dose\b`,
				r`\b(?:how (?:long|fast|quick)|how to|i (?:want|could|will|would)|let me)(?: \w+){0,6}? bleed (?:out|to death)\b`,
				r`\b(?:drink|swallow|chug)\w* (?:\w+ ){0,4}?(?:bleach|antifreeze|drain cleaner|rat poison)\b`,
				r`\b(?:dads|my|the|his) (?:shotgun|gun|pistol|rifle)\b(?: \w+){0,6}? (?:shells|bullets|ammo|loaded|where he keeps)\b`
			),
			unless: guard`${joke}|${news}|${reported}|${past}|\b(?:migraine|headache|toothache|cramps|hunting|range|deer|recipe|cleaning|dentist|vet)\b`
		}
	]),
	{
		level: 'urgent' as const,
		category: 'method' as const,
		re: /\b(?:should|would|will|thats|that is|its|it is|is) (?:be |definitely |more than |plenty )?enough (?:for me|to (?:do it|do the job|end it|not wake|never wake|die|make sure))\b/g,
		requires: new RegExp(`\\b(?:${means})\\b`),
		unless: guard`${joke}|${news}|${reported}|${past}`
	},
	// "I will" with a harm and a person, "you'll pay", "put you in the hospital".
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
	]),
	// "I'm" with what the writer is at worst; hating, ruining, being disgusted by oneself.
	...crisisRules('concern', 'worthless', [
		{
			re: anyOf(
				r`\b(?:im|i am|i feel like|i feel|feel like|ive become|i turned out to be|i was born|i know im)(?! not| no longer| never)(?: (?:so|such|just|really|totally|completely|a total|literally|fucking|honestly|always|nothing but|the biggest|a complete|been|like|a)){0,3} (?:${worst})\b(?! (?:solver|child|at|with|when it comes|to worry|compared|else|special|new|but|like (?:my|him|her)|serious|wrong|happens|bad|to (?:you|him|her|them)))`,
				r`\b(?:what a|such a) waste of (?:a )?(?:human|person|life|space|air|oxygen|skin)\b`,
				r`\bi (?:ruin|destroy|wreck|mess up|fuck up|screw up|poison|break|ruined|destroyed) (?:\w+ ){0,2}?(?:everything|every (?:\w+ ){0,2}?(?:thing|one|person|relationship)|all (?:i|that) (?:touch|love))\b`,
				r`\b(?:disgusted|sick|ashamed) (?:by|of|with) (?:who|what) (?:i|im) (?:see|am|have become|ve become|became)?\b`,
				r`\b(?:cant stand|hate|sick of|tired of) being me\b|\b(?:im|i am|being) (?:the |a )?(?:\w+ ){0,3}?(?:who|that) (?:ruins|wrecks|destroys|messes up) (?:every\w*|it all|all)\b`,
				r`\b(?:im|i am|ill) (?:just |simply )?(?:never|not) (?:going to be |gonna be )?good enough\b(?! (?:at|to (?:make|play|get|win|join|go)|for (?:the|this|that|a) (?:team|job|school|college|position|role|program)))`,
				r`\b(?:nobody|no one|noone) (?:could|will|would|can) (?:ever )?love (?:someone like )?me\b`,
				r`\bi (?:dont|do not) deserve (?:her|him|them|you|my kids|love|to be loved|anything good|any of (?:you|this))\b`,
				r`\bi hate (?:my ?self|me|who i am)\b(?! (?:for (?:eating|saying|forgetting|buying|missing|not going)|when i eat))`
			),
			unless: guard`${joke}|${hyperbole}|${wrote}|${past}|${longAgo}|\b(?:(?:acting|act|treat\w* me|look\w* at me|talk\w* to me) like|as if)\b`
		}
	]),
	// Everyone better off or easier without the writer, the writer in the way or dragging them down.
	...crisisRules('concern', 'burden', [
		{
			re: anyOf(
				r`\b(?:happier|better(?: off)?|easier|simpler|lighter|calmer|freer|safer)${gap} (?:without me\b|if i (?:wasnt|werent|was not|were not|was gone|were gone|didnt exist|never existed|just (?:left|disappeared|went away|wasnt here))(?= (?:here|around|alive|in (?:the picture|(?:\w+ )?li(?:fe|ves))|born|anymore)|\s*[.,!?]|$)|with me (?:gone|out of the picture))`,
				r`\b(?:theyd|youd|shed|hed|wed|kids would|(?:she|he|they|you) would) (?:\w+ ){0,4}?if it (?:wasnt|werent) for me\b`,
				r`\b(?:im|i am)(?! not| no longer| never)(?: (?:always|just|only|constantly|such|so|nothing but)){0,2} (?:in (?:the|every\w+s|your) way|a (?:weight|drain|burden|millstone)|dead weight)\b`,
				r`\b(?:holding|hold|dragging|drag|pulling|weighing|bringing) (?:every\w+|you|you all|yall|them|us|my (?:family|kids|wife|husband|mom|dad|parents)|the (?:family|kids)) (?:back|down)\b`,
				r`\b(?:you|u|they|she|he|my \w+|the kids|yall) (?:all )?deserves? (?:so |way |much )?(?:much )?better than me\b`,
				r`\b(?:all|only thing) i (?:ever )?(?:do|bring|cause|give)(?: \w+)? (?:is |are )?(?:\w+ )?(?:${grief})\b|\bi (?:only|just|always) (?:bring|cause|give|make) (?:\w+ ){0,2}?(?:${grief})\b`,
				r`\b(?:im|i keep|i am|ive been|i just keep) (?:ruining|wrecking|destroying|messing up) (?:your|her|his|their|every\w+s|my (?:\w+s?)|peoples) li(?:fe|ves)\b`,
				r`\b(?:putting|put|dragging|drag) (?:you|them|her|him|every\w+|my \w+|yall|you guys) through (?:this|all (?:of )?this|hell|so much|it again)\b`,
				r`\b(?:i cost|costing|cost) (?:you|u|them|her|him|every\w+|yall|you guys|u guys) (?:so much|everything|too much)\b`,
				r`\b(?:youd|theyd|shed|hed|you would|they would|she would|he would)(?: all)? (?:finally )?(?:be free|have (?:your|their|her|his) (?:life|lives|money|peace) back|never have to worry)\b`,
				r`\b(?:has|have|had) to (?:take care of|babysit|watch|worry about|clean up after|bail) me\b`,
				r`\b(?:shouldnt|should not|dont|nobody should|no one should) (?:have to )?(?:keep )?(?:carry|carrying|babysit\w*|deal with|dealing with|clean up after|put up with|take care of) me\b`
			),
			negatable: false,
			unless: guard`${joke}|${hyperbole}|${wrote}|${recovered}|${past}|${longAgo}|\b(?:sometimes|asking for|rides?)\b`
		}
	]),
	// A quieter farewell that stands alone: a funeral planned, a letter being left, the insurance clause.
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
	]),
	// Decided, a time named; taking oneself out of the picture; "I mean done".
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
	]),
	// Pills kept like an exit; pills with a bottle; gas from cleaning stuff; a train's time; a bridge without a fence.
	...crisisRules('urgent', 'method', [
		{
			re: anyOf(
				r`\b(?:stack|stash|sav|hoard|collect|stockpil|hid|hiding)\w* (?:them|it|these|those|my \w+|the \w+)\b(?: \w+){0,4}? (?:in (?:a|an|my|the) (?:\w+ ){0,2}?(?:tin|box|jar|bag|sock|drawer|bottle|envelope)|since \w+|for (?:months|weeks|a while))`,
				r`\b(?:have|got|counted|saved|stashed) (?:like |about |over |almost )?(?:\d{2,}|fifty|sixty|a hundred|hundreds) (?:of )?(?:my |the |these )?(?:\w+ )?(?:${pills})\b`,
				r`\b(?:${pills})\b(?: \w+){0,5}? (?:and|with|plus) (?:a |an |the |some |like )?(?:whole )?(?:bottle|fifth|handle|pint) of \w+`
			),
			requires: new RegExp(dark),
			unless: guard`${news}|${reported}`
		},
		{
			re: anyOf(
				r`\b(?:mix|mixing|mixed|makes?|making)\b(?: \w+){0,5}? (?:gas|fumes)\b`,
				r`\b(?:what time|exact time|when) (?:does |do )?(?:the )?(?:\S+ )?(?:freight|train|tube|subway)\b|\b(?:freight|train)(?: \S+){0,6}? (?:exact time|every night|at night)\b`,
				r`\b(?:highest|tallest) (?:bridge|overpass|cliff|parking (?:garage|structure)|building)s?\b(?! in the world)`,
				r`\b(?:made|make|making|tied|tie|tying) (?:a |the )?noose\b`,
				r`\b(?:bridge|overpass)\b(?: \w+){0,6}? (?:fence|barrier|net|railing)\b`,
				r`\b(?:quickest|fastest|easiest|best|surest|painless\w*) way to (?:\w+ ){0,5}?(?:permanently|forever|for good|not (?:feel|wake|be)|stop (?:feeling|existing|breathing))\b`,
				r`\b(?:mix|mixing|take|taking|combine)\w* (?:\w+ ){0,2}?(?:${pills})\b(?: \w+){0,3}? (?:with|and) (?:\w+ ){0,4}?(?:vodka|whiske?y|wine|beer|booze|alcohol|liquor|fifth|handle|tequila|rum|gin)\b(?: \w+){0,6}? (?:hurt|die|fall asleep|wake|kill|dangerous|lethal)`,
				r`\bhow (?:many|much)(?: \w+){0,4}? (?:${pills})\b(?: \w+){0,3}? (?:is |are )?(?:actually |really )?too (?:many|much)\b`
			),
			unless: guard`${joke}|${news}|${reported}|\b(?:migraine|headache|toothache|cramps|cooking|recipe|cleaning the|pest|bugs|commute|trivia|world|tourist|photos?|view|walk)\b`
		}
	]),
	// A threat said sideways: where someone lives or parks, first on a list, watch your back, a weapon in the truck.
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
	]),
	// Worthless, said another way: not worth anything, nothing in there worth saving, a mistake God made.
	...crisisRules('concern', 'worthless', [
		{
			re: anyOf(
				r`\b(?:worthless|useless|pathetic|defective)\b(?<=\b(?:im|i am)(?: (?!not\b|never\b)\w+){0,3} \w+)(?! (?:at|with|when it comes to) )`,
				r`\bif i (?:was|were) worth (?:anything|something|a damn|a shit)\b|\b(?:im|i am) not worth (?:anything|a damn|saving|the trouble|the effort|the money|loving|the air|the space)\b`,
				r`\bnothing (?:in (?:there|me|here) |left (?:in me )?|about me )?worth (?:saving|loving|keeping)\b`,
				r`\b(?:god|my parents|mom|dad|they|life) (?:made|make) a mistake (?:with|making|on) (?:me|this one)\b`,
				r`\b(?:everything|every (?:\w+ )?thing|anything) i (?:touch|do|love)\w* (?:turns|goes|ends up|falls apart|breaks|dies|rots)\b`,
				r`\b(?:im|i am) the (?:one|kid|son|daughter) (?:\w+ ){0,3}?(?:write off|give up on|be ashamed of|turned out bad|that failed|who failed)\b`,
				r`\bi (?:dont|do not) deserve (?:\w+ ){0,2}?(?:cards|gifts|kindness|help|love|you|her|him|them|anything|nice things|a family)\b`,
				r`\bthe only word (?:for (?:me|it) )?(?:is|would be) (?:${worst})\b`,
				r`\b(?:love|deal with|put up with) (?:someone|somebody) like me\b`
			),
			unless: guard`${joke}|${hyperbole}|${wrote}|${recovered}|${longAgo}|\b(?:(?:acting|act|treat\w* me|look\w* at me|talk\w* to me) like|as if)\b`
		}
	]),
	// A burden, said another way: the anchor, the reason, poorer every month I'm alive, a weight around their neck.
	...crisisRules('concern', 'burden', [
		{
			re: anyOf(
				r`\b(?:im|i am) (?:the|a|an|just a|such a) (?:anchor|weight|dead weight|millstone|ball and chain|albatross|chore|hassle|pain in (?:the|your) (?:ass|neck)|drain)\b`,
				r`\b(?:all of (?:you|them)|every\w+|you all|yall)\W+(?:would be )?better off\b`,
				r`\b(?:wouldnt it be|it would be|itd be|would be) (?:so )?(?:nice|easier|better|a relief)(?: \w+){0,8}? (?:stop|end|be over|go away)(?: \w+){0,2}? (?:for good|forever|permanently)\b`,
				r`\bcross my ?self off\b`,
				r`\b(?:would|wouldve|could|couldve|youd|theyd|shed|hed|wed|itd|finally)\b(?: \w+){0,8}? if i (?:wasnt|werent|was not|were not) (?:in the picture|around|here|alive|in (?:your|their|her|his|the) li(?:fe|ves)|born)\b`,
				r`\bdeserves? (?:a |an )?(?:better |real |good )?(?:mom|dad|mother|father|parent|son|daughter|wife|husband|sister|brother)(?: who| that)? (?:isnt|is not|doesnt|is sober|better than me)\b`,
				r`\b(?:weight|millstone|anchor) (?:around|round|on) (?:their|your|his|her|every\w+s|my \w+s?) necks?\b`,
				r`\bvisit me (?:at|in) the (?:cemetery|grave|graveyard)\b|\b(?:at|on|by) my grave\b`,
				r`\bi (?:ruin|ruined|wreck|wrecked|destroy|destroyed|poison)\w* (?:\w+ ){0,2}?(?:peoples|every\w+s|your|their|her|his|my \w+s?) li(?:fe|ves)\b|\bjust by (?:existing|being (?:here|alive|me|around|in (?:them|it|their lives)))\b`,
				r`\b(?:harder|worse|hell|miserable|ruined|broke|poorer|stressed|crying|cries)\b(?: \w+){0,3}? because of (?:me\b|one person)`,
				r`\bevery (?:day|month|year|minute|week) (?:that )?im (?:alive|here|around|breathing)\b(?! (?:feels|is|seems))`,
				r`\b(?:be|being|im|i am) the reason (?:\w+ ){0,4}?(?:anymore|cries|crying|drinks|sad|miserable|broke|cant|left|hurting|stressed|sick|fight)\b`
			),
			negatable: false,
			unless: guard`${joke}|${hyperbole}|${wrote}|${recovered}|${past}|${longAgo}|\b(?:lost|miss|who would|without my help)\b`
		}
	]),
	// Trapped, as a picture: no out, every door locked, a hole with no ladder, drowning while others watch.
	...crisisRules('concern', 'trapped', [
		{
			re: anyOf(
				r`\b(?:theres|there is|i have|i see|got) no (?:out|exit|door|way (?:forward|through|up))\b`,
				r`\bstuck (?:in|with)(?: \w+){0,3}?, stuck\b`,
				r`\b(?:cant|cannot|can not) (?:even )?(?:see|imagine|picture) (?:next|the next|past|beyond) (?:year|week|month|tuesday|\w+day|christmas)\b`,
				r`\bno (?:door|exit)(?: \w+){0,4}? (?:out|that (?:doesnt|dont)|leads?)\b`,
				r`\bevery (?:single )?door (?:is |s )?(?:locked|closed|shut)\b`,
				r`\b(?:hole|pit|well|box|cage)(?: \w+){0,2}? (?:with )?no (?:ladder|way out|top|door|exit|rope)\b`,
				r`\b(?:like|feels like|im) (?:drowning|suffocating|sinking) (?:in|under|and)\b(?! (?:work|paperwork|homework|laundry|emails?|bills|assignments|dishes))`
			),
			unless: guard`${joke}|${hyperbole}|${news}|${bounded}|\b(?:parking|building|lot|traffic|game|escape room|maze)\b`
		}
	]),
	// Self-harm said sideways: the lighter again, the blade that works better, the red again, relapsed on the blades.
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
	]),
	// Withdrawal said another way: the shakes getting worse.
	...crisisRules('urgent', 'withdrawal', [
		{
			re: /\b(?:the )?shakes (?:are|is|getting|keep getting) (?:worse|bad|really bad|so bad)\b/g,
			unless: guard`${past}|${news}`
		}
	]),
	// Most or all of something taken, even with a laugh after it: "swallowed the rest of the gabapentin lol".
	...crisisRules('urgent', 'overdose', [
		{
			re: re`\b(?:took|swallowed|downed|popped|ate|drank|taken) (?:all|the rest|what was left|half|most|everything (?:that )?(?:was )?left) (?:of |in )?(?:my |the |his |her |those |these |\w+s )?(?:\w+ ){0,2}?(?:${pills}|bottle|script|prescription|nyquil|benadryl|sleeping tablets)\b`,
			unless: guard`${past}|${longAgo}|${news}|${reported}|\b(?:vitamins?|gummies|antibiotics?)\b`
		}
	]),
	// Found, asleep for good, out of the way: a last word that stands alone.
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
	]),
	...crisisRules('urgent', 'method', [
		{
			re: /\b(?:thatll|that will|this will|itll|that should|should) do (?:it|the job|the trick)\b/g,
			requires: new RegExp(`\\b(?:${means})\\b`),
			unless: guard`${joke}|${news}|${reported}|${past}|\b(?:for (?:today|now|tonight)|recipe|paint|glue)\b`
		},
		// Waiting by the tracks with the train's time: "parked by the tracks, the freight one comes through at 10:40".
		{
			re: anyOf(
				r`\b(?:looked up|look up|looking up|checked|check|googled|know|memori[sz]ed|learned|found) (?:\w+ ){0,2}?(?:schedule|timetable|train times|times the)\b`,
				r`\b(?:freight|train|express|amtrak|last one|next one)(?: one| train)? (?:comes?|passes?|goes?|runs?|gets? here|rolls?|is due) (?:through |by |past )?(?:at|around|about|by|in) (?:\d|midnight|noon|ten|eleven|twelve|one|two|three|four|five|six|seven|eight|nine)`
			),
			requires: guard`\b(?:tracks|railroad|rail line|railway|crossing|platform|trestle)\b`,
			unless: guard`${joke}|${news}|${reported}|\b(?:commute|late for|catch (?:it|the)|ride|ticket|trip|station pickup|pick (?:me|you|u) up)\b`
		},
		// A means at hand, not used yet but wanted: "locked in the bathroom w a razor, havent done it yet but i want to".
		{
			re: re`\b(?:havent|have not|didnt|not|hasnt) (?:done|do|did|gone through with|used|touched) (?:it|them|anything|that) yet\b(?:,? (?:but|and))?(?: \w+){0,3}? (?:want|wanna|need|going|gonna|about|tempted|itching|really want|so close)\b`,
			requires: new RegExp(`\\b(?:${means}|lighter|scissors)\\b`),
			negatable: false,
			unless: guard`${joke}|${news}|${reported}`
		},
		{
			re: re`\b(?:bridge|overpass|tracks|cliff|ledge)\b(?: \w+){0,8}? (?:slow down|pull over|look (?:down|over)|think about (?:it|jumping))\b(?: \w+){0,2}? every (?:time|day|night)\b`,
			unless: guard`${joke}|${news}|\b(?:traffic|construction|potholes?|view|sunset|photos?)\b`
		}
	]),
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
	]),
	...crisisRules('concern', 'worthless', [
		{
			re: anyOf(
				r`\b(?:never|cant|can never|cannot) (?:done|do|get) (?:anything|a single thing|one thing) right\b`,
				r`\b(?:im|i am) the reason (?:\w+ ){0,4}?(?:is|are|was|were) (?:so )?(?:broken|falling apart|miserable|sad|broke|suffering|fighting|gone|ruined|a mess|unhappy)\b`
			),
			unless: guard`${joke}|${hyperbole}|${wrote}|${past}|${longAgo}|\b(?:recipe|cooking|exam|test|class|math)\b`
		}
	]),
	...crisisRules('concern', 'burden', [
		{
			re: anyOf(
				r`\bi (?:bring|cause|give) (?:nothing but|only) (?:${grief})\b`,
				r`\b(?:doing|do|did) (?:every\w+|you|them|the world|you all|yall|my family) a favou?r (?:by|if i)\b`,
				r`\bbetter off (?:not (?:knowing|having|seeing) me|never (?:having|knowing|meeting) me)\b`
			),
			negatable: false,
			unless: guard`${joke}|${hyperbole}|${wrote}|${recovered}|${past}|${longAgo}`
		}
	]),
	...crisisRules('concern', 'trapped', [
		{
			re: anyOf(
				r`\b(?:never|not ever|wont ever|cant|cannot) (?:going to |gonna )?(?:get|climb|crawl|dig) (?:my ?self )?out of (?:this|the) (?:hole|pit|darkness|hell)\b`,
				r`\b(?:my life|life|every day|living|existing)(?: is| feels like)(?: \w+){0,2}? (?:a |my )?(?:prison|cage|jail|trap)\b`,
				r`\bevery (?:way|where|direction|door) i (?:turn|look|go)\b`
			),
			unless: guard`${joke}|${hyperbole}|${news}|\b(?:game|maze|parking|traffic|movie)\b`
		}
	]),
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
