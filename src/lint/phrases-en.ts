import type { LanguagePhrases } from './phrase-rule.js';

const PEOPLE =
  "(?:boss|employer|manager|supervisor|work(?:place)?|hr|office|wife|husband|partner|spouse|family|parents|mother|mom|mum|father|dad|kids|children|son|daughter|brother|sister|neighbou?rs|friends|relatives|colleagues|co-?workers|landlord|church|customers|clients|suppliers|distributor)";

export const PHRASES_EN: LanguagePhrases = {
  language: 'en',
  negationReach: 3,
  negations: ['not', "n't", 'never', 'no', 'nobody', 'nothing', 'cannot', 'without'],
  conditions: ['if', 'unless', 'for', 'until'],
  rules: {
    threat_of_harm: [
      String.raw`\bsomething (?:bad |terrible |nasty )?(?:might|could|will|would|may) happen\b`,
      String.raw`\b(?:shame|pity) if (?:something|anything)\b`,
      String.raw`\bwe know where (?:you|your)\b`,
      String.raw`\b(?:hurt|harm|smash|burn|beat) (?:you|your)\b`,
      // "break your privacy" is no threat; broken bones and property are.
      String.raw`\bbreak (?:you\b|your (?:legs?|arms?|neck|face|bones|windows?|car|door|kneecaps?))`,
      String.raw`\b(?:watch your back|watch yourself|accidents happen)\b`,
      String.raw`\bor else\b`,
      String.raw`\byou(?:'ll| will) regret\b`,
    ],
    false_legal_threat: [
      String.raw`\b(?:arrest(?:ed)?|lock(?:ed)? you up|handcuff(?:ed)?)\b`,
      String.raw`\b(?:go|going|sent|send you) to (?:jail|prison)\b`,
      String.raw`\b(?:jail|prison) (?:time|sentence)\b`,
      String.raw`\bpolice (?:will|are going to|is going to|'ll|would) \b`,
      String.raw`\b(?:have|send|call|get) the police\b`,
      String.raw`\bcriminal (?:charges?|case|record|offen[cs]e|complaint)\b`,
      String.raw`\bwarrant (?:for|is|has|pending)\b`,
      String.raw`\b(?:goes|go|going|sent|send it) (?:straight |right |directly )?to (?:court|a judge|legal)\b`,
      String.raw`\bcase (?:file )?(?:has been|was|is being) (?:opened|filed)\b`,
    ],
    impersonation: [
      String.raw`\b(?:this is|i'm|i am|it's) (?:officer|detective|sergeant|constable|judge|bailiff|sheriff)\b`,
      String.raw`\b(?:i'm|i am|we're|we are) (?:a |an |your |the )?(?:lawyer|attorney|solicitor|bailiff|police officer|court officer|sheriff)s?\b`,
      String.raw`\b(?:calling|speaking|i'm|i am|we're|we are) (?:from|with) (?:the )?(?:police|court|county court|sheriff'?s? office|legal department|district attorney|magistrate'?s? court|law firm)\b`,
    ],
    third_party_disclosure: [
      String.raw`\b(?:tell|call|ring|phone|contact|inform|notify|email|text|visit|talk to|speak (?:to|with)|let)\b(?: \S+){0,3}? (?:your|his|her|the) ${PEOPLE}\b`,
      String.raw`\b(?:your|his|her) ${PEOPLE}(?: would| might| will|'d)? (?:like to |love to |want to )?(?:hear|know|find out|learn) (?:about|how|that|what)\b`,
      String.raw`\b(?:give me|what's|what is) (?:your|his|her) ${PEOPLE}'?s? (?:number|phone|address|email)\b`,
      String.raw`\b(?:everyone|everybody|all the people) (?:you|he|she) (?:buy from|sell to|work with|deal with)\b.{0,20}\b(?:ought to|should|deserves? to|needs? to|will) know\b`,
    ],
    public_shaming: [
      String.raw`\b(?:everyone|everybody|the whole (?:street|neighbou?rhood|town|village|office|building))\b.{0,40}\b(?:will|is going to|are going to|gonna)\b.{0,20}\b(?:see|know|hear|find out)\b`,
      String.raw`\b(?:post|put|publish|share|hang)\b.{0,30}\b(?:online|on facebook|on social media|in the paper|on the wall|in the window)\b`,
      String.raw`\bin front of (?:your )?(?:customers|clients|neighbou?rs|colleagues|co-?workers|everyone|the whole)\b`,
      String.raw`\blet (?:your |the )?neighbou?rs know\b`,
    ],
    refuse_to_leave: [
      String.raw`\b(?:not|n't|never) (?:leav(?:e|ing)|go(?:ing)? (?:anywhere|away|home)|mov(?:e|ing))\b.{0,40}\buntil\b`,
      String.raw`\bhere until (?:this|it|you|the|that)\b.{0,20}\bpa(?:y|id)\b`,
      String.raw`\b(?:sit(?:ting)?|stay(?:ing)?|wait(?:ing)?|stand(?:ing)?|camp(?:ing)?) (?:right )?(?:here|there|outside|in (?:your|this) \w+)\b.{0,30}\buntil\b`,
    ],
    abusive_language: [
      String.raw`\b(?:deadbeat|loser|scum|idiot|stupid|worthless|cheat(?:er)?|liar|lowlife|low-life|parasite|moron|pathetic|disgrace|leech|bum|freeloader)s?\b`,
      String.raw`\bpeople like you\b`,
      String.raw`\bstop lying\b`,
    ],
    unauthorized_fees: [
      String.raw`\b(?:extra|additional|processing|admin(?:istration|istrative)?|handling|convenience|collection|service|call-?out|visit|penalty) (?:fee|charge)s?\b`,
      String.raw`\b(?:fee|charge) for (?:paying|calling|the call|my visit|this call|collection)\b`,
    ],
    false_deadline: [
      String.raw`\b(?:last|final|only) (?:chance|warning|opportunity)\b`,
      String.raw`\b(?:in|within) the next (?:hour|\d+ (?:minutes|hours))\b`,
      String.raw`\b(?:offer|deal|discount) (?:is gone|expires|ends|won't last)\b`,
      String.raw`\b(?:balance|amount|debt) (?:doubles|will double|goes up|triples)\b`,
      String.raw`\b(?:today only|only today)\b`,
      String.raw`\buntil \d{1,2}(?::\d\d)? ?(?:a\.?m\.?|p\.?m\.?|o'clock)\b`,
      String.raw`\bbefore the system sends\b`,
      String.raw`\bto legal (?:tonight|today|tomorrow)\b`,
    ],
    pressure_to_borrow: [
      String.raw`\bborrow\b.{0,30}\b(?:from|off) (?:your|a|some) (?:parents|family|friends?|brother|sister|mother|father|mom|dad|relatives|wife|husband|boss)\b`,
      String.raw`\b(?:ask|get) (?:your )?(?:parents|family|friends|relatives|wife|husband|brother|sister)\b.{0,30}\b(?:money|lend|loan|cover|pay)\b`,
      String.raw`\b(?:take out|get) (?:a )?(?:loan|payday loan|cash advance)\b`,
      String.raw`\bsell (?:your|the) (?:car|house|jewel\w*|furniture)\b`,
      String.raw`\b(?:she|he|they) can (?:go to the bank and )?pay (?:it )?for you\b`,
    ],
    call_frequency: [
      String.raw`\bcall(?:ing)? (?:you )?(?:every|each) (?:hour|day|morning|night|\d+ minutes)\b`,
      String.raw`\bkeep (?:calling|ringing|phoning)\b`,
      String.raw`\b(?:call|ring) you (?:all day|day and night|nonstop|non-stop)\b`,
    ],
  },
};
