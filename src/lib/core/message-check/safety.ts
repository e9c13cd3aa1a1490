// Someone else hurting or threatening the writer: "he hit me again", "mi pareja me golpea". That is a safety
// concern for the writer, worth its own words and the domestic violence line; it is not self-harm and not by
// itself a crisis (a threat to the writer's life is, in crisis.*.ts). Both languages run on every message.

import { joke, past } from './guards.ts';
import { negations } from './negation.ts';
import { toSpan, type Folded } from './normalize.ts';
import { anyOf, guard, mergeRanges, r, re, ruleMatches, type Rule } from './rules.ts';
import type { Span } from './types.ts';

export const safetyRules: Rule[] = [
	{
		// Its own "not": "he never hit me" is not, "when I said that's not true she slapped me" is.
		re: re`\b(?:he|she|they|someone|somebody|hes|shes|theyre)\b(?: (?!never\b|not\b|didnt\b|doesnt\b|dont\b|wont\b|wouldnt\b|cant\b)\w+){0,2}? (?:hit\w*|beat\w*|chok\w+|strangl\w+|punched|slapp\w*|push\w*|shov\w*|kick\w*) (?:me|us)\b(?! (?:up|a |an |some|with the truth|to|into (?:going|doing)|around))`,
		negatable: false,
		unless: guard`${past}`
	},
	{
		re: re`\bme (?:golpeo|golpea|golpearon|estan golpeando|esta golpeando|pega|pego|pegaron|ahorco|ahorca|estrangulo|empuja|empujo|patea|pateo|cachetea|cacheteo)\b`,
		unless: guard`${past}`
	},
	// English: hurt, threatened, held or watched by someone else, whoever it is ("Dad grabbed me", "my ex keeps
	// showing up at my job"). A threat to the writer's life is also a crisis (crisis.en.ts); both are shown.
	{
		re: anyOf(
			r`(?<!\b(?:i|you|u|we|im|youre|to|dont|didnt|let|car|truck|bus|train|bullet|lightning|it|this|that|karma)(?: \w+){0,2} )\b(?:hit|hits|hitting|slapped|slaps|slapping|punched|punches|punching|kicked|kicks|kicking|choked|chokes|choking|strangled|strangles|shoved|shoves|shoving|pushed|pushes|grabbed|grabs|grabbing|dragged|drags|spit on|spits on|spitting on|spat on|beat|beats|beating|threw (?:\w+ ){0,2}?at|throws (?:\w+ ){0,2}?at|hurts|hurting|pinned|pins|locked|threatened|threatens|threatening|stalking|stalks|raped|molested|touches|touching|(?:will|ll|going to|gonna|gon|to) (?:hurt|beat))\b (?:me|us)\b(?! (?:up|out|know|to (?:do|be|go|the|a|work|school|class|lunch|dinner|it)|into (?:going|doing)|around|back|in a (?:game|match)|with (?:the|a|his|her) (?:truth|idea|news|question)|off|down|hard|a |an |some))`,
			r`\b(?:wont|doesnt|dont|never) let me (?:leave|go out|see my|have my (?:phone|keys|money)|talk to|call)\b`,
			r`\b(?:keeps|kept|been|is|was) (?:showing up|following me|watching (?:me|my|the)|waiting (?:for me )?outside|sitting outside)\b(?: \w+){0,3}? (?:at|outside|by|around)? ?(?:my|the) (?:job|work|house|place|apartment|door|school|bus stop)\b`,
			r`\b(?:following|followed|follows) me (?:home|to (?:work|my)|from)\b`,
			r`\bim (?:a |as good as )?dead (?:man|woman|meat)\b|\bnext time (?:its|it will be|itll be) me\b`,
			r`\b(?:he|she|they|hes|shes|theyre|theyll|hell|shell|them|my \w+|the (?:dude|guy|man|plug|dealer|connect))\b(?: \w+){0,3}? (?:kill|shoot|stab|murder) (?:me|us)\b`,
			r`\b(?:locked|locks|locking) (?:me|us) (?:out|in)\b`,
			r`\b(?:tracks|tracking|checks|reads|goes through|went through) my (?:location|phone|texts|messages)\b`,
			r`\b(?:scared|afraid|terrified) (?:of (?:him|her|them|my (?:ex|boyfriend|husband|partner|dad))|(?:hell|shell|theyll|he will|she will|hes going to|shes going to) (?:hurt|hit|find|come after) me)\b`
		),
		unless: guard`${past}|${joke}`
	},
	// English, by concept: a weapon pulled, a fist through the wall by the writer's head, things taken or checked,
	// a home watched or damaged, being made to do things, being scared to go home. "If I don't, he locks me in"
	// carries a "don't" that negates nothing, so these read their own negation.
	{
		re: anyOf(
			r`\b(?:pulled|pulls|pointed|points|waved|held|holds) (?:a |his |her |the |their )?(?:knife|gun|blade|pistol|bat) (?:on|at) (?:me|us)\b|\b(?:they|he|she) (?:pulled|pull) (?:a|his|her|the) (?:knife|gun|blade|pistol)\b`,
			r`\b(?:scared|afraid|terrified) (?:to (?:go home|go back|leave|sleep|tell (?:him|her|them))|of what (?:he|she|they)(?:ll| will| might| would) do)\b`,
			r`\b(?:he|she|they|hes|shes|theyre) (?:took|takes|taking|keeps|hides|hid|hiding) my (?:id|phone|passport|(?:whole )?paycheck|wallet|documents|papers)\b`,
			r`\b(?:checks|tracks|reads) (?:the miles|my (?:phone|location|receipts|texts|mileage|odometer|bank))\b`,
			r`\b(?:fist|hand|punch\w*|hole) (?:\w+ ){0,2}?through the (?:door|wall|window) (?:next to|by|beside|near|behind) my (?:head|face)\b|\bnext time it (?:wont|will not|aint) be the (?:door|wall)\b`,
			r`\b(?:slashed|slashes|slit|keyed|smashed|busted) my (?:tires|car|windows?|windshield)\b|\b(?:driving|drives|drove|walking|walks|parked|parks) (?:\w+ ){0,2}?(?:past|by|outside) my (?:place|house|apartment|job|work)\b`,
			r`\b(?:was|is|keeps|been) (?:waiting|parked|sitting|showing up) (?:for me )?(?:by|at|outside|near) (?:my|the) (?:car|house|door|job|work|place|meetings?|school)\b`,
			r`\b(?:makes|made|forces|forced|forcing) me (?:to )?(?:buy|sell|steal|use|give|hand over|sleep)\b|\b(?:locks|locked|locking) me in\b`,
			r`\b(?:shoved|pushed|threw|knocked) (?:me|us) (?:down|into|against|off|through|across)\b|\bkicked me out (?:in|with(?:out)?) (?:my |the |no )?(?:socks|pajamas|cold|shoes|nothing|snow)\b`,
			r`\b(?:find|put|leave) me in (?:a|the) (?:ditch|ground|grave|river|trunk|dumpster)\b|\bmake sure i (?:never|dont|wont) see (?:the|my) (?:kids|children|son|daughter)\b`
		),
		negatable: false,
		unless: guard`${joke}`
	}
];

/** Where someone else hurts or threatens the writer, in order; empty when nothing does. */
export function findSafety(original: string, folded: Folded): Span[] {
	const ranges = safetyRules.flatMap((rule) => ruleMatches(folded.text, rule, negations.both));
	return mergeRanges(ranges).map(([start, end]) => toSpan(original, folded, start, end));
}
