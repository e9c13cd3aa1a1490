// English farewells: goodbyes, notes and letters, last times, affairs in order, a date or a deadline.

import { self } from './crisis.en.concern.ts';
import { joke, news, reported } from './guards.ts';
import { anyOf, guard, r, re, type CrisisRule } from './rules.ts';

// A goodbye to a place or a thing: "this is goodbye, 4B", "saying goodbye to this place", "bye old couch".
const placeBye = String.raw`\b(?:good ?bye|bye|farewell)(?: to)?,? (?:(?:this|that|the|my|our|old|ur|your) (?:old |little |sweet |first |crappy |shitty )?(?:place|apartment|apt|house|home|city|town|job|office|car|truck|couch|bed|room|dorm|neighborhood|street|school|building|team|country|state|phone|laptop|kitchen|yard|hometown|studio|flat|campus|lease)s?|[a-z]?\d+[a-z]?|apt \w+)\b`;
const leaving = String.raw`\b(?:rehab|treatment|detox|leav\w+ for|mov\w+|trip|flight|deploy\w*|vacation|camp|airport|boarding|on the plane|landed|for now|see you)\b`;

// Goodbyes, notes and letters, last times.
export const goodbyes: CrisisRule[] = [
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
	}
];

// "Goodbye" after a hard message: the goodbye is the farewell.
export const goodbyesAndDeadlines: CrisisRule[] = [
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
	}
];
