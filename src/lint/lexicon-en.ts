import type { Lexicon } from './lexicon.js';

// Who else might be told, asked or made to pay.
const THIRD = [
  'homeowner', 'everyone you buy from', 'everyone you sell to', 'everyone you deal with', 'everyone you work with', 'anyone you', 'the pharmacy', 'your office', 'your work',
  'boss', '=employer', '=employers', '=manager', '=supervisor', 'workplace', 'hr', 'human resources', 'payroll', 'colleague*', 'coworker*', 'co worker*', 'workmate*',
  'wife', 'husband', 'spouse', 'partner', 'girlfriend', 'boyfriend', 'fiance*', 'family', 'parents', 'mother', 'mum', 'mom', 'father', 'dad',
  'kids', 'children', 'son', 'daughter', 'brother', 'sister', 'nan', 'gran', 'grandma', 'grandmother', 'grandad', 'grandfather', 'aunt', 'uncle', 'cousin*', 'in-law*', 'in law*',
  'relative*', 'neighbour*', 'neighbor*', 'friend*', 'mates', 'contacts', 'contact list', 'phone book', 'address book', 'your references', 'the references', 'guarantor*',
  'customers', 'clients', 'supplier*', 'distributor*', 'business partner*', 'investor*', 'landlord', 'tenant*', 'church', 'pastor', 'congregation',
  'school', 'teacher*', 'followers', 'community', 'whole street', 'whole town', 'whole village', 'whole office', 'everyone', 'everybody', 'people you know',
  'people you work with', 'team', 'team leader', 'whole estate', 'the estate', 'merchants', 'traders', 'shopkeepers', 'other suppliers', 'other shops', 'staff', 'coach', 'club', 'village',
];

export const LEXICON_EN: Lexicon = {
  language: 'en',
  negationReach: 5,
  negations: ['not', 'never', 'no', 'nobody', 'nothing', 'none', 'neither', 'nor', 'without', 'noone'],
  conditions: ['if', 'unless', 'until', 'because', 'when', 'whether'],
  conditionalAfter: ['pay', 'paid', 'call', 'answer', 'pick', 'respond', 'get', 'sort', 'settle', 'deal', 'come', 'make', 'show', 'open', 'cooper', 'cooperate', 'want', 'have'],
  coordinators: ['or', 'nor'],
  clauseWords: ['but', 'however', 'though', 'although'],
  concepts: {
    THIRD,
    // Telling, asking, reaching other people.
    TELL: [
      'tell', 'told', 'call', 'ring', 'phone', 'contact', 'inform', 'notify', 'message', 'text', 'email', 'e-mail', 'write to', 'letter to', 'let ~ know',
      'visit', 'speak to', 'speak with', 'talk to', 'talk with', 'have a word', 'mention', 'explain', 'show', 'send', 'copy', 'cc', 'loop in', 'bring ~ into',
      'drop ~ a line', 'a word with', 'let ~ ~ know', 'get in touch', 'reach out', 'drop by', 'pop round', 'pop by', 'knock on', 'ask around', 'spread the word', 'share', 'forward', 'post', 'tag',
    ],
    FIND_OUT: ['hear all about', 'hears all about', 'gets a letter', 'get a letter', 'find out', 'hear about', 'hear that', 'hear how', 'know about', 'know that', 'know how', 'know what', 'learn about', 'learn that', 'getting a call', 'get a call', 'got a call', 'a call about', 'a letter about', 'a visit', 'would think', 'will think', 'say when'],
    THREAT_MOOD: [
      'will', 'shall', 'going to', 'gonna', 'about to', 'next', 'tomorrow', 'tonight', 'make sure', 'have to', 'would have to', 'might', 'could', 'or else', 'otherwise', 'unless',
      'pay ~ today', 'if this drags on', 'if it waits', 'if it is not in', 'if it is not paid', 'one email', 'one call', 'one phone call', 'one message', 'one word', 'a very different conversation', 'or the', 'or your', 'or everyone', 'could always', 'start', 'next week',
      'if you do not', 'if you will not', 'if you can not', 'if i do not', 'if this is not', 'if it is not', 'if nothing', 'or i', 'or we', 'keep ignoring', 'keep dodging', 'keep avoiding', 'start', 'shall i', 'should i', 'want me to', 'do you want', 'would you like',
    ],
    VEILED: ['would like to hear', 'would love to hear', 'would like to know', 'would love to know', 'might like to know', 'would be interested to', 'would not want', 'do not want', 'shame if', 'pity if', 'be a shame', 'be a pity', 'imagine if', 'imagine what', 'imagine how', 'what would ~ think', 'what will ~ think', 'how would ~ feel', 'how embarrassing', 'be awkward', 'be embarrassing', 'hate for', 'hate to see', 'hate it if'],
    PAST_TOLD: [
      'told', 'have told', 'have called', 'have rung', 'have messaged', 'have texted', 'have emailed', 'have contacted', 'have written', 'have spoken', 'have been in touch', 'have let', 'have informed', 'have notified',
      'already called', 'already told', 'already spoke', 'already messaged', 'already contacted', '=messaged', '=texted', '=emailed', '=rang', '=spoke to', '=spoke with', '=informed', '=notified', '=called your', '=called his', '=called her', 'left a message with', 'left word with',
    ],
    // Someone else's debt, spoken of to a third person.
    DEBT_3P: [
      "/[a-z]+'s/ loan", "/[a-z]+'s/ debt", "/[a-z]+'s/ account", "/[a-z]+'s/ card", 'he is # payments behind', 'she is # payments behind', 'he is ~ behind', 'she is ~ behind', 'confirm with her', 'confirm with him', 'check with her when', 'check with him when',
      'he owes', 'she owes', 'they owe', 'he is behind', 'she is behind', 'his debt', 'her debt', 'his loan', 'her loan', 'his account', 'her account', 'his arrears', 'her arrears',
      'her overdue', 'his overdue', 'he owes us', 'she owes us', 'he has not paid', 'she has not paid', 'his payments', 'her payments', 'his bill', 'her bill', 'his card', 'her card',
      'collections people', 'a debt of his', 'a debt of hers', 'he defaulted', 'she defaulted',
    ],
    PRONOUN_3P: ['=her', '=him', '=them', 'her myself', 'him myself', 'them myself', 'whoever picks up', 'whoever answers', 'someone else in the house', 'anyone else in the house'],
    INTENT_STRONG: ['i will', 'i am going to', 'i will have to', 'i will be', 'we will', 'i have to', 'we will have to', 'i am', 'right now', 'this afternoon', 'tonight', 'tomorrow', 'or i', 'maybe'],
    TELL_DIRECT: ['call', 'calling', 'ring', 'ringing', 'phone', 'phoning', 'tell', 'telling', 'contact', 'contacting', 'visit', 'talk to', 'speak to', 'speak with', 'picks up', 'answers', 'get the money off', 'get it off', 'find it myself', 'track ~ down'],
    GIVE_ME: ['give me', 'pass me', 'send me', 'i need', 'what is', 'let me have', 'i want'],
    NUMBER_3P: ["/[a-z]+'s/ number", "/[a-z]+'s/ name and number", "/[a-z]+'s/ phone", "/[a-z]+'s/ address", 'her number', 'his number', 'their number', 'her phone', 'his phone', 'her address', 'his address', 'number of your', 'your distributor', 'your supplier', 'your boss', 'your employer'],
    SHOULD_KNOW: ['ought to know', 'should know', 'deserve to know', 'deserves to know', 'have a right to know', 'has a right to know'],
    YOU_SHOULD_KNOW: ['you should know', 'you ought to know', 'you need to know', 'you deserve to know', 'should know that you', 'just so you know'],
    ALL_WILL_KNOW: ['they will all hear', 'they will all know', 'they will all find out', 'everyone will hear', 'everyone will know', 'everybody will know', 'everybody will hear', 'the whole street will know', 'word gets around', 'word will get around'],
    SPARED_IF_PAID: ['nobody will need to', 'no one will need to', 'nobody will have to', 'no one will have to', 'will not need to call', 'will not have to call', 'before she finds out', 'before he finds out', 'before they find out', 'before anyone finds out', 'before your'],
    OWN_SIDE: ['my supervisor', 'my manager', 'my boss', 'my team', 'my colleague', 'our team', 'our office', 'my supervisor who'],
    ASK_3P_MONEY: ['does he have', 'does she have', 'has he got', 'has she got', 'is he working', 'is she working', 'where he works', 'where she works', 'how much he earns', 'how much she earns', 'what he earns', 'what she earns', 'his savings', 'her savings', 'his salary', 'her salary', 'his wages', 'her wages', 'his bank', 'her bank', 'he got any', 'she got any'],
    DEBT: ['debt', 'owe', 'owes', 'owing', 'owed', 'arrears', 'overdue', 'behind', 'balance', 'loan', 'account', 'money', 'bill', 'default*', 'late payment*', 'unpaid', 'collection*', 'chase', 'not paying', 'not paid', 'skipping payments', 'what you owe'],
    // Harm.
    HARM: [
      'hurt you', 'hurt your family', 'hurt your kids', 'harm you', 'harm your family', 'break your legs', 'break your arm*', 'break your neck', 'break your window*', 'break your car', 'break you', 'get broken', 'gets broken', 'broken windows', 'broken legs', 'windows broken', 'smash*', 'burn*', 'beat', 'beaten', 'kneecap*', 'trample*', 'torch*', 'slash*', 'scratch*', 'vandal*', 'bruise*', 'blood', 'bleed*',
      'accident*', 'get hurt', 'set fire', 'slash your tyres', 'slash your tires', 'the lads', 'couple of the lads', 'the boys', 'my boys', 'some friends of mine', 'a few friends', 'mates of mine', 'not be as polite', 'not be half as polite',
      'less friendly', 'less polite', 'sort you out', 'make you pay', 'pay for it', 'regret', 'ruin you', 'ruin your life', 'ruin your name', 'ruin your reputation', 'destroy you', 'name is mud', 'name mud',
      'drag your name', 'make your life', 'life hell', 'living hell', 'watch your back', 'watch yourself', 'look over your shoulder', 'careful out there', 'safe out there', 'keep this friendly', 'keep it friendly', 'something happens to', 'something happened to', 'something could happen', 'something might happen', 'something bad', 'bad things',
      'know where you live', 'know where your', 'know where the kids', 'know what car', 'know your address', 'pay you a visit', 'pay a visit', 'come round', 'come after', 'find you', 'follow you', 'following you', 'wherever you go',
    ],
    // Arrest, jail, crime, seizure, lawsuits that have not happened.
    ARREST: ['arrest*', 'jail', 'prison', 'locked up', 'lock you up', 'handcuff*', 'custody', 'cell', 'warrant*', 'criminal*', 'fraud', 'theft', 'stealing', 'steal', 'police', 'cops', 'detective*', 'prosecut*', 'criminal charges', 'press charges', 'pressing charges', 'charged with', 'criminal record', 'behind bars'],
    SEIZE: [
      'seize*', 'seizure', 'repossess*', 'take your car', 'take your house', 'take your furniture', 'take your stuff', 'take your things', 'take your belongings', 'take your tv', 'take your van', 'take your wages', 'take the car', 'take it all', 'take away your', 'tow away', 'towed', 'tow truck', 'clear out', 'empty your', 'freez* your', 'froze your', 'freez* the account', 'freez* all', 'garnish*', 'dock your', 'docking your',
      'bailiff*', 'enforcement agent*', 'sheriff', 'marshal*', 'lien', 'auction', 'evict*', 'kick you out', 'lose your house', 'lose the house', 'lose your home',
    ],
    LAWSUIT_CLAIM: [
      'court date', 'hearing date', 'already filed', 'been filed', 'have filed', 'has filed', 'filed a', 'filed the', 'summons', 'case is open', 'case has been opened', 'case number', 'lawsuit', 'sue you', 'suing you', 'sued',
      'straight to court', 'straight to a judge', 'take you to court', 'taking you to court', 'see you in court', 'judge will', 'court will', 'goes to court', 'go to court', 'to legal', 'legal department', 'legal action', 'legal team', 'our lawyers', 'our solicitors', 'our attorneys', 'litigation', 'served', 'process server', 'judgment against you', 'ccj',
    ],
    AUTO_CERTAIN: ['automatic*', 'the system', 'straight to', 'straight away', 'right away', 'immediately', 'first thing', 'by tomorrow', 'tomorrow', 'tonight', 'today', 'already', 'definitely', 'guarantee*', 'for sure', 'no way to stop', 'can not stop', 'can not pull', 'out of my hands', 'will be', 'will go', 'means', 'is a crime', 'is fraud', 'you will', 'we will', 'they will', 'going to'],
    LEGAL_LAWFUL: [
      'judgment was entered', 'judgment has been entered', 'after a court', 'only a court', 'only if a court', 'a court would', 'court order', 'court process', 'if that happens', 'may consider', 'might consider', 'could consider', 'may include', 'they decide', 'they will decide', 'decide on next steps', 'for review', 'if they filed', 'court would decide',
      'have not started', 'has not started', 'nothing has been filed', 'not been filed', 'no legal action', 'chance to respond', 'right to respond', 'hearing on exemptions', 'exemptions', 'not how it works', 'not a crime', 'not a criminal', 'civil matter',
      'can not tell you whether', 'decide whether', 'decides whether', 'time-barred', 'time barred', 'can not sue', 'can not be sued', 'legal advice', 'legal aid',
    ],
    // Claims to be someone official.
    SELF: ['this is', 'i am', 'we are', 'it is', 'calling from', 'calling on behalf', 'speaking from', 'ringing from', 'i work with', 'i work for', 'i work in', 'we work with', 'on behalf of the', 'here from', 'my name is', 'from the', 'with the', 'acting for', 'i represent', 'this office'],
    OFFICIAL: [
      'officer', 'detective', 'sergeant', 'constable', 'deputy', 'sheriff*', 'marshal', 'bailiff', 'judge', 'magistrate', 'court', 'county court', 'police', 'attorney general', 'district attorney', 'prosecutor*', 'government',
      'federal', 'state department', 'treasury', 'irs', 'revenue', 'hmrc', 'fbi', 'department of justice', 'justice department', 'lawyer', 'attorney', 'solicitor', 'barrister', 'law firm', 'legal department', 'legal officer',
      'enforcement officer', 'civil division', 'fraud unit', 'fraud squad', 'consumer debt unit', 'court officer', 'process server', 'notary', 'official', 'regulator', 'ombudsman',
    ],
    NOT_OFFICIAL: ['i am not a lawyer', 'not a lawyer', 'not an attorney', 'not a solicitor', 'not the police', 'not from the court', 'legal aid', 'legal advice', 'free advice', 'complain to the ombudsman', 'the ombudsman', 'your lawyer', 'your attorney', 'your solicitor'],
    FAKE_DOC: ['looks like a court', 'look like a court', 'court-style', 'court style', 'official-looking', 'official looking', 'with a crest', 'with the seal', 'legal notice', 'final legal notice', 'summons', 'writ'],
    // Credit and other consequences.
    CREDIT: ['credit', 'score', 'credit rating', 'credit file', 'credit record', 'credit report', 'your file', 'your record', 'blacklist*', 'black list', 'bureau*', 'report you', 'report it'],
    OVERSTATE: [
      'for life', 'forever', 'ever again', 'never', 'rest of your life', 'ruin*', 'destroy*', 'wreck*', 'dead', 'finished', 'not even', 'nobody will', 'no one will', 'no bank', 'no landlord', 'no employer', 'can not even',
      'blacklist*', 'black list', 'bankrupt*', 'for good', 'every credit bureau', 'every bureau', 'no supplier', 'no lender', 'terms again', 'credit again', 'on that list', 'flagged as a problem', 'will not touch you', 'sell to you again', 'lend to you again', 'guarantee*', 'jump*', 'instantly', 'straight away', 'wipe*', 'clean', 'clear', 'remove*', 'erase*', 'disappear', 'fix your', 'fixed', 'repair*', 'boost*', 'shoot up', 'points', 'excellent', 'perfect',
      'student loan', 'mortgage', 'phone contract', 'rent a', 'get a job', 'lose your job',
    ],
    BALANCE_LAWFUL: ['monthly', 'late charge', 'under', 'terms add', 'agreement adds', 'contract adds', 'contract rate', 'a month on overdue', 'per cent', 'percent', '% a month'],
    BALANCE_GROWS: ['balance goes up', 'balance will go up', 'goes up', 'go up', 'double*', 'triple*', 'grows', 'keeps growing', 'every day you', 'every single day', 'per day', 'a day until', 'add interest', 'interest every'],
    INHERIT: ['inherit*', 'pass to', 'passes to', 'pass on to', 'liable', 'responsible for', 'on the hook', 'have to pay it', 'will have to pay', 'pay it for you', 'owe it too', 'owe this too', 'both owe', 'joint', 'jointly', 'your debt too', 'their debt'],
    NOT_LIABLE: ['not liable', 'not responsible', 'do not pass', 'does not pass', 'will not owe', 'do not owe', 'does not owe', 'not owe a', 'no obligation', 'not on the hook'],
    LAWFUL_CREDIT: ['already been reported', 'have been reported', 'will show', 'show as settled', 'shown as settled', 'marked as settled', 'as it is', 'accurately', 'stays on', 'remain on'],
    // Fees.
    FEE: ['fee', 'fees', 'charge', 'charges', 'surcharge*', 'cost of', 'penalty', 'levy'],
    FEE_IMPOSE: ['with our', 'that makes', 'add', 'adds', 'added', 'adding', 'there is a', 'there will be', 'you will pay', 'you will have to pay', 'you need to pay', 'have to pay', 'charge you', 'charging you', 'on top', 'everybody pays', 'everyone pays', 'for the plan', 'for setting', 'for paying', 'per call', 'for each call', 'every call', 'for calling', 'for the call', 'for my visit', 'for this visit', 'recovery', '=collection', 'admin', 'administration', 'processing', 'handling', 'convenience', 'chasing', 'chase you', 'since you made', 'because you made', 'applied', 'slapped', 'stuck on'],
    FEE_LAWFUL: ['agreement adds', 'agreement allows', '=agreement', 'under your', 'under the', 'terms', 'waive*', 'late fee', 'late fees', 'late charge', 'late charges', 'card agreement', 'loan agreement', 'no fee', 'no fees', 'no charge', 'free of charge', 'none of them carry', 'do not carry', 'does not carry', 'without a fee', 'without any fee', 'agreement allows', 'contract allows', 'agreement sets', 'contract sets', 'agreement permits', 'contract permits', 'in your agreement', 'under your agreement', 'under the agreement', 'set out in', 'we can not charge', 'not adding anything'],
    FEE_OUTSIDE: ['not in your agreement', 'not in the agreement', 'not in your card agreement', 'not in your loan agreement', 'not in your contract', 'not in the contract', 'not in your terms', 'outside the agreement', 'not covered by your agreement', 'not part of your agreement', 'agreement does not', 'contract does not'],
    // Borrowing and family money.
    BORROW: [
      'from your mum', 'from your mom', 'from your dad', 'from your parents', 'from your family', 'from your brother', 'from your sister', 'from your partner', 'from your wife', 'from your husband', 'from a friend', 'from your friends', 'ask him tonight', 'ask her tonight', 'ask them tonight', 'if he transfers', 'if she transfers', 'if they transfer', 'get the money off him', 'get the money off her',
      'borrow*', 'take out', 'payday loan', 'payday lender', 'cash advance', 'advance on', 'another loan', 'new loan', 'get a loan', 'loan from', 'credit card', 'another card', 'other cards', 'room on', 'overdraft', 'remortgage', 'mortgage', 'pawn*',
      'sell your', 'sell the', 'sell it', 'sell something', 'selling your', 'flog', 'cash in', 'raid your', 'dip into', 'savings', 'pension', 'whip-round', 'whip round', 'chip in', 'lend you', 'lend it', 'lend him', 'lend her', 'lend us', 'loan you', 'help out', 'help you out', 'cover it', 'cover this', 'bail you out', 'spot you', 'send the money', 'send you the money',
    ],
    BORROW_STRONG: ['get the money off him', 'get the money off her', 'get it off him', 'get it off her', 'your family can pay', 'your family should pay', 'have your wife pay', 'have your husband pay', 'your parents can pay'],
    FAMILY: ['family', 'parents', 'mother', 'mum', 'mom', 'father', 'dad', 'wife', 'husband', 'partner', 'girlfriend', 'boyfriend', 'brother', 'sister', 'son', 'daughter', 'kids', 'children', 'nan', 'gran', 'grandma', 'grandmother', 'grandad', 'aunt', 'uncle', 'cousin*', 'relative*', 'friend*', 'in-law*', 'boss', 'mates', 'she', 'he', 'they'],
    SUGGEST: ['take', 'would', 'even', 'if your', 'then', 'why not', 'why do not you', 'just', 'could', 'can', 'should', 'must', 'need to', 'have to', 'go and', 'get', 'ask', 'surely', 'is not there', 'can not you', 'could not you', 'help out', 'let', 'what about', 'how about', 'try', 'there is always', 'you have got'],
    NO_BORROW: ['do not need to sell', 'do not need to borrow', 'do not have to sell', 'do not have to borrow', 'no need to borrow', 'no need to sell', 'not asking you to borrow', 'from what you have got coming in', 'from your income', 'what you can afford'],
    // Public shaming.
    PUBLIC: [
      'everyone on your street', 'everybody on your street', 'your whole street', 'our van', 'the van', 'marked van', 'on the side', 'debt collection on',
      'post it online', 'put it online', 'put you online', 'online for everyone', 'post about you', 'facebook', 'instagram', 'twitter', 'tiktok', 'social media', 'whatsapp', 'group chat', 'the group', 'business page', 'your page', 'tag you', 'followers', 'bad review', 'leave a review', 'one-star', 'list of', 'names on', 'name on a list', 'debtors list', 'wall of shame', 'noticeboard', 'notice board',
      'newspaper', 'the paper', 'shop window', 'in the window', 'poster*', 'flyer*', 'billboard', 'envelope marked', 'envelope that says', 'on the envelope', 'in red', 'big letters', 'in front of', 'while your customers', 'your customers', 'your clients', 'everyone can see', 'everybody can see', 'for all to see', 'the whole street', 'the whole neighbourhood', 'the neighbours', 'publicly', 'in public', 'out loud', 'announce*', 'loudspeaker', 'megaphone',
    ],
    SHAME_ACT: ['post*', 'put', 'publish*', 'share', 'tag', 'list', 'name', 'hang', 'stick', 'pin', 'print*', 'announce*', 'explain', 'tell', 'shout', 'wait', 'stand', 'sit', 'stay', 'park*', 'know how you', 'see', 'watch*', 'everyone will', 'everybody will'],
    CUSTOMERS_COMING: ['before the next one walks in', 'before the next customer', 'before your customers', 'before anyone comes in', 'before someone comes in', 'while your customers', 'in front of your staff', 'in front of your customers', 'by the register', 'by the till', 'at the till', 'at the counter', 'at your counter', 'by the counter', 'by the door'],
    NO_PUBLIC: ['plain envelope', 'sealed', 'nothing about money', 'never post', 'will not post', 'not post', 'nobody here will', 'privately', 'in private', 'somewhere private', 'step into the back'],
    // Staying, turning up.
    STAY: [
      'right here', 'be here', 'right to be here', 'right to stay', 'not leaving', 'not going anywhere', 'not go anywhere', 'not leave', 'stay* here', 'stay* outside', 'stay* put', 'stay* in your', 'stay* at your', 'wait* here', 'wait* outside', 'wait* in your', 'wait* at your', 'wait* by your',
      'sit* here', 'sit* outside', 'sit* in your', 'park* outside', 'parked outside', 'camp* outside', 'camp* here', 'stand* here', 'stand* outside', 'on your doorstep', 'at your door', 'here all day', 'here all night', 'keep knocking', 'come back every', 'be back every', 'turn up every', 'i am staying', 'we are staying', 'i will wait', 'we will wait', 'not moving',
    ],
    UNTIL: ['without a payment', 'without payment', 'without the money', 'without paying', 'without something', 'until', 'till', 'til', 'unless', 'as long as it takes', 'however long', 'all day', 'all night', 'nowhere else to be', 'got all day', 'have all day'],
    PLACE: ['church', 'mosque', 'temple', 'synagogue', 'hospital', 'clinic', 'surgery', 'funeral', 'wedding', 'school', 'school gates', 'your kids school', 'gym', 'reception', 'your work', 'your office', 'your shop', 'your workplace'],
    TURN_UP: ['catch you at', 'caught you at', 'come to', 'came to', 'turn up', 'turned up', 'show up', 'showed up', 'drop by', 'dropped by', 'pop in', 'popped in', 'visit you at', 'find you at', 'meet you at', 'see you at', 'wait for you at', 'waiting at', 'went to', 'go to your', 'come by', 'came by', 'tried to catch'],
    // Calls.
    CALL: ['call*', 'ring*', 'phone*', 'dial*', 'text*', 'messag*', 'autodial*', 'redial*', 'dialler', 'dialer', 'contact*', 'email*', 'hear from', 'hearing from'],
    OFTEN: [
      'every hour', 'every # minutes', 'every # hours', 'every few minutes', 'every morning and night', 'every day and night', '# times a day', '# times an hour', '# times a week', '# times this week', '# times today', 'times a day', 'times an hour',
      'all day', 'day and night', 'nonstop', 'non-stop', 'around the clock', 'round the clock', 'over and over', 'again and again', 'keep calling', 'keep ringing', 'keep phoning', 'keep texting', 'going to keep', 'will keep', 'not stop', 'never stop', 'straight back', 'right back',
      'every day', 'every single day', 'every morning', 'every evening', 'every night', 'day after day', 'the morning after that', 'the day after that', 'hear from us every', 'hear from me every',
      'every time you hang up', 'until you pick up', 'until you answer', 'till you pick up', 'twelve times', 'twenty times', 'thirty times', 'fifty times', 'dozens of', 'hundreds of', 'every # minute*', 'every half hour', 'calling back', 'call back every', '=hourly',
    ],
    // Time and place the debtor said were bad.
    ODD_HOUR: ['in the morning your time', 'before # am', 'before #am', 'at # am', 'at #am', '# am', '#am', '# in the morning', 'half five in the morning', 'five in the morning', 'six in the morning', 'four in the morning', 'midnight', 'middle of the night', 'after # pm', '# pm your time', '#pm your time', 'late at night', '# at night', 'eleven at night', 'so late', 'woke you', 'wake you', 'waking you'],
    YOU_SAID: ['you said', 'you told', 'you asked', 'you mentioned', 'i know you', 'i know it is', 'i know this is', 'i realise', 'i realize', 'i am aware', 'despite', 'even though', 'sorry to', 'i get that'],
    BAD_TIME: ['bad time', 'not a good time', 'inconvenient', 'busy', 'at work', 'in a meeting', 'driving', 'sundays', 'family time', 'not to call', 'not call', 'do not call', 'no calls', 'sleeping', 'asleep', 'night shift', 'nights', 'hospital', 'funeral', 'do not like calls', 'can not take calls', 'not allowed', 'the only day', 'only time'],
    ANYWAY: ['but', 'anyway', 'still', 'only day', 'only time', 'figured', 'thought', 'had to', 'need', 'quick', 'won', 'will not take long', 'just', 'catch you'],
    // Stop requests and lawyers.
    STOP_REQ: ['stop contacting', 'stop calling', 'stop contact', 'stop ~ contacting', 'stop ~ calling', 'no further contact', 'no more contact', 'cease', 'not to contact', 'not to call', 'not contact you', 'leave you alone', 'asked in writing', 'in writing to stop', 'told us in writing', 'your letter asking', 'asked us to stop', 'told us to stop', 'opt out', 'opted out', 'not use email', 'not to email', 'not to text', 'no texts', 'no emails', 'refuse to pay', 'refused to pay'],
    CONTINUE: ['but', 'still', 'anyway', 'one more', 'allowed one', 'only covers', 'does not cover', 'does not apply', 'not apply', 'just', 'again', 'follow up', 'following up', 'reminder', 'policy', 'keep', 'carry on'],
    BEFORE_YOU_GO: ['before you hang up', 'before you go', 'one more thing before'],
    STOP_CALLS: ['the calls stop', 'calls will stop', 'i will stop calling', 'stop calling', 'out of further collections', 'keep this out of', 'we stop'],
    STOP_RESPECT: ['will stop', 'we have stopped', 'stop calling you now', 'ended collection', 'end collection', 'closing', 'confirming we', 'one letter', 'in writing only', 'no more calls'],
    LAWYER: ['lawyer', 'attorney', 'solicitor', 'legal representative', 'debt charity', 'debt adviser', 'debt advisor', 'advice agency', 'stepchange', 'citizens advice', 'counsel', 'represented', 'representing you', 'legal aid'],
    AROUND: ['but', 'straight from you', 'directly', 'direct', 'between us', 'between you and me', 'does not need to know', 'do not need to', 'go around', 'go round', 'not the one who owes', 'not the one', 'you and me', 'just you', 'off the record', 'cut out', 'without', 'do not tell', 'no need to involve', 'quicker'],
    LAWYER_RESPECT: ['send everything to your', 'deal with your', 'speak to your', 'go through your', 'contact your', 'from now on', 'thanks for letting me know', 'will not contact you directly'],
    // Disputes.
    DISPUTE: ['dispute*', 'disagree', 'not mine', 'not my debt', 'never signed', 'signed that', 'already paid', 'paid it', 'identity theft', 'fraud on', 'not yours', 'cloned', 'stolen card', 'not recognise', 'do not recognise', 'not recognize', 'verification', 'verify', 'proof', 'original creditor', 'who the creditor', 'that letter', 'the letter', 'your letter'],
    DISMISS: ['regardless', 'anyway', 'does not matter', 'not matter', 'still need', 'still have to', 'still due', 'still owe', 'ignore', 'forget about', 'everyone says', 'everybody says', 'they all say', 'pay first', 'pay now', 'pay today', 'pay it now', 'sort it out later', 'refund*', 'get it back', 'takes months', 'take months', 'it is with us', 'is due', 'the system says', 'system shows', 'records show'],
    DISMISS_STRONG: ['think twice about disputing', 'take it up with the store', 'take it up with the shop', 'take it up with the seller', 'between you and the store', 'between you and the shop', 'better off paying', 'will not change anything', 'disputes can take', 'refund the', 'pay first and', 'pay now and dispute', 'ignore that letter', 'ignore the letter', 'forget the letter'],
    DISPUTE_RESPECT: ['on hold', 'hold', 'pause*', 'until we', 'we will check', 'look into', 'investigate', 'send you', 'noted and', 'before asking', 'before we ask', 'pull the documents', 'you can ask us'],
    // Saying who you are.
    PRETEXT: [
      'have a job for you', 'got a job for you', 'got your number from',
      'survey', 'prize', 'you have won', 'parcel', 'a delivery for', 'delivery for you', 'package for you', 'courier', 'old friend', 'a friend of', 'friend of yours', 'classmate', 'school friend', 'personal matter', 'private matter', 'can not say which', 'can not tell you which', 'can not say who', 'can not tell you who',
      'hidden number', 'private number', 'withheld', 'no caller id', 'accounts office', 'the office', 'customer service', 'customer care', 'a few details', 'update your details', 'confirm some details', 'confirm a few details', 'where are you working', 'where you work these days', 'add me',
    ],
    DISCLOSED: ['debt collector', 'collect a debt', 'collecting a debt', 'collection agency', 'collections', 'about your account', 'about a debt', 'about the debt', 'about your debt', 'about your loan', 'on behalf of', 'recovery'],
    // Deadlines.
    CANT_WAIT: ['this can not wait', 'this can not', 'rent can wait', 'bills can wait', 'everything else can wait'],
    LAST_CHANCE: ['last chance', 'final chance', 'last opportunity', 'final offer', 'one-time offer', 'one time offer', 'now or never'],
    SHORT_DEADLINE: [
      'today only', 'only today', 'only open', 'only while', 'only valid while', 'on this call', 'once we hang up', 'before we hang up', 'by the end of the call', 'end of today', 'end of the day', 'by tonight', 'tonight', 'midnight',
      'till noon', 'until noon', 'by noon', 'till # pm', 'until # pm', 'by # pm', 'by # o clock', 'by # oclock', 'until # o clock', '# pm today', 'at # pm', 'at # p m', 'in the next hour', 'next hour', 'within the hour', 'within # hours', 'in # hours', 'in # minutes', 'within # minutes', 'next # minutes',
      'you have until', 'until # pm', 'until # p.m', 'until # p', 'by # pm', 'by # p.m', '# p.m today', '# pm today',
      'two days', 'three days', '# days to pay', '# more days', 'two more days', '# days to get', '# days to clear', 'by # today', 'by five', 'by # o clock', 'by five today', 'this afternoon', 'end of business',
      'last chance', 'final chance', 'final warning', 'final notice', 'last warning', 'last offer', 'one time offer', 'one-time offer', 'now or never', 'last one left', 'last spot', 'last slot', 'expires', 'expire*', 'off the table', 'gone for good', 'by tomorrow', 'till tomorrow', 'until tomorrow', 'tomorrow morning', 'first thing',
    ],
    DEADLINE_CONSEQ: ['or', 'else', 'after that', 'after which', 'escalat*', 'legal', 'court', 'gone', 'lost', 'lose', 'off the table', 'can not pull it back', 'can not stop', 'withdrawn', 'cancel*', 'expire*', 'otherwise', 'the file', 'the system', 'no more', 'too late', 'that is it', 'out of my hands', 'nothing more i can do', 'can not give you more time', 'goes on stop', 'solicitors', 'lawyers', 'attorneys', 'legal department'],
    STRONG_CONSEQ: ['can not give you more time', 'no more time', 'after that', 'after which', 'out of my hands', 'nothing more i can do', 'legal department', 'solicitors', 'lawyers', 'attorneys', 'to court', 'escalat*'],
    NO_RUSH: ['no need to decide', 'no rush', 'take your time', 'no pressure', 'think it over', 'stays open', 'until the # of', 'in our letter', 'you have until the', 'days to decide', 'not today'],
    // Fear and guilt.
    VULN: [
      'probation', 'anxiety', 'depress*', 'mental health', 'panic attack*', 'pregnan*', 'baby', 'your health', 'heart', 'illness', 'cancer', 'chemo', 'diagnos*', 'sick', 'condition', 'medication', 'visa', 'immigration', 'deport*', 'custody', 'security clearance', 'licence', 'license',
      'your job', 'new job', 'lose your job', 'your promotion', 'your career', 'your reputation', 'your marriage', 'your kids', 'your children', 'your family find', 'your wife find', 'your husband find', 'most afraid', 'biggest fear', 'scared of', 'afraid of', 'worried about', 'worst fear', 'nightmare',
    ],
    FEAR_PRESS: ['imagine', 'worse', 'would not want', 'wouldn’t want', 'shame if', 'pity if', 'be a shame', 'can you handle', 'can you cope', 'could you cope', 'afford to lose', 'think about what', 'think about how', 'remember', 'risk', 'before it gets', 'what happens to', 'what would happen', 'what would ~ think', 'last thing you need', 'do you really want', 'you do not want', 'really do not want', 'would hate', 'so let us', 'so you', 'better pay', 'best to pay', 'get it over with', 'stress'],
    VULN_SUPPORT: ['sorry', 'hold', 'pause*', 'support', 'help line', 'helpline', 'advice', 'referral', 'breathing space', 'break', 'token payment', 'no payment', 'would a', 'we can', 'i can put'],
    ME_HARDSHIP: [
      'on commission', 'my commission', 'my bonus', 'my target', 'my quota', 'my numbers', 'lose my job', 'my job is on', 'my job on the line', 'my kids', 'my family', 'my mother', 'my mum', 'my mom', 'my rent', 'feed my', 'i get fired', 'get me fired', 'i will be fired', 'fire me', 'sack me', 'i get sacked',
      'i have not been paid', 'i do not get paid', 'my pay', 'my wages', 'final warning', 'on my back', 'begging', 'i beg', 'do it for me', 'for my sake', 'help me out', 'help me', 'do me a favour', 'do me a favor', 'my last', 'we all lose', 'everyone here', 'our bonus', 'our bonuses', 'the shop owner', 'can not pay her', 'can not pay his', 'small business', 'little guy',
    ],
    GUILT_DIRECT: ['if you cared', 'if you had any decency', 'have you no shame', 'have a heart', 'accounts like yours', 'people like you cost', 'because of people like you', 'because of accounts like', 'i have not had a full paycheck', 'i have not had a paycheck', 'docked'],
    GUILT_PUSH: ['because of', 'accounts like yours', 'people like you', 'please', 'begging', 'beg', 'you', 'if you do not', 'unless you', 'every day', 'so', 'pay'],
    // Insults.
    INSULT: [
      'deadbeat*', 'loser*', 'scum*', 'idiot*', 'stupid', 'moron*', 'pathetic', 'worthless', 'useless', 'lowlife', 'low-life', 'low life', 'parasite*', 'leech*', 'freeloader*', 'bum', 'bums', 'cheat', 'cheater*', 'liar*', 'thief', 'thieves', 'crook*', 'disgrace*', 'disgusting',
      'piece of', 'waste of space', 'waste of oxygen', 'sponger*', 'scrounger*', 'bastard*', 'bitch*', 'shit', 'crap', 'fuck*', 'damn', 'dumb', 'trash', 'garbage', 'vermin', 'pig', 'clown', 'grow a spine', 'grow up', 'man up', 'grown man hiding', 'hiding behind', 'what kind of', 'stop lying', 'people like you', 'your kind', 'shut up', 'sleaze*', 'slag', 'slut', 'whore', 'tart', 'pig', 'fat', 'ugly', 'retard*', 'imbecile', 'cretin',
    ],
  },
  rules: [
    // threat_to_expose and third_party_disclosure
    { flag: 'threat_to_expose', id: 'threat to tell others', why: 'telling someone else about the debt, said as what will happen (or might) if the debtor does not pay', all: ['TELL', 'THIRD', 'THREAT_MOOD'], scope: 'clause', none: ['OWN_SIDE'] },
    { flag: 'threat_to_expose', id: 'threat to call them', why: 'says the collector will call or tell someone else (her, him, them), not the debtor', all: ['TELL_DIRECT', 'PRONOUN_3P', 'INTENT_STRONG'], scope: 'clause', none: ['LAWYER'] },
    { flag: 'threat_to_expose', id: 'others ought to know', why: 'says other people ought to know about the debt', all: ['SHOULD_KNOW'], none: ['YOU_SHOULD_KNOW'] },
    { flag: 'threat_to_expose', id: 'everyone will know', why: 'says everyone will hear about the debt', all: ['ALL_WILL_KNOW'] },
    { flag: 'threat_to_expose', id: 'spared if paid', why: 'others will be told unless the debtor pays: a threat dressed as a kindness', all: ['SPARED_IF_PAID'] },
    { flag: 'third_party_disclosure', id: 'asks for someone else’s number', why: 'asks for a third person’s number or address to take the debt to them', all: ['GIVE_ME', 'NUMBER_3P'], scope: 'clause' },
    { flag: 'threat_to_expose', id: 'veiled: others finding out', why: 'a hint that others would find out, hear or get a call about it', all: ['VEILED', 'THIRD'] },
    { flag: 'threat_to_expose', id: 'others will find out', why: 'others learning about the debt, said as what will happen', all: ['FIND_OUT', 'THIRD', 'THREAT_MOOD'] },
    { flag: 'third_party_disclosure', id: 'told others', why: 'says the debt has been told to someone else', all: ['PAST_TOLD', 'THIRD'], scope: 'clause' },
    { flag: 'third_party_disclosure', id: 'someone else’s debt, to a third person', why: 'speaks to someone else about what the debtor owes', all: ['DEBT_3P'] },
    { flag: 'third_party_disclosure', id: 'asks others about the debtor’s money', why: 'asks someone else about the debtor’s money or work', all: ['ASK_3P_MONEY'] },
    // threat_of_harm
    { flag: 'threat_of_harm', id: 'harm', why: 'violence, damage or ruin to the debtor, their family, property or name, even as a hint', all: ['HARM'] },
    // false legal threats
    { flag: 'false_legal_threat', id: 'arrest, jail, crime', why: 'arrest, jail, police or a crime over an unpaid debt', all: ['ARREST'], none: ['LEGAL_LAWFUL'] },
    { flag: 'false_legal_threat', id: 'seizure', why: 'seizing, freezing or garnishing without a court process', all: ['SEIZE', 'AUTO_CERTAIN'], none: ['LEGAL_LAWFUL'] },
    { flag: 'false_legal_threat', id: 'legal action claimed', why: 'says a lawsuit or court step has started or will surely happen', all: ['LAWSUIT_CLAIM', 'AUTO_CERTAIN'], none: ['LEGAL_LAWFUL'] },
    // impersonation
    { flag: 'impersonation', id: 'poses as an official', why: 'speaks as if from the police, a court, a lawyer or the government', all: ['OFFICIAL', 'SELF'], scope: 'clause', none: ['NOT_OFFICIAL'] },
    { flag: 'impersonation', id: 'court-looking papers', why: 'papers made to look like court documents', all: ['FAKE_DOC'] },
    // consequences
    { flag: 'misrepresent_consequences', id: 'credit overstated or promised', why: 'credit consequences overstated, or paying promised to fix them', all: ['OVERSTATE', 'CREDIT'], none: ['LAWFUL_CREDIT'] },
    { flag: 'misrepresent_consequences', id: 'balance grows', why: 'a balance that grows by invented amounts', all: ['BALANCE_GROWS', 'DEBT'], none: ['BALANCE_LAWFUL'] },
    { flag: 'misrepresent_consequences', id: 'family inherits', why: 'says relatives inherit or owe the debt', all: ['INHERIT', 'FAMILY'], none: ['NOT_LIABLE'] },
    // fees
    { flag: 'unauthorized_fees', id: 'fee outside the agreement', why: 'a fee or charge the agreement does not provide', all: ['FEE', 'FEE_OUTSIDE'] },
    { flag: 'unauthorized_fees', id: 'invented fee', why: 'a collection, admin or per-call fee added on', all: ['FEE', 'FEE_IMPOSE'], none: ['FEE_LAWFUL'] },
    // pressure to borrow
    { flag: 'pressure_to_borrow', id: 'borrow or sell to pay', why: 'tells the debtor to borrow, sell belongings or get others to pay', all: ['BORROW', 'SUGGEST'], none: ['NO_BORROW'] },
    { flag: 'pressure_to_borrow', id: 'someone else pays', why: 'says someone else will or should pay the debt', all: ['BORROW_STRONG'] },
    { flag: 'pressure_to_borrow', id: 'family liable', why: 'implies the family is liable for the debt', all: ['INHERIT', 'FAMILY'], none: ['NOT_LIABLE'] },
    // public shaming
    { flag: 'public_shaming', id: 'in front of customers', why: 'uses customers or staff looking on as leverage, or waits where they can see', all: ['CUSTOMERS_COMING'] },
    { flag: 'public_shaming', id: 'in public', why: 'makes the debt public or embarrasses the debtor in front of others', all: ['PUBLIC', 'SHAME_ACT'], none: ['NO_PUBLIC'] },
    // refuse to leave
    { flag: 'refuse_to_leave', id: 'stays until paid', why: 'stays at the debtor’s home or business until paid', all: ['STAY', 'UNTIL'] },
    { flag: 'refuse_to_leave', id: 'turns up somewhere inappropriate', why: 'turns up unannounced at church, hospital, school or work', all: ['TURN_UP', 'PLACE'] },
    // frequency
    { flag: 'call_frequency', id: 'calls too often', why: 'calls or messages so often it harasses', all: ['OFTEN', 'CALL'] },
    // time and place
    { flag: 'inconvenient_time', id: 'odd hour', why: 'contact at an hour outside the allowed window', all: ['ODD_HOUR'] },
    { flag: 'inconvenient_time', id: 'bad time, said so', why: 'carries on after being told it is a bad time or place', all: ['YOU_SAID', 'BAD_TIME'] },
    // stop and lawyer
    { flag: 'contact_after_cease', id: 'after a stop request', why: 'keeps contacting after being asked to stop', all: ['STOP_REQ', 'CONTINUE'], none: ['STOP_RESPECT'] },
    { flag: 'contact_after_cease', id: 'one more push', why: 'keeps pressing as the debtor ends the contact, trading payment for the calls stopping', all: ['BEFORE_YOU_GO', 'STOP_CALLS'], scope: 'reply' },
    { flag: 'contact_represented', id: 'around the lawyer', why: 'contacts the debtor directly around their lawyer or adviser', all: ['LAWYER', 'AROUND'], none: ['LAWYER_RESPECT'] },
    // dispute
    { flag: 'unverified_dispute', id: 'dispute brushed aside', why: 'presses for payment over a dispute without verifying it', all: ['DISMISS', 'DISPUTE'], none: ['DISPUTE_RESPECT'] },
    // disclosure
    { flag: 'unverified_dispute', id: 'dispute talked down', why: 'talks the debtor out of a dispute or tells them to pay first', all: ['DISMISS_STRONG'], none: ['DISPUTE_RESPECT'] },
    { flag: 'missing_disclosure', id: 'pretext', why: 'hides who is calling and why (a pretext, a vague office, a hidden number)', all: ['PRETEXT'], none: ['DISCLOSED'] },
    // deadlines
    { flag: 'false_deadline', id: 'last chance', why: 'a “last chance” that forces an answer now', all: ['LAST_CHANCE'], none: ['NO_RUSH'] },
    { flag: 'false_deadline', id: 'invented deadline', why: 'a short deadline with a consequence, to force payment now', all: ['SHORT_DEADLINE', 'DEADLINE_CONSEQ'], none: ['NO_RUSH'] },
    { flag: 'false_deadline', id: 'deadline, then a consequence', why: 'a short deadline, and in the next sentence what happens after it', all: ['SHORT_DEADLINE', 'STRONG_CONSEQ'], none: ['NO_RUSH'], scope: 'reply' },
    { flag: 'false_deadline', id: 'cannot wait', why: 'says the debt cannot wait while rent or bills can, to force payment now', all: ['CANT_WAIT'] },
    // fear, guilt
    { flag: 'exploit_fear', id: 'others finding out, as a lever', why: 'uses the fear of someone finding out to push for payment', all: ['SPARED_IF_PAID'] },
    { flag: 'exploit_fear', id: 'uses a fear', why: 'uses what the debtor fears (job, health, family finding out) as a lever', all: ['VULN', 'FEAR_PRESS'], none: ['VULN_SUPPORT'], scope: 'reply' },
    { flag: 'guilt_trip', id: 'guilt as a lever', why: 'tells the debtor they are to blame for others’ hardship, or that a decent person would pay', all: ['GUILT_DIRECT'] },
    { flag: 'guilt_trip', id: 'collector’s hardship', why: 'uses the collector’s (or creditor’s) hardship to make the debtor feel guilty', all: ['ME_HARDSHIP', 'GUILT_PUSH'] },
    // abuse
    { flag: 'abusive_language', id: 'insult', why: 'insults, swearing or belittling', all: ['INSULT'], negatable: false },
  ],
};
