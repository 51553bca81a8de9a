/// Folds a word to the form patterns are matched on: lower case, American spelling.
///
/// Treaties are written in British and American English; folding both sides to one spelling lets a
/// pattern written either way match either. Only spelling is folded here; plurals and inflections
/// are the pattern author's business (`worker*`), so matching stays predictable.
public enum WordNormalizer {
    /// The normalised form of one word (already split from its text).
    public static func normalize(_ word: String) -> String {
        let lower = word.lowercased()
        if let mapped = irregular[lower] { return mapped }
        for (british, american) in suffixes where lower.hasSuffix(british) && lower.count > british.count + 2 {
            let stem = lower.dropLast(british.count)
            if !suffixExceptions.contains(lower) { return stem + american }
        }
        return lower
    }

    /// Whole words whose spellings differ.
    static let irregular: [String: String] = [
        "labour": "labor", "labours": "labors", "programme": "program", "programmes": "programs",
        "endeavour": "endeavor", "endeavours": "endeavors", "endeavoured": "endeavored", "endeavouring": "endeavoring",
        "favour": "favor", "favourable": "favorable", "unfavourable": "unfavorable", "favourably": "favorably",
        "honour": "honor", "behaviour": "behavior", "colour": "color", "neighbouring": "neighboring",
        "licence": "license", "licences": "licenses", "defence": "defense", "offence": "offense", "offences": "offenses",
        "centre": "center", "centres": "centers", "judgement": "judgment", "enrol": "enroll", "enrolment": "enrollment",
        "fulfil": "fulfill", "fulfilment": "fulfillment", "travelling": "traveling", "travelled": "traveled",
        "counselling": "counseling", "modelling": "modeling", "cancelled": "canceled", "paediatric": "pediatric",
        "anaesthetist": "anesthetist", "anaesthesia": "anesthesia", "orthopaedic": "orthopedic", "ageing": "aging",
        "practise": "practice", "practises": "practices", "practised": "practiced", "practising": "practicing",
        "whilst": "while", "amongst": "among",
    ]

    /// British suffixes and their American forms (`recognise` → `recognize`, `organisation` → `organization`).
    static let suffixes: [(String, String)] = [
        ("isation", "ization"), ("isations", "izations"), ("ising", "izing"), ("ised", "ized"), ("ises", "izes"),
        ("ise", "ize"), ("yse", "yze"), ("ysed", "yzed"), ("ysing", "yzing"),
    ]

    /// Words ending like British *-ise* forms that are spelt the same in American English.
    static let suffixExceptions: Set<String> = [
        "otherwise", "likewise", "expertise", "exercise", "exercised", "exercises", "exercising", "advertise",
        "advertised", "advertises", "advertising", "advise", "advised", "advises", "advising", "revise", "revised",
        "revises", "revising", "supervise", "supervised", "supervises", "supervising", "comprise", "comprised",
        "comprises", "comprising", "compromise", "compromised", "enterprise", "enterprises", "franchise", "promise",
        "promised", "promises", "precise", "concise", "premise", "premises", "surprise", "surprised", "televise",
        "devise", "devised", "raise", "raised", "raises", "raising", "rise", "arise", "arises", "arising", "arised",
        "wise", "noise", "praise", "cruise", "disguise", "merchandise", "improvise", "despise", "excise", "incise",
        "chastise", "demise", "apprise", "apprised", "reprise", "surmise", "treatise", "poise",
    ]
}
