// English despair concepts at the concern level: worthless, a burden, trapped.

import { gap, grief, worst, wrote } from './crisis.en.general.words.ts';
import { bounded, hyperbole, joke, longAgo, news, past, recovered } from './guards.ts';
import { anyOf, crisisRules, guard, r, type CrisisRule } from './rules.ts';

// "I'm" with what the writer is at worst; hating, ruining, being disgusted by oneself.
export const worthlessSaid: CrisisRule[] = [
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
	])
];

// Everyone better off or easier without the writer, the writer in the way or dragging them down.
export const betterOffWithout: CrisisRule[] = [
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
	])
];

// Worthless, said another way: not worth anything, nothing in there worth saving, a mistake God made.
export const worthlessAnotherWay: CrisisRule[] = [
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
	])
];

// A burden, said another way: the anchor, the reason, poorer every month I'm alive, a weight around their neck.
export const burdenAnotherWay: CrisisRule[] = [
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
	])
];

// Trapped, as a picture: no out, every door locked, a hole with no ladder, drowning while others watch.
export const trappedPictured: CrisisRule[] = [
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
	])
];

// Worthless as a verdict: never doing anything right, the reason everyone is miserable.
export const neverRight: CrisisRule[] = [
	...crisisRules('concern', 'worthless', [
		{
			re: anyOf(
				r`\b(?:never|cant|can never|cannot) (?:done|do|get) (?:anything|a single thing|one thing) right\b`,
				r`\b(?:im|i am) the reason (?:\w+ ){0,4}?(?:is|are|was|were) (?:so )?(?:broken|falling apart|miserable|sad|broke|suffering|fighting|gone|ruined|a mess|unhappy)\b`
			),
			unless: guard`${joke}|${hyperbole}|${wrote}|${past}|${longAgo}|\b(?:recipe|cooking|exam|test|class|math)\b`
		}
	])
];

// A burden as a favour: "doing everyone a favour", better off never having known me.
export const favourByGoing: CrisisRule[] = [
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
	])
];

// Trapped for good: never climbing out of the hole, life a prison, every way I turn.
export const noWayOut: CrisisRule[] = [
	...crisisRules('concern', 'trapped', [
		{
			re: anyOf(
				r`\b(?:never|not ever|wont ever|cant|cannot) (?:going to |gonna )?(?:get|climb|crawl|dig) (?:my ?self )?out of (?:this|the) (?:hole|pit|darkness|hell)\b`,
				r`\b(?:my life|life|every day|living|existing)(?: is| feels like)(?: \w+){0,2}? (?:a |my )?(?:prison|cage|jail|trap)\b`,
				r`\bevery (?:way|where|direction|door) i (?:turn|look|go)\b`
			),
			unless: guard`${joke}|${hyperbole}|${news}|\b(?:game|maze|parking|traffic|movie)\b`
		}
	])
];
