/// What a cue phrase of a grammar signals: the kinds of words the clause-meaning stage reads.
///
/// Each grammar lists its phrases under these names (`grammars/<language>/grammar.yaml`,
/// section `cues`); the code that reads them is the same in every language.
public enum CueKind: String, Sendable, CaseIterable, Hashable, Codable {
    // Structure.
    /// A form of *be* that makes a passive (*shall be borne*).
    case passiveAuxiliary = "passive-auxiliary"
    /// The word introducing a passive's agent (*by*).
    case agent
    /// Verbs that act as modals in some phrases (*need not*, *has to*): part of a verb group.
    case auxiliaryModal = "auxiliary-modal"
    /// Openings after which subject and modal invert (*Under no circumstances shall a worker*).
    case inversionOpening = "inversion-opening"
    /// Words that put an act beyond what is allowed (*commits an offence*, *shall be liable to a
    /// fine*): what the clause describes is forbidden.
    case sanction
    /// The mark of an infinitive (*to*): *are expected to fund* takes its clause's subject.
    case infinitive
    /// Verbs that make someone else act (*have*, *make*, *require*): *have the employer repay*.
    case causative
    /// Words that end a noun phrase read as an argument (prepositions, conjunctions, relatives).
    case phraseBoundary = "phrase-boundary"
    /// Conjunctions at which a sentence part splits into clauses with their own modality.
    case conjunction
    /// Words that open a subordinate clause before the main one (*where*, *if*, *once*): the subject
    /// comes after its comma.
    case subordinator
    /// Words that open a clause inside a sentence (*that*): a subject starts after them.
    case clauseOpener = "clause-opener"
    /// Relative pronouns (*who*, *which*): a subject ends before the clause they open (*Any recruit
    /// who resigns … shall repay*).
    case relative
    /// Words that open a noun phrase (*the*, *any*, *her*): a cost word after one is a noun (*any
    /// charge*, *her pay*), not a verb.
    case determiner
    /// The word that attaches a complement to a noun (*of*): a cost word after *waiver of the* is
    /// a noun.
    case complement
    /// The word naming who benefits (*for*, *to*): *fee waivers for nurses*.
    case beneficiary
    /// Words that make an exception to what precedes (*unless*, *except*): a cost denied unless
    /// something happens is a cost borne when it does.
    case exception
    /// Pronouns standing for a person (*she*, *their*, *own*), resolved to the nearest actor.
    case personPronoun = "person-pronoun"
    /// Pronouns standing for a body (*it*, *its*).
    case thingPronoun = "thing-pronoun"
    /// Phrases whose negation word denies nothing: a bound on an amount or a time (*not less than
    /// GBP 4 million*, *no later than*, *not exceeding*), *whether or not*, *not only*.
    case notNegation = "not-negation"

    // Who bears a cost.
    /// The subject of the active verb, or the agent of the passive, bears the cost (*pay, bear*).
    case costBear = "cost-bear"
    /// The object, or the person after *to/on*, is made to pay (*charge, levy*).
    case costCharge = "cost-charge"
    /// The person after *from* pays (*deduct, recover, withhold*).
    case costTake = "cost-take"
    /// Nouns of taking (*deduction, recovery*): the person after *from* pays.
    case costDeduction = "cost-deduction"
    /// The person named is spared the cost (*reimburse, refund, exempt, waive*); the subject pays.
    case costRelieve = "cost-relieve"
    /// Nouns of relief (*waiver, exemption, reimbursement*): the person they are granted to is
    /// spared.
    case costRelief = "cost-relief"
    /// The preposition after a taking verb that names who pays (*from*, *against*, *out of*).
    case costSource = "cost-source"
    /// The preposition naming who is charged or refunded (*to*, *on*).
    case costRecipient = "cost-recipient"
    /// No one pays (*free of charge, at no cost, without charge*): the person named, or the
    /// clause's subject, is spared.
    case costFree = "cost-free"
    /// *at the expense of X*, *at the cost of X*: X pays.
    case expenseOf = "expense-of"
    /// The *at* of *at X's expense*, *at their own cost*.
    case expenseAt = "expense-at"
    /// The noun of *at X's expense*, *X's responsibility*: the possessor pays.
    case expenseNoun = "expense-noun"
    /// *on behalf of X*: X is spared what another pays.
    case onBehalfOf = "on-behalf-of"
    /// Cost words that are nouns after a determiner two words back (*the maternity pay*).
    case nounFirst = "noun-first"
    /// Participles: after a noun and with no auxiliary they describe (*the supplement paid to
    /// other staff*) and take no subject.
    case participle
    /// Verbs that act against a cost rather than place it (*reduce, eliminate, abolish*): a cost
    /// they govern is described, not borne.
    case costEnd = "cost-end"
    /// A sum repaid or forfeited (*repay, forfeit, liquidated damages*): its subject pays.
    case costRepay = "cost-repay"
    /// Nouns a cost verb can take as object that name no cost (*meet the requirements, cover the
    /// needs, cubrir las vacantes*): no one is made to bear anything.
    case notCost = "not-cost"

    // Restrictions on a person.
    /// Words that forbid the subject an action (*shall not, may not, is barred from*).
    case prohibition
    /// Nouns of permission (*consent, approval, release, no-objection*).
    case permission
    /// Words that make an action depend on a permission (*without, subject to, only with*).
    case permissionCondition = "permission-condition"
    /// Verbs that require a permission (*require, need, obtain*).
    case permissionNeed = "permission-need"
    /// Words that grant an action (*may, is free to, is entitled to, has the right to*).
    case freedom
    /// Verbs by which one lets another act (*allow, permit*): *shall not allow nurses to leave*.
    case permitVerb = "permit-verb"
    /// Verbs by which one stops another acting (*prevent, restrict, bar*): negated, they free.
    case restrictVerb = "restrict-verb"
    /// Verbs of losing what one has (*lose, forfeit, be deprived of*): forbidden, they keep it free;
    /// allowed, they take it away.
    case deprivation

    // Comparisons.
    /// The same as, no less favourable than, without discrimination: equal treatment.
    case comparisonEqual = "comparison-equal"
    /// A percentage of, lower than, excluded from, unlike: less favourable treatment.
    case comparisonLess = "comparison-less"

    // Sentences that commit no one.
    /// *means*, *refers to*, *is defined as*.
    case definition
    /// *For the purposes of*, *the term*: how definitions open.
    case definitionOpening = "definition-opening"
    /// *not legally binding*, *does not create obligations*.
    case disclaimer
    /// Verbs a *Nothing in this …* disclaimer denies (*oblige, require, commit*).
    case disclaimerVerb = "disclaimer-verb"
    /// Entry into force, signature, authentic texts, amendment, termination.
    case finalClause = "final-clause"
    /// *forms an integral part of*, *is set out in*: the sentence only points elsewhere.
    case crossReference = "cross-reference"
    /// What a cross-reference points at (*annex, appendix, schedule*).
    case attachment
    /// A body of the Parties (*committee, working group*).
    case body
    /// What a body cannot do (*not modify, has no power*).
    case bodyLimit = "body-limit"
    /// A dispute (*dispute, difference, disagreement*).
    case dispute
    /// How disputes between States are settled (*consultation, negotiation, diplomatic channels*).
    case stateSettlement = "state-settlement"
    /// Words naming aims, objectives, areas of cooperation: a part opening with them records.
    case aims
    /// Words of background and fact (*is widely regarded*, *according to*): a part with them
    /// records.
    case background
    /// Words stating what the instrument covers (*This Agreement covers nurses*, *applies to*): a
    /// present-tense part with them sets scope and binds no one.
    case scope
    /// A matter left for later (*at a later date*, *in a separate protocol*).
    case deferral
    /// Words that open an article heading (*Article*, *Section*).
    case articleHeading = "article-heading"
    /// Headings and titles of articles.
    case heading
    /// *for convenience only*, *shall not affect the interpretation*.
    case headingNote = "heading-note"
}

extension CueKind {
    /// The kind's place in `allCases`.
    ///
    /// A payload-free enum is stored as its declaration index, so this reads a byte where a
    /// dictionary lookup hashed the kind's raw string on every call (6 % of all instructions of a
    /// batch). A test checks it against `allCases`.
    package var ordinal: Int { Int(unsafeBitCast(self, to: UInt8.self)) }
}
