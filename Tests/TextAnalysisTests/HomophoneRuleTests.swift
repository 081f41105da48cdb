import Testing
import WritingModel
import _TestSupport

@testable import TextAnalysis

/// Hard cases of the homophone and verb-form rules beyond their own
/// examples: each wrong sentence must be flagged by the named rule at the
/// marked span, and each right sentence must get no homophone or
/// verb-form finding at all.
@Suite struct HomophoneRuleTests {
    /// A sentence with `{{…}}` around the span the rule must flag.
    struct WrongCase: Sendable, CustomTestStringConvertible {
        var ruleName: String
        var markedText: String
        var correction: String
        var testDescription: String { "\(ruleName): \(markedText)" }
    }

    static let wrongCases: [WrongCase] = [
        WrongCase(
            ruleName: "homophone-sa-ca", markedText: "Franchement, {{sa}} fait peur.",
            correction: "ça"),
        WrongCase(
            ruleName: "homophone-sa-ca", markedText: "Je n'aime pas tout {{sa}}.",
            correction: "ça"),
        WrongCase(
            ruleName: "homophone-quelle-qu-elle",
            markedText: "Il dit {{quelle}} est arrivée hier.", correction: "qu'elle"),
        WrongCase(
            ruleName: "homophone-ou-ou", markedText: "On ira {{ou}} tu voudras.",
            correction: "où"),
        WrongCase(
            ruleName: "homophone-sans-s-en", markedText: "Il a signé {{s'en}} hésiter.",
            correction: "sans"),
        WrongCase(
            ruleName: "homophone-a-a", markedText: "Il pense {{a}} sa mère.", correction: "à"),
        WrongCase(
            ruleName: "homophone-a-a", markedText: "Nous irons {{a}} Lyon en train.",
            correction: "à"),
        WrongCase(
            ruleName: "homophone-a-a", markedText: "Il faut aller {{a}} la piscine.",
            correction: "à"),
        WrongCase(ruleName: "homophone-a-a", markedText: "On {{à}} faim.", correction: "a"),
        WrongCase(
            ruleName: "homophone-et-est", markedText: "Ce livre, il {{et}} très long.",
            correction: "est"),
        WrongCase(
            ruleName: "homophone-et-est", markedText: "Le réseau n'{{et}} pas en bon état.",
            correction: "est"),
        WrongCase(
            ruleName: "homophone-et-est", markedText: "Il aime les pommes {{est}} les poires.",
            correction: "et"),
        WrongCase(
            ruleName: "homophone-on-ont", markedText: "Mes parents {{on}} acheté une maison.",
            correction: "ont"),
        WrongCase(
            ruleName: "homophone-son-sont", markedText: "Elles {{son}} arrivées hier.",
            correction: "sont"),
        WrongCase(
            ruleName: "homophone-ces-c-est", markedText: "Il dit que {{ses}} un mensonge.",
            correction: "c'est"),
        WrongCase(
            ruleName: "homophone-c-est-s-est", markedText: "On {{c'est}} bien amusés.",
            correction: "s'est"),
        WrongCase(
            ruleName: "homophone-ce-se", markedText: "Elles {{ce}} parlent souvent.",
            correction: "se"),
        WrongCase(
            ruleName: "homophone-ou-ou", markedText: "Au moment {{ou}} il part, il pleut.",
            correction: "où"),
        WrongCase(
            ruleName: "homophone-la-la", markedText: "Je veux {{celle la}}.",
            correction: "celle-là"),
        WrongCase(
            ruleName: "homophone-leur-leurs", markedText: "Elle {{leurs}} explique la règle.",
            correction: "leur"),
        WrongCase(
            ruleName: "homophone-quelle-qu-elle", markedText: "Il faut {{quelle}} parte.",
            correction: "qu'elle"),
        WrongCase(
            ruleName: "homophone-peu-peut", markedText: "Elle ne {{peu}} pas venir.",
            correction: "peut"),
        WrongCase(
            ruleName: "homophone-peu-peut", markedText: "Il habite à {{peut}} près ici.",
            correction: "peu"),
        WrongCase(
            ruleName: "homophone-ni-n-y", markedText: "On {{ni}} voit rien.", correction: "n'y"),
        WrongCase(
            ruleName: "homophone-sans-s-en", markedText: "Il ne {{sans}} rend pas compte.",
            correction: "s'en"),
        WrongCase(
            ruleName: "homophone-quand-quant", markedText: "{{Quand}} aux élèves, ils partent.",
            correction: "Quant"),
        WrongCase(
            ruleName: "homophone-mes-mais", markedText: "Il pleut, {{mes}} nous sortons.",
            correction: "mais"),
        WrongCase(
            ruleName: "homophone-tout-tous", markedText: "Il a lu {{tout}} ses livres.",
            correction: "tous"),
        WrongCase(
            ruleName: "verb-form-infinitive-for-participle",
            markedText: "Ils ont déjà {{terminer}} le travail.", correction: "terminé"),
        WrongCase(
            ruleName: "verb-form-participle-for-infinitive",
            markedText: "Il doit {{travaillé}} ce soir.", correction: "travailler"),
        WrongCase(
            ruleName: "verb-form-participle-for-infinitive",
            markedText: "Elle a décidé de {{continué}} ses études.", correction: "continuer"),
        WrongCase(
            ruleName: "verb-form-participle-for-infinitive",
            markedText: "Il tente de s'{{imposé}} en 630.", correction: "imposer"),
        WrongCase(
            ruleName: "verb-form-participle-for-infinitive",
            markedText: "Il faut penser à ne pas {{oublié}}.", correction: "oublier"),
        WrongCase(
            ruleName: "verb-form-participle-for-infinitive",
            markedText: "Une arme pouvant {{projeté}} la lumière.", correction: "projeter"),
        WrongCase(
            ruleName: "verb-form-participle-for-infinitive",
            markedText: "Allez vous {{restaurez}} aux Jardins.", correction: "restaurer"),
        WrongCase(
            ruleName: "verb-form-participle-for-infinitive",
            markedText: "Pour combattre Hercule et {{ramené}} Félix.", correction: "ramener"),
        WrongCase(
            ruleName: "verb-form-infinitive-for-participle",
            markedText: "La première étude a {{porter}} sur 8 000 femmes.", correction: "porté"),
        WrongCase(
            ruleName: "verb-form-infinitive-for-participle",
            markedText: "Le château fut {{démanteler}} en 1635.", correction: "démantelé"),
        WrongCase(
            ruleName: "verb-form-infinitive-for-participle",
            markedText: "Le disque est {{lancer}} par un single.", correction: "lancé"),
        WrongCase(
            ruleName: "verb-form-participle-for-infinitive",
            markedText: "Ce dernier va {{constitué}} l'affluent majeur du fleuve.",
            correction: "constituer"),
        WrongCase(
            ruleName: "verb-form-participle-for-infinitive",
            markedText: "Nous préférons d'abord {{demandé}} une déclaration.",
            correction: "demander"),
        WrongCase(
            ruleName: "verb-form-participle-for-infinitive",
            markedText: "Il faut en outre {{envisagé}} les nouveaux droits.",
            correction: "envisager"),
        WrongCase(
            ruleName: "verb-form-participle-for-infinitive",
            markedText: "Les mesures prises pour faire cesser et {{sanctionnez}} ces critiques.",
            correction: "sanctionner"),
        WrongCase(
            ruleName: "verb-form-participle-for-infinitive",
            markedText: "Le monde financier a tendance à {{engendré}} une euphorie.",
            correction: "engendrer"),
        WrongCase(
            ruleName: "verb-form-ais-ait",
            markedText: "Ainsi {{parlais}} Zarathoustra.", correction: "parlait"),
        WrongCase(
            ruleName: "verb-form-ais-ait",
            markedText: "Quand elle ne {{vaquais}} pas, elle lisait.", correction: "vaquait"),
        WrongCase(
            ruleName: "verb-form-vous-ez", markedText: "Vous {{trouvé}} la solution.",
            correction: "trouvez"),
    ]

    /// Correct sentences built around the confusable words.
    static let rightCases: [String] = [
        "Il prend sa part du gâteau, sa voiture et sa ligne.",
        "Je sais quelle a été sa réponse.",
        "Ils veulent s'en aller et s'en servir.",
        "Tu vas ou tu restes ? Il vient ou il veut partir.",
        "Il a à faire à la maison.",
        "À la fin, il a ri.",
        "Est-ce que c'est vrai ? Il s'est tu.",
        "Il la voit là-bas et il l'a vu hier.",
        "Je leur donne leurs livres.",
        "Ou bien il vient, ou bien il part.",
        "Où vas-tu ? Là où tu veux.",
        "Il est peut-être parti, il peut revenir un peu plus tard.",
        "Tout le monde vient tous les jours.",
        "Ils sont tous là, toutes les filles aussi.",
        "Il n'y a ni pain ni vin.",
        "Il s'en va sans bruit.",
        "Quant à lui, il part quand il veut.",
        "Qu'en dis-tu ?",
        "Mes amis, mais aussi mes parents, sont venus.",
        "Il met la table, puis il a mangé.",
        "Ce qu'il a dit a du sens.",
        "Celui qui parle a raison.",
        "Elle et lui sont partis ensemble.",
        "Ils ont été contents et on a ri.",
        "Son frère et ses amis sont venus.",
        "Ces livres sont à lui, c'est sûr.",
        "Il se lave et ce garçon se tait.",
        "Quelle heure est-il ? Je pense qu'elle dort.",
        "Il a peu dormi.",
        "Il veut manger, il a mangé, vous mangez.",
        "Pour manger, il faut du pain.",
        "Il vous a parlé hier.",
        "Le dîner est servi à huit heures.",
        "Il est allé à la plage avec sa sœur.",
        "Il se demande comment Paul est venu.",
        "Je sais où le chat est caché.",
        "Mon frère travaille dur et ma sœur est médecin.",
        "Il dit que la mer est belle.",
        "Quel est le problème ? Tel est le cas.",
        "Ce qu'ils ne savent pas a des conséquences.",
        "Le chat et le chien de Paul.",
        "Le nombre de blessés augmente ; une fois arrivé, il dort.",
        "Il a été mangé et vous avez mangé.",
        "Je l'ai vu manger, après avoir mangé.",
        "Il est passé par la fenêtre.",
        "Je le veux terminé pour demain.",
        "Il se sent aimé et il semble fatigué.",
        "Les parts de marché les plus hautes.",
        "La sécurité n'est pas mise de côté, ni du traité.",
        "Il ne faut pas oublier de s'imposer.",
        "Je partais le matin et je rentrais le soir.",
        "Il se fait passer pour mort, il l'a fait exprès.",
        "Le fait accompli l'a surpris ; il revient changé.",
        "Je voudrais à présent un café, d'abord un verre.",
        "Les parts de marché à prendre sont grandes.",
                // A conjugation slip after « ont », not an « on »/« ont » one.
        "Les patients ont subit une opération.",
    ]

    static var ruleSet: CheckingRuleSet { Fixtures.analyzer.resources.checkingRules }

    static func isHomophoneFinding(_ finding: Finding) -> Bool {
        finding.ruleID.hasPrefix("grammar.homophone-")
            || finding.ruleID.hasPrefix("grammar.verb-form-")
    }

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
        let findings = Self.ruleSet.check(try Fixtures.context(text)).filter(
            Self.isHomophoneFinding)
        #expect(findings.isEmpty, "found \(findings.map { "\($0.ruleID) \($0.span)" })")
    }

    @Test func everyRuleHasWrongCaseHere() {
        let names = Set(Self.wrongCases.map { "grammar." + $0.ruleName })
        for rule in Self.ruleSet.rules where Self.isHomophoneRule(rule.id) {
            #expect(names.contains(rule.id), "\(rule.id) has no hard case")
        }
    }

    static func isHomophoneRule(_ id: String) -> Bool {
        id.hasPrefix("grammar.homophone-") || id.hasPrefix("grammar.verb-form-")
    }
}
