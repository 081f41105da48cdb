import Testing
import WritingModel
import _TestSupport

@testable import TextAnalysis

/// Constructions of the verb-form rules (`grammar.verb-form-*`) beyond
/// their own examples: each wrong sentence must be flagged by the named
/// rule at the marked span with the correction first, and each right
/// sentence must get no verb-form finding.
@Suite struct VerbFormRuleTests {
    /// A sentence with `{{…}}` around the span the rule must flag.
    struct WrongCase: Sendable, CustomTestStringConvertible {
        var ruleName: String
        var markedText: String
        var correction: String
        var testDescription: String { "\(ruleName): \(markedText)" }
    }

    static let infinitiveRule = "verb-form-participle-for-infinitive"

    static let wrongCases: [WrongCase] = [
        // A pronoun joined by a hyphen to the modal verb.
        WrongCase(
            ruleName: infinitiveRule, markedText: "Veuillez-en {{informé}} votre médecin.",
            correction: "informer"),
        WrongCase(
            ruleName: infinitiveRule,
            markedText: "Ne faudrait-il pas {{profité}} de la conférence ?",
            correction: "profiter"),
        // « ne pas », « avant de », « en train de » and « de les » leave no
        // room for a noun.
        WrongCase(
            ruleName: infinitiveRule, markedText: "Ne pas l'{{administré}} par voie orale.",
            correction: "administrer"),
        WrongCase(
            ruleName: infinitiveRule, markedText: "Attendez avant de l'{{administré}}.",
            correction: "administrer"),
        WrongCase(
            ruleName: infinitiveRule, markedText: "La rixe est en train de {{dégénéré}}.",
            correction: "dégénérer"),
        WrongCase(
            ruleName: infinitiveRule,
            markedText: "Il garde les pouvoirs au lieu de les {{délégué}} à la Commission.",
            correction: "déléguer"),
        // « se » with no subject opens an infinitive clause.
        WrongCase(
            ruleName: infinitiveRule,
            markedText: "Pour les autres usages, se {{renseigné}} auprès du comité.",
            correction: "renseigner"),
        WrongCase(
            ruleName: infinitiveRule,
            markedText: "Pour elle, « s'{{attaqué}} à la misère » est urgent.",
            correction: "attaquer"),
        // Adjectives that govern an infinitive.
        WrongCase(
            ruleName: infinitiveRule,
            markedText: "Une opération destinée à {{facilité}} la remontée des truites.",
            correction: "faciliter"),
        WrongCase(
            ruleName: infinitiveRule,
            markedText: "Des médicaments susceptibles d'{{affecté}} de manière nette le rein.",
            correction: "affecter"),
        WrongCase(
            ruleName: infinitiveRule, markedText: "Le réseau qu'était censé {{incarné}} cet homme.",
            correction: "incarner"),
        // The present participle of a modal verb, read as a preposition.
        WrongCase(
            ruleName: infinitiveRule,
            markedText: "Les agents, devant {{passé}} par l'administration, attendent.",
            correction: "passer"),
        // Adverbial phrases between the cue and the verb or its object.
        WrongCase(
            ruleName: infinitiveRule,
            markedText: "La Commission voudrait avant tout {{salué}} la déclaration.",
            correction: "saluer"),
        WrongCase(
            ruleName: infinitiveRule, markedText: "Je ne puis guère {{parlé}} d'assemblée.",
            correction: "parler"),
        WrongCase(
            ruleName: infinitiveRule,
            markedText: "Il souligne la nécessité d'{{adapté}} sans cesse nos instruments.",
            correction: "adapter"),
        // A second infinitive after « et » and a pronoun, before its object.
        WrongCase(
            ruleName: infinitiveRule,
            markedText: "Il veut faire connaître son mouvement et en {{légitimé}} l'action.",
            correction: "légitimer"),
        // A form in -ez after a verb of perception and its noun phrase.
        WrongCase(
            ruleName: infinitiveRule,
            markedText: "J'ai vu les soldats irakiens {{entrez}} dans l'hôpital.",
            correction: "entrer"),
        WrongCase(
            ruleName: infinitiveRule,
            markedText: "Ils viennent écouter Sylvain Breda {{présentez}} son travail.",
            correction: "présenter"),
        // « ne » alone after a preposition.
        WrongCase(
            ruleName: infinitiveRule,
            markedText: "A-t-on pensé à ne {{relâchez}} ces sanctions que plus tard ?",
            correction: "relâcher"),
        // « à » in a clause that already has its verb.
        WrongCase(
            ruleName: infinitiveRule,
            markedText: "Il devient son premier single à {{arrivé}} à la première place.",
            correction: "arriver"),
        WrongCase(
            ruleName: infinitiveRule,
            markedText: "Il est possible de {{combiné}} une activité et un développement durable.",
            correction: "combiner"),
        WrongCase(
            ruleName: infinitiveRule,
            markedText: "Un point que je souhaiterais {{exposé}} à présent.",
            correction: "exposer"),
        WrongCase(
            ruleName: "verb-form-infinitive-for-participle",
            markedText: "Le film est {{réalises}} par J. Howe.", correction: "réalisé"),
        // A rare participle reading does not hide « -ait » after « je ».
        WrongCase(
            ruleName: "verb-form-ais-ait",
            markedText: "Je partais le matin vers 8 heures et {{rentrait}} le soir.",
            correction: "rentrais"),
        WrongCase(
            ruleName: "verb-form-ais-ait", markedText: "Je {{rentrait}} tard.",
            correction: "rentrais"),
    ]

    /// Correct sentences close to the constructions above.
    static let rightCases: [String] = [
        "Le nombre de blessés augmente.",
        "Une fois arrivé, il dort.",
        "Il a été mangé.",
        "Vous avez mangé.",
        "Je l'ai vu manger.",
        "Après avoir mangé, il dort.",
        "Il se fait passer pour mort.",
        "Vous pouvez entrer.",
        "Entrez !",
        "Donnez-moi le livre, et entrez.",
        "J'ai vu les soldats blessés.",
        "J'ai entendu le chien blessé la nuit.",
        "Il aime nager et en été le matin il part.",
        "Il se trompe, il ne se sent pas aimé.",
        "Une place destinée à l'été, un élève intéressé à l'école.",
        "Il parle du traité et du marché devant témoin.",
        "Les parts de marché les plus hautes, au lieu du marché.",
        "Vous et vos amis mangez ici.",
        "Les enfants que vous voyez jouent.",
        "Je l'ai vu fatigué et je l'ai laissé tranquille.",
        "Il est en train de manger et il se sent passé de mode.",
        "Il habite à côté de la gare et il mange à volonté.",
        "Il vend des œufs à la douzaine et tu es partie.",
        // « a » for « à » is the a/à rule's finding, not a participle slip.
        "A conserver au frais, une opération destinée aussi a faciliter la remontée.",
    ]

    static var ruleSet: CheckingRuleSet { Fixtures.analyzer.resources.checkingRules }

    @Test(arguments: wrongCases)
    func wrongSentenceIsFlagged(_ testCase: WrongCase) throws {
        let example = RuleExample.wrong(testCase.markedText, testCase.correction)
        let (text, span) = example.plainTextAndSpan
        let findings = Self.ruleSet.check(try Fixtures.context(text))
        let finding = try #require(
            findings.first { $0.ruleID == "grammar." + testCase.ruleName && $0.span == span },
            "found \(findings.map { "\($0.ruleID) \($0.span)" })")
        #expect(finding.replacements.first == testCase.correction)
    }

    @Test(arguments: rightCases)
    func rightSentenceIsLeftAlone(_ text: String) throws {
        let findings = Self.ruleSet.check(try Fixtures.context(text)).filter { finding in
            finding.ruleID.hasPrefix("grammar.verb-form-")
        }
        #expect(findings.isEmpty, "found \(findings.map { "\($0.ruleID) \($0.span)" })")
    }
}
