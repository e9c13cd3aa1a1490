// English crisis language at the `concern` level: a wish to be dead or the ground it grows in. A passive wish
// (often split by an extra word: "i dont really want to be alive anymore"), life not worth living, feeling
// worthless, being a burden, no way out, and self-harm told as history. Some of these words come from the
// Suicide Risk Lexicon v1.0 (Low et al., Apache-2.0; see NOTICE): its multi-word tokens for passive ideation,
// burdensomeness, worthlessness, entrapment and hopelessness, turned into patterns. Single words that people
// also use lightly ("die", "trapped", "failure") count only with what makes them serious.

import { bounded, hyperbole, joke, longAgo, news, past, recovered, reported, toldSo } from './guards.ts';
import { anyOf, crisisRules, guard, r } from './rules.ts';

// "Myself" as people type it; the crisis phrases (crisis.en.*.ts) use it too.
export const self = String.raw`(?:my ?self|myslef)`;
// A few extra words people put inside a wish: "i dont (really|even|think i) want to…".
const filler = String.raw`(?: (?:really|even|just|think i|know if i|feel like i|kinda|kind of|honestly|actually|truly|wanna|want to|care to|fucking|much|feel like)){0,3}`;
const alive = String.raw`(?:be alive|exist|stay alive|keep (?:living|existing|waking up)|be on this earth|be in this world)\b|live\b(?! (?:like|this way|that way|with|in|there|at|here|on|under|without|near|alone|together|for|by|my|a|the|through|off|somewhere|anywhere|close|far|to|if|where|until|till|and (?:work|go))\b)|(?:be here|be around|go on|keep going|wake up)(?= (?:anymore|any more|any longer|no more|tomorrow|ever again)\b|\s*(?:$|[.!?,]))`;
const light = guard`${joke}|${hyperbole}|${reported}|${news}|${longAgo}|${bounded}`;
const lightOrTold = guard`${joke}|${hyperbole}|${reported}|${news}|${longAgo}|${bounded}|${toldSo}`;

export const crisisEnConcern = [
	...crisisRules('concern', 'passive_wish', [
		// Carries its own "not": "i dont really want to be alive anymore".
		{
			re: anyOf(
				r`\b(?:dont|do not|no longer|not sure i|dont know if i|dont think i)${filler} (?:want|wanna|wish|feel like|care) to (?:(?:even|really|just|ever) )?(?:${alive})`,
				r`\bnothing (?:left )?to live for\b`,
				r`\blife (?:isnt|aint|is not) worth (?:it|living)\b`
			),
			negatable: false,
			unless: guard`${joke}|${hyperbole}|${reported}|${bounded}|${longAgo}`
		},
		{
			re: anyOf(
				r`\b(?:dying|death|being dead|not existing|not being here|not waking up)(?: \w+)? (?:sounds|seems|feels|would be|looks) (?:\w+ )?(?:right|good|nice|better|peaceful|easier|like (?:a relief|the answer|the only|peace|rest)|so (?:nice|good|peaceful)|appealing|tempting|like a good idea)\b`,
				r`\bevery (?:second|minute|day|moment|breath|hour)(?: (?:im|i am|i spend|of being|of my life|i stay))? (?:alive|living|breathing|here|on this earth)? ?(?:is|feels like) (?:\w+ )?(?:a waste|torture|hell|agony|pain|pointless|misery|unbearable)\b`,
				r`\b(?:is it|it isnt|its not|is life|is living) (?:\w+ )?worth (?:staying|being|it to stay|it to keep|living|going on|to keep|to stay|to live|anything)\b(?: alive| living| going| on)?`,
				r`\b(?:is|isnt|aint) (?:\w+ )?worth (?:staying alive|being alive|living|going on)\b`,
				r`\bwhy (?:am i|do i|should i|bother|even) (?:still |keep |even )*(?:alive|here|breathing|living|exist|existing|wake up|waking up|try(?:ing)? to live)\b`,
				r`\b(?:id|i would|id much|id honestly) rather (?:be dead|die|not exist|not be (?:here|alive)|not wake up|not be born)\b(?! than)`,
				r`\b(?:hope|hoping|pray|praying|wish|wishing) (?:that )?(?:i (?:just )?(?:die|get hit|dont wake|never wake|catch something|crash)|(?:a|the|some) (?:car|bus|truck|train|plane|drunk driver|bullet) (?:would |will )?(?:just )?(?:hit|hits|kill|kills|take|takes) me|(?:god|it|something|this) (?:takes|kills|ends) me)\b`,
				r`\b(?:wouldnt|would not|dont|wont|wouldn t) (?:even )?(?:mind|care) (?:if i (?:just )?(?:died|die|didnt wake|never woke|wasnt here|wasnt alive|was gone|was dead|were dead|dont wake|never wake|got hit|ended it|lived or died|live or die)|dying|not waking|being dead|not being here|not existing|if it all (?:ended|stopped|ends)|if (?:a|the|some) (?:car|bus|truck|train|drunk driver|bullet) (?:hit|hits|killed|took|ran over) me)\b`,
				r`\b(?:dont|do not|couldnt) care (?:if|whether) i (?:live|die|wake up|make it)\b`,
				r`\b(?:lost|no|have no|losing) (?:the |my |any )?will to live\b`,
				r`\b(?:no|nothing|not a single) (?:reason|reasons|point) (?:left )?(?:to|in) (?:live|living|go on|going on|being alive|keep ${self} alive|keep going|stay alive|be alive|wake up)\b`,
				r`\b(?:wish|wished|wishing) (?:i|id) (?:was|were|had) (?:dead|never (?:been )?born|never woken up|died)\b`,
				r`\b(?:wish|want|wanted|wishing) (?:it|this|everything|life|my life) (?:would|could|to) (?:all )?(?:end|stop|be over)\b(?! (?:soon|already)\b(?: \w+)? (?:so|and) (?:i|we) can)`,
				r`\b(?:want|wanna|just want|need) to (?:just )?(?:stop existing|not exist|cease to exist|not be here|not be alive|be gone for good|disappear (?:forever|for good|permanently|and never come back)|fade away|be dead)\b`,
				r`\b(?:let me|just let me) (?:just )?die\b(?! (?:of|laughing|from|on))`,
				r`\b(?:tired|sick|exhausted|done) (?:of|with) (?:being alive|living|existing|life|my life|this life|waking up|breathing)\b(?! (?:in|at|with|like|on|here) )`,
				r`\b(?:life|living|my life|existing|being alive) (?:is|feels) (?:so |just |completely |totally )?(?:pointless|meaningless|not worth (?:it|living)|a waste|torture|unbearable|hell)\b`,
				r`\bwhats (?:even )?the point (?:of|in) (?:living|life|going on|being alive|staying alive|waking up|anything|any of (?:this|it)|trying|existing|me)\b`,
				r`\b(?:dont|cant) see (?:the|any) point (?:of|in) (?:anything|any of this|it all|life|living|going on|waking up|trying|existing|being here)\b`,
				r`\b(?:death|dying) (?:is|would be|seems) (?:the only|my only|a) (?:way out|option|answer|escape|relief|release)\b`,
				r`\b(?:drink\w*|drug\w*|using) ${self} to death\b`,
				r`\b(?:eternal|permanent|endless) (?:sleep|rest)\b`,
				r`\b(?:a )?(?:relief|peace|mercy|blessing|easier|better|nice) (?:to|if i) (?:just )?(?:be gone|die|died|not exist|not be here|was gone|were gone|didnt wake up|never woke up|stop existing|not wake up)\b`,
				r`\bhop(?:e|es|ing) (?:that )?(?:i (?:just )?(?:dont|never|wont|do not) (?:come back|wake up|make it)|the next (?:one|time|hit|shot|od|overdose) (?:is the one|gets me|kills me|takes me|is it))\b`,
				r`\b(?:dont|cant|do not|cannot) see (?:a|any|the) (?:reason|point) (?:to|in|of) (?:be\w* alive|liv\w*|go\w* on|stay\w* alive|wak\w* up|keep\w* going|be\w* here)\b`,
				r`\b(?:dont|cant) see why (?:im|i am|i should be|i should stay) (?:still )?(?:here|alive|breathing)\b`,
				r`\b(?:ready|want|wanna|waiting) to go (?:home )?(?:to|be with) (?:jesus|god|heaven|the lord|my maker)\b`,
				r`\bpray\w* (?:every night |every day |each night )?(?:that )?(?:(?:god|the lord|he|jesus) (?:takes|will take|would take|comes for|calls) me|(?:its|it will be|it comes) soon)\b`,
				r`\b(?:just )?let (?:it|this|the \w+|death|god|the lord) (?:just )?take me\b`,
				r`\blife(?:s| is)? not worth (?:it|living)\b`,
				r`\b(?:i could|i can|wanna|want to|i (?:just )?wish i could) (?:just )?(?:disappear|vanish)\b(?! (?:for|to|from|into|on|somewhere|with|in|till|until|at|under|off|like|when|after|before|today|tonight|this))`
			),
			unless: guard`${joke}|${hyperbole}|${reported}|${news}|${bounded}|${longAgo}`
		},
		// A wish to be hit, killed or not wake up stays a wish to be dead when a laugh follows it ("wish a truck
		// would just take me out lol"), so the joke guard is left out here; hyperbole and the rest still count.
		{
			re: anyOf(
				r`\b(?:hope|hoping|pray|praying|prayin|wish|wishing|waiting for|want) (?:that )?(?:a|the|some|one of these|this) (?:\w+ )?(?:car|cars|bus|truck|semi|train|plane|drunk driver|driver|bullet|stray bullet|meteor|asteroid|lightning|tree|building|bridge|heart attack|aneurysm|stroke|cancer|virus|covid)s? (?:\w+ ){0,2}?(?:would |will |could |to |finally |just )*(?:hit|hits|kill|kills|take me out|takes me out|take me|takes me|run me over|runs me over|runs over me|end me|ends me|crush\w* me|fall\w* on me|flatten\w* me|get\w* me|put me out of my misery)\b`,
				r`\b(?:hope|hoping|pray|praying|wish|wishing) (?:that )?i (?:just )?(?:get hit|get run over|get shot|get killed|crash|die in my sleep|dont wake up|never wake up|wont wake up|dont make it|never make it home|drop dead)\b`,
				r`\b(?:wish|wished|wishing) (?:i|id) (?:was|were|had|could) (?:just )?(?:be )?(?:dead|never (?:been )?born|died)\b`
			),
			unless: guard`${hyperbole}|${reported}|${news}|${bounded}|${longAgo}`
		},
		// "I want to die" said plainly: a wish, not yet a plan. Ready to die, or going to, is in crisis.en.ts.
		{
			re: anyOf(
				r`\b(?:want|wanna|need|wish|wishing|wanting) to (?:just |really |fucking |honestly )?(?:die|be dead)\b(?! (?:of|laughing|from|on|in peace|inside|alone|a hero|happy|old|young|rich|for (?:a|my|this|you)|in (?:my|your|his|her)))`,
				r`\b(?:want to be|better off|wish i was|wish i were|should be|deserve to be) dead\b`,
				r`\b(?:go to sleep|sleep|fall asleep|close my eyes)(?: and)?(?: just)? (?:forever|for good|and (?:never|not) (?:wake|open)|permanently)\b(?! (?:up )?(?:until|till|til|before|on|in|at|for|tomorrow|this|today|tonight|when|early|late))`,
				r`\b(?:never|not) (?:to )?wake up (?:again|ever)\b`,
				r`\bwish (?:i|id) (?:had )?(?:never been born|not been born|could (?:just )?(?:disappear|vanish|stop existing|die|sleep forever))\b`,
				r`\bwish i (?:wasnt|werent|wasn t) (?:alive|here|born|around)\b`,
				r`\bcant go on\b(?! (?:like|this way|with|without|at|working|doing|living like|(?:the|a|an|my|our|his|her|their|that|this|any|vacation|holiday|tour|dates?|trips?|stage|air|tv|camera|leave|break|strike)\b(?! way\b)))`,
				r`\b(?:feel like|been thinking about|think about|thinking about|thoughts of|thoughts about) (?:dying|death|being dead|not being here|not existing|not waking up)\b(?! (?:of|from|laughing|inside))`
			),
			unless: light
		}
	]),
	...crisisRules('concern', 'worthless', [
		{
			re: anyOf(
				r`\b(?:im|i feel|feel|feeling) (?:so |just |totally |completely |such |literally |fucking |like |nothing but )*(?:worthless|useless|a waste of (?:space|air|oxygen|life|skin)|good for nothing|unlovable|a lost cause|beyond help|an? (?:total |complete |fucking |huge |worthless )?(?:failure|disappointment|fuck ?up|mistake|disgrace|screw ?up|loser|waste)|(?:worthless )?(?:garbage|trash)|nothing)\b(?! (?:to worry|compared|else|special|new|at|like|in (?:the|this)|without|but|of (?:a|an|the) \w+|more than a|serious|wrong|to (?:you|him|her|them)|happens|bad))`,
				r`\b(?:i|me) (?:hate|despise|loathe|am disgusted (?:with|by)|am sick of|cant stand) ${self}\b(?! (?:for (?:eating|saying|forgetting|buying|missing|not going)|when i eat|lol))`,
				r`\bi (?:ruin|destroy|wreck|mess up|fuck up|poison) (?:everything|every\w+ i (?:touch|love)|every\w+ around me|every\w+ i care about|all i touch)\b`,
				r`\b(?:dont|do not) (?:deserve|merit) (?:to (?:live|be alive|be here|exist|be happy|be loved|breathe)|(?:to )?(?:life|anything good))\b`,
				r`\b(?:deserve to (?:die|suffer|be dead|rot)|deserve (?:death|nothing|to be alone forever))\b`,
				r`\bno (?:good|use) to (?:anyone|anybody|any\w+|you|this family|my kids)\b`,
				r`\b(?:the world|every\w+) (?:would be|is|will be) (?:a )?better (?:place )?without me\b`,
				r`\b(?:everything is|its all) my fault\b(?: \w+){0,4}? (?:always|every\w+|ruin\w*|worthless|i hate)`,
				r`\bwhat(?:s| is)?(?: even)?(?: is)? the point of me\b`,
				r`\b(?:im|i am|being) (?:a |an |such a |the |just a )?(?:\w+,? ){0,4}?(?:piece of (?:shit|crap|trash|garbage)|worthless \w+|disgusting (?:person|human|human being|excuse)|joke of a \w+|waste of (?:space|air|oxygen|life|skin)|failure at (?:everything|life|being))\b`,
				r`\bi hate (?:me|who i am|what i(?:ve| have)? become)\b(?! (?:when|for|if|in (?:this|that)|lol))`,
				r`\bdeserve (?:every|all|everything) (?:bad|the bad|of this|that happens|this)\b`,
				r`\beverything i (?:touch|do|love) (?:turns to|goes to|ends up) (?:shit|ash|dust|crap)\b`,
				r`\b(?:no )?good for nothin\w*\b`,
				r`\b(?:cant|cannot|can t) (?:even )?(?:look at|stand) ${self}(?: in the mirror)?\b`,
				r`\bnever (?:amount|going to amount) to (?:anything|nothing|much)\b`,
				r`\bwhy (?:would|does|should) (?:any\w+|you|they|he|she) (?:love|want|care about) (?:someone like )?me\b`
			),
			unless: lightOrTold
		}
	]),
	...crisisRules('concern', 'burden', [
		{
			re: anyOf(
				r`\b(?:im|i am|i feel like|feel like|ive been|being|just)(?: (?!not\b|never\b)\w+){0,2}? (?:a|such a|the|nothing but a|only a|one more) (?:burden|weight|drain|problem|dead weight|nuisance)(?! (?:to carry|off|of (?:work|money|time|a \w+))| (?:list|card|account|off my|solver|solving|child|with|is|here)) ?(?:to|on|for|in)? ?(?:\w+ )?(?:every\w+|you|family|kids|anyone|all|people|them|mom|dad|my \w+|the \w+)?`,
				r`\b(?:sorry (?:for|i keep) existing|sorry i (?:was|am|even) (?:born|alive|exist)|all i do is (?:ruin|hurt|disappoint|drag|burden|take)|(?:i just|i only|all i do is) (?:make|makes) (?:everything|things|life|it) (?:worse|harder)(?: for (?:every\w+|you|them|my \w+))?)\b`,
				r`\bevery\w* (?:would be|would|will be|is|will) (?:so |much |a lot |way )?(?:better|happier|easier|relieved|fine|better off)\b(?: \w+){0,4}? (?:without me|if i (?:was|were|wasnt|werent|just|died|disappeared|left for good|gone)|when im gone|after im gone|with me gone|once im gone)`,
				r`\b(?:every\w*|you|they|my (?:family|kids|wife|husband|mom|dad|parents|son|daughter)) (?:would|will|wouldnt) (?:be |even )?(?:better off|be happier|be better|miss me|notice|care)\b(?: \w+){0,3}? (?:if|when|once) (?:i|im)\b(?! (?:\w+ )?(?:call|come|visit|clean|get|help|pay|stop drinking|got|went|go|sober|in rehab))`,
				r`\b(?:itd|it would|would|will|itll) (?:be )?(?:so |much |a lot |way )?(?:better|easier|happier) (?:for (?:every\w+|you all|yall|you|them|my (?:family|kids))) (?:if i|without me|when im|once im)\b`,
				r`\b(?:lighter|better|easier|happier|quieter|calmer|cheaper|better place) (?:off )?without me (?:in it|around|here)\b`,
				r`\b(?:nobody|no one|noone)(?: would| will| even)+ (?:miss|notice|care about) me\b(?! (?:at|for|when i (?:leave|go) (?:to|for)))`,
				r`\b(?:kindest|best|right|only) thing (?:i (?:could|can) do|to do)(?: for(?: \w+){1,4}?)? (?:(?:is|would be) (?:to )?not be (?:here|around|alive)|isnt be (?:here|around|alive)|(?:is|would be) (?:to )?(?:disappear|leave for good|die|be gone|go away for good))\b`,
				r`\b(?:dragging|drag|bringing|bring|pulling) (?:every\w+|you|you all|yall|them|my (?:family|kids)) down(?: with me)?\b`,
				r`\bnothing but (?:trouble|a burden|a problem|pain|a disappointment|grief) (?:for|to) (?:yall|you|every\w+|this family|my family|them)\b`,
				r`\b(?:take|taking|waste|wasting) up (?:space|air|oxygen|room)\b(?! (?:in (?:the|my|your) (?:garage|closet|fridge|car)))`
			),
			unless: guard`${joke}|${hyperbole}|${reported}|${news}|${past}|${toldSo}|\b(?:sometimes|asking for|rides?)\b`
		}
	]),
	...crisisRules('concern', 'trapped', [
		{
			re: anyOf(
				r`\b(?:theres|there is|i see|i have|i got|see|feel like theres|theres just) (?:no|never) (?:way out|escape|exit|hope|light at the end|end to (?:this|it)|point anymore|future for me|way to fix (?:this|me|it))\b(?! (?:of (?:the|this) (?:parking|building|lot|room|job|contract|lease|meeting)))`,
				r`\b(?:no way out|no escape|no hope left|out of options|out of hope|nowhere (?:left )?to (?:turn|go|run)|no (?:future|hope) for me|dead end life)\b(?! (?:of (?:the|this) (?:parking|building|lot|room|maze|contract|lease)|but|except))`,
				r`\b(?:im|i am|i feel|feel|feeling|i just feel|always feel) (?:so |completely |totally |really |just )?(?:trapped|hopeless|cornered|caged)\b(?! (?:at|with (?:money|numbers|names)|romantic|in (?:traffic|the (?:elevator|snow|rain|airport|car|bathroom|house|office|queue|line|mud))|at (?:work|the airport|home with)|on (?:the|a) (?:\w+)|with (?:\w+ )?(?:work|homework|the)|behind|waiting|here (?:at|in|until)|until|till|for (?:\d|a|an|another|the|two|three|hours|now)|outside|inside (?:the|my car)|on this level))(?! (?:\w+ ){0,4}(?:lol|haha|traffic|snow|airport|layover|elevator))`,
				r`\b(?:trapped|stuck) (?:in|inside) (?:my (?:own )?(?:head|mind|body|life)|this (?:life|body|hell|darkness|nightmare|hole)|a (?:hole|nightmare|life|body|cycle|loop|hell)|(?:my|this) (?:addiction|depression|pain))\b`,
				r`\b(?:it|things|nothing|life|this|i)(?:ll| will|s going to| is going to| is| are)? (?:never|not ever|not going to|aint (?:ever )?gonna) (?:get better|change|be (?:ok|okay|better|different|fine|any different)|improve|end)\b(?! (?:\w+ )?(?:if|unless|until|without you|overnight|in a day|with|about|well|his|her|their|my|mind|anything|that|the|your|our|what|plans?|for (?:him|her|them|you)))`,
				r`\b(?:cant|cannot|dont) (?:see|imagine|picture) (?:a|any|my|myself (?:having|with) a|a way|any way) (?:future|way forward|way out|way through|tomorrow|next year)\b`,
				r`\b(?:i have|ive got|i got|got) no future\b`,
				r`\bnothing(?:s| is)? (?:ever )?(?:going to |gonna |will |ever )(?:ever )?(?:get better|change|help|work)\b(?! (?:if|unless|until|that|my mind|the fact))`,
				r`\b(?:it|its|things|life|this|i|im|ill)(?: will| is| are| s)? (?:never|not ever|aint|wont) (?:ever )?(?:going to |gonna )?(?:get better|change|stop|end|be (?:ok|okay|better|different|fine|anything else|any different)|improve)\b(?! (?:\w+ )?(?:if|unless|until|overnight|with|about|well|raining|snowing|ringing|plans?|mind|anything|that|the|your|my|his|her|our|their|what))`,
				r`\bnothing (?:ever )?changes\b`,
				r`\b(?:drowning|sinking|suffocating)\b(?: \w+){0,3}? (?:no (?:surface|way up|air|escape|way out)|cant (?:get out|get up|come up))\b`,
				r`\b(?:ill|im going to|i will) (?:always )?be (?:like this|this way|stuck|an addict|a junkie|a drunk)\b(?: \w+){0,2}? (?:till|until|til) i die\b`,
				r`\b(?:no|never|aint no) (?:getting|get) out\b(?! (?:of (?:the|this) (?:parking|traffic|lease|contract)|early|on|for))`,
				r`\bno matter what i do\b,? (?:\w+ ){0,4}?(?:same|stuck|never|nothing|always|fail\w*)\b`,
				r`\b(?:it )?always ends (?:up )?(?:the same|the same way)\b`,
				r`\b(?:already )?(?:know|see) how (?:my life|this|my story|it all) (?:ends|is going to end|will end)\b`,
				r`\b(?:any way but one|only ends one way)\b`,
				r`\b(?:its|it is|everything is|all|life is|this is|im|i feel) (?:so |completely |totally |just )?hopeless\b(?! (?:at|with|when|romantic|case|in the kitchen))`,
				r`\bcant see (?:it|things|anything|my life) (?:ever )?(?:being|getting) (?:different|better)\b`,
				r`\b(?:every day|life|each day|every morning) is (?:the same |just )?(?:hell|torture|a nightmare)\b`,
				r`\b(?:lost all|no more|lost|without any) hope\b(?! (?:for|of|that|in) (?:the|a|this|that|getting|winning|him|her|them|you|my (?:car|job|team)))`,
				r`\b(?:at|hit|reached) the end of my rope\b`
			),
			unless: light
		}
	]),
	// Self-harm or an attempt told as history or as a risk: "I used to cut", "my last attempt was in March".
	// A recovery milestone long behind them is not ("five years free of self-harm").
	...crisisRules('concern', 'self_harm_past', [
		{
			re: anyOf(
				r`\b(?:used to|use to|i would|would) (?:cut|burn|hurt|harm|scratch|hit|starve|punish) (?:${self}|my (?:wrists?|arms?|legs?|thighs?|skin))\b`,
				r`\b(?:used to|use to) (?:cut|self ?harm|burn ${self})\b(?! (?:grass|hair|lawns?|wood|the|my hair|class|classes|school|carbs|down|back|out|up|people|him|her|them|it|off|corners|ties|meat|hair))`,
				r`\b(?:used to|use to|started|began|stopped|quit) (?:cutting|burning ${self}|self ?harm\w*|hurting ${self})\b`,
				r`\b(?:my|the|old|these|those) (?:self ?harm )?scars\b(?! (?:from|of) (?:the |my |a |an )?(?:\w+ )?(?:surgery|operation|accident|c section|acne|chicken pox|fall|crash|fight|dog|cat|stove|bike|burn|tattoo|piercing))`,
				r`\b(?:suicide attempts?|(?:my|last|previous|past|prior|since my|after my|before my) (?:(?:last|first|second|third|previous|recent) )?attempts?\b(?! (?:to|at|on|of)\b))`,
				r`\b(?:had|made|survived) (?:\d+|two|three|four|five|several|multiple|a few|an) (?:suicide )?attempts?\b(?! (?:at|to)\b)`,
				r`\btried to (?:od|overdose)\b`,
				r`\b(?:od|odd|oded|odded|overdosed) on purpose\b`,
				r`\b(?:ive|i have|i) (?:od|odd|oded|odded|overdosed)(?: on purpose)? (?:twice|(?:two|three|four|five|\d+|several|a few|many) times)\b`,
				r`\b(?:i )?(?:last|first) (?:time i )?self ?harm\w*`,
				r`\b(?:attempted|tried to (?:kill|off|hang|end|overdose) (?:${self}|my life)|tried (?:suicide|to die|to end it(?: all)?))\b`,
				r`\bself ?harm\w* (?:history|in the past|when i was|as a (?:teen|kid))\b`,
				r`\b(?:last|first) time i (?:cut|hurt ${self}|tried|burned ${self})\b`,
				r`\b(?:was|been) (?:hospitali[sz]ed|committed|admitted|sectioned) (?:for|after) (?:cutting|self ?harm|an? attempt|(?:a )?suicid\w*|trying to|overdos\w*)\b`,
				r`\bsuicide watch\b`
			),
			unless: guard`${recovered}|${longAgo}|${news}|${joke}`
		},
		// Self-harm stopped, but the urge is back: "haven't burned myself since november but the urge is loud",
		// "the part of me that wanted to is still there". Recovery words stand beside it, so they do not guard it.
		{
			re: anyOf(
				r`\b(?:the |my |that )?(?:urges?|itch|pull|craving|cravings|thoughts?|part of me (?:that|who) (?:wanted|wants|needed|needs) (?:to|it))\b(?: \w+){0,3}? (?:is|are|s|been|keeps?|getting|got|feels?|was)? ?(?:still (?:there|here|in me)|back|coming back|came back|woke (?:back )?up|waking (?:back )?up|loud|louder|so loud|really loud|strong|stronger|so strong|bad|worse|so bad|everywhere|wont (?:go away|stop|shut up)|wont leave)\b`,
				r`\b(?:havent|hasnt|have not|didnt|not|stopped|quit)\b(?: \w+){0,3}? (?:since|in|for) (?:\w+ ){0,3}?but (?:\w+ ){0,3}?(?:urges?|want to|wanting to|need to|itching to|thinking about (?:it|doing it))\b`
			),
			requires: guard`\b(?:(?:cut\w*|burn\w*|hurt\w*|harm\w*|scratch\w*|carv\w*) (?:${self}|my (?:arms?|wrists?|legs?|thighs?|skin|stomach))|cutting|self ?harm\w*|tally marks|blades?|razors?|scars|relapse on|sh free)\b`,
			negatable: false,
			unless: guard`${news}|${reported}|${joke}|${hyperbole}`
		}
	])
];
