// English crisis language about the body: an overdose (said, too many, a whole bottle, a dangerous mix, pill
// emoji), the signs of one or of another medical emergency, and dangerous withdrawal. The past told as part of
// recovery, news and jokes are guarded, as in crisis.en.ts.

import { hearsay, joke, longAgo, news, otherwiseFine, past, reported } from './guards.ts';
import { anyOf, guard, r, re, type CrisisRule } from './rules.ts';

export const pills = String.raw`pills|meds|medication|prescription|tablets|xan\w*|bars|benzos|klonopin|valium|ativan|seroquel|ambien|trazodone|sleeping pills|painkillers|antidepressants|oxy\w*|perc\w*|fent\w*|heroin|opioids|vicodin|norcos?|methadone|morphine|tylenol|advil|insulin|lithium|gabapentin|adderall`;
const downers = String.raw`${pills}|benzo|\w+pam|dope|tramadol|lean|codeine`;
const alcohol = String.raw`alcohol|booze|liquor|vodka|whiske?y|tequila|rum|gin|wine|beers?|fifth|pint|bottle|drinks`;
const pastOrJoke = guard`${past}|${longAgo}|${hearsay}|${joke}`;

export const crisisEnMedical: CrisisRule[] = [
	// Overdose: said, too many or too much, a whole bottle, a dangerous mix, pill emoji.
	{
		level: 'urgent',
		category: 'overdose',
		re: anyOf(
			r`\b(?:overdos\w*|over dos\w*)\b`,
			r`\b(?:i|im|he|she|they|hes|shes|just|think|might|almost|going to|about to|have|may have)\s+(?:od|odd|oded|odding|ods|odded)\b`,
			r`\bod(?:d|ed)? on\b`
		),
		unless: guard`${past}|${longAgo}|${hearsay}|${news}|${reported}|\b(?:twice|(?:two|three|four|five|\d+|several|a few|many) times)\b`
	},
	{
		level: 'urgent',
		category: 'overdose',
		re: anyOf(
			r`\b(?:took|tak\w+|swallow\w*|pop\w*|did|used|snorted|shot(?: up)?|injected|downed) (?:way )?(?:(?:way |a lot )?more than (?:usual|normal|i should)|a (?:whole )?bottle of (?:${pills})|too (?:many|much)(?! time| of (?:your|my) time)|a (?:bunch|handful|ton|lot|whole bunch) of (?:\w+ ){0,2}?(?:${pills}|them)|all (?:of )?(?:my|the|his|her|those|these) (?:\w+ ){0,2}?(?:${pills})|(?:the|a|an|my) (?:whole|entire|full) (?:bottle|pack|packet|box|strip|blister|script|prescription|bag)|everything in (?:the|my) (?:medicine|cabinet|bottle|drawer)|double (?:the|my) dose|something (?:bad|weird|laced|off|wrong))`,
			r`\b(?:whole|entire|full) (?:bottle|pack|box) of (?:${pills})\b`,
			r`\bpills(?:\s+pills)+\b`,
			r`\b(?:took|taken|swallowed|popped|ate|downed|did)(?: like| about| around| maybe| over| almost| nearly)? (?:[5-9]|[1-9]\d+|ten|twenty|thirty|fifteen|a dozen|dozens of|a handful of)(?: of)?(?: my| the| his| her| those| these| all)? (?:\w+ )?(?:${pills})\b`,
			r`\b(?:took|did|used|shot|snorted|smoked|injected) (?:a lot of|so much|way too much|a ton of) (?:${downers}|coke|meth|crack|molly|shit|stuff)\b`
		),
		unless: pastOrJoke
	},
	{
		level: 'urgent',
		category: 'overdose',
		re: anyOf(
			r`\b(?:laced|cut) with (?:fent\w*|something)\b`,
			r`\b(?:it|that|something|the \w+) (?:was|is|were|must have been|might have been|mightve been) laced\b`,
			r`\bmix\w*\b(?: \w+){0,4}? (?:with|and|w) (?:\w+ ){0,2}?(?:${alcohol}|${downers})\b`,
			r`\b(?:took|tak\w+|popp\w*|did|doing|had|on|snorted)\b(?: \w+){0,3}? (?:${downers})\b(?: \w+){0,2}? (?:with|and|plus|on top of|w) (?:\w+ ){0,3}?(?:${alcohol}|drinking)\b`,
			r`\b(?:drank|drinking|downed)(?: \w+){0,3}? (?:${alcohol})\b(?: \w+){0,3}? (?:with|and|plus|then|on top of|w) (?:\w+ ){0,3}?(?:${downers})\b`
		),
		unless: guard`${past}|${longAgo}|${hearsay}|${news}`
	},
	// Signs of an overdose or a medical emergency.
	{
		level: 'urgent',
		category: 'overdose',
		re: anyOf(
			r`\b(?:cant|couldnt|hard to|trouble|struggling to|barely|not|isnt|stopped|wont|no longer) (?:breathe|breathing)\b`,
			r`\bbreathing (?:is |sounds |looks |seems |is getting )?(?:really |so |kind of |real )?(?:weird|slow|shallow|funny|strange|slowly)\b`,
			r`\b(?:lips|fingers|fingertips|nails|skin|face) (?:are |is |going |turning |look |looks |went |turned |getting )?(?:blue|purple|gr[ae]y)\b`,
			r`\b(?:turning|going|gone|turned) blue\b`,
			r`\bunresponsive\b`,
			r`\bfoaming at the mouth\b`,
			r`\bchest (?:pains?|hurts|is (?:tight|hurting)|feels (?:tight|heavy))\b`,
			r`\bcant (?:stay|keep my eyes) (?:awake|open)\b`,
			r`\bpassed out and (?:wont|cant|isnt|not)\b`
		),
		negatable: false,
		unless: guard`${joke}`
	},
	{
		level: 'urgent',
		category: 'overdose',
		re: anyOf(
			r`\b(?:gurgl\w*|death rattle|snoring (?:weird|funny|loud|strange|like))\b`,
			r`\bpassed out\b`,
			r`\b(?:wont|cant|isnt|not) respond\w*\b(?! to (?:my|your|the|our) (?:texts?|messages?|calls?|emails?))`
		),
		requires: guard`\b(?:breath\w*|snor\w*|gurgl\w*|blue|wont wake|cant wake|waking|pulse|overdos\w*|too much)\b`,
		negatable: false,
		unless: guard`${joke}`
	},
	{
		level: 'urgent',
		category: 'overdose',
		re: anyOf(
			r`\b(?:heart|chest|pulse)\b(?: \w+){0,3}? (?:racing|pounding|hurts|skipping|stopping|beating (?:so )?(?:fast|hard|weird)|tight|slow|weird)\b`,
			r`\bcant feel my (?:legs|arms|face|body|hands|feet|lips)\b`
		),
		requires: guard`\b(?:pills|xanax|bars|coke|cocaine|meth|crack|dope|fent\w*|heroin|overdos\w*|molly|snorted|shot up|mixed|withdraw\w*|detox|too much)\b`,
		negatable: false,
		unless: guard`${joke}`
	},
	// Dangerous withdrawal.
	{
		level: 'urgent',
		category: 'withdrawal',
		re: anyOf(
			r`\bseiz(?:ure|ures|ing)\b`,
			r`\bconvuls\w*`,
			r`\bdts\b`,
			r`\bdelirium\b`,
			r`\b(?:see\w*|saw|hear\w*) (?:things|stuff|bugs|people|shadows|voices) (?:that )?(?:arent|nobody|no one|not really)\b`,
			r`\bhearing voices\b`,
			r`\bhallucinat\w*`,
			r`\bbugs (?:crawling|all over|under my)\b`
		),
		unless: guard`${past}|${news}`
	},
	{
		level: 'urgent',
		category: 'withdrawal',
		re: anyOf(
			r`\b(?:shak\w+|tremors|trembling|shivering) (?:so |really |very |super )?(?:bad|badly|hard|uncontrollably|nonstop|non stop|like crazy|all over)\b`,
			r`\bcant stop (?:shaking|trembling|shivering)\b`
		),
		requires: guard`\b(?:drink\w*|day \d|days? (?:without|off|sober|clean|since)|detox\w*|withdraw\w*|cold turkey|coming off|quit|stopped|off the|dope ?sick|kicking|benzos?|xanax|alcohol|booze|poured out|bottles?)\b`,
		unless: guard`${past}|\b(?:(?:was|were|had been) (?:shaking|trembling)|nurse|staff|theyre watching|monitor\w*|is normal|doctors? (?:says?|said|is|are here|gave))\b`
	},
	{
		level: 'urgent',
		category: 'overdose',
		re: anyOf(
			r`\b(?:call\w*|get|need|send) (?:an? |the )?(?:911|ambulance|ems|paramedics|poison control)\b`,
			r`\b(?:gave|giv\w+|needs?|used?|grab|get|where is|wheres|bring|had to give) (?:him |her |them |me )?(?:the |some |a |my |more )?(?:narcan|naloxone)\b`
		),
		unless: guard`${past}|\b(?:training|kit|free|pharmacy|carry|just in case|class)\b`
	},
	{
		level: 'urgent',
		category: 'overdose',
		re: re`\b(?:in|at|to) the (?:er|emergency room|icu)\b`,
		requires: guard`\b(?:overdos\w*|pills|took|drank|cut|bleed\w*|breath\w*|narcan|seizure|stabbed|shot|beat|hit me|od)\b`,
		unless: guard`${past}|${longAgo}|${otherwiseFine}`
	}
];
