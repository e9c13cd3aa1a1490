// English method concepts: a means with what makes it deadly, means kept or asked about, a means at hand.

import { dark, deadly, means } from './crisis.en.general.words.ts';
import { pills } from './crisis.en.medical.ts';
import { joke, news, past, reported } from './guards.ts';
import { anyOf, crisisRules, guard, r, re, type CrisisRule } from './rules.ts';

// A means with what makes it deadly, either way round; a means at hand that is stared at, tied, running.
export const meansMadeDeadly: CrisisRule[] = [
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
	}
];

// Pills kept like an exit; pills with a bottle; gas from cleaning stuff; a train's time; a bridge without a fence.
export const meansKept: CrisisRule[] = [
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
	])
];

// A means at hand, said plainly: "that'll do it" beside a means, a train's time by the tracks, a means not
// used yet, slowing at a bridge every time.
export const meansAtHand: CrisisRule[] = [
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
	])
];
