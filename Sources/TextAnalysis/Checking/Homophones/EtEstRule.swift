import Tagging
import WritingModel

/// « et » (the conjunction) written for « est » (the verb être), and the
/// reverse: « il et grand », « il mange est il boit ».
struct EtEstRule: CheckingRule {
    let id = "grammar.homophone-et-est"
    let category = FindingCategory.grammaire
    let examples: [RuleExample] = [
        .wrong("Il {{et}} grand.", "est"),
        .wrong("C'{{et}} vrai.", "est"),
        .wrong("Elle {{et}} partie hier.", "est"),
        .wrong("On {{et}} en retard.", "est"),
        .wrong("Le film {{et}} terminé.", "est"),
        .wrong("Le chat est noir et le chien {{et}} blanc.", "est"),
        .wrong("Il court {{est}} je marche.", "et"),
        .wrong("Il mange {{est}} boit.", "et"),
        .wrong("Il n'{{et}} pas venu.", "est"),
        .wrong("Il n'en {{et}} rien.", "est"),
        .wrong("La question, qui {{et}} difficile, reste ouverte.", "est"),
        .wrong("Ce canton {{et}} organisé autour de la ville.", "est"),
        .wrong("Le temple {{et}} érigé sur la colline.", "est"),
        .wrong("Huntsville {{et}} une ville du Tennessee.", "est"),
        .wrong("Hypsiboas pombali {{et}} une espèce d'amphibiens.", "est"),
        .wrong("Le Conseil de Téhéran {{et}} la plus haute autorité du pays.", "est"),
        .wrong("Demi Mondaine {{et}} également un groupe de rock.", "est"),
        .wrong("C'{{et}}, selon moi, le meilleur.", "est"),
        .wrong("Comment ce produit {{et}}-il utilisé ?", "est"),
        .wrong("Le dacorène {{et}} un sympathicomimétique.", "est"),
        .wrong("Le dialecte local {{et}} un dérivé du basque.", "est"),
        .wrong("La bivalirudine {{et}} rapidement distribuée dans le plasma.", "est"),
        .wrong("Il aime le thé {{est}} le café.", "et"),
        .wrong("Ils obtiennent les mêmes droits {{est}} devoirs.", "et"),
        .wrong("Il pleut, {{est}} elle viendra demain.", "et"),
        .wrong("Le repas est froid, {{est}} le serveur ne viendra pas.", "et"),
        .wrong("Lagor {{est}} Monein ont fusionné.", "et"),
        .wrong("Il a été ouvert en 1898, {{est}} comporte neuf lignes.", "et"),
        .wrong("La Russie {{est}} la Chine ne s'étaient pas opposées.", "et"),
        .wrong("Il est maintenant heureux {{est}} populaire.", "et"),
        .wrong("Il traverse les provinces de Biella {{est}} de Verceil.", "et"),
        .wrong("Il ferme la porte {{est}} descend l'escalier.", "et"),
        .wrong("La frontière entre le Cambodge {{est}} la Thaïlande est longue.", "et"),
        .wrong("La cohabitation des Hutu {{est}} les Tutsi est exemplaire.", "et"),
        .wrong("J'apprécie les dentistes {{est}} la qualité des soins.", "et"),
        .wrong("Elle propose des cours, des formations {{est}} des outils.", "et"),
        .wrong("Cartman stoppe leur collaboration {{est}} se rend à la police.", "et"),
        .wrong("Il réduit l'armée {{est}} en interdisant le service.", "et"),
        .wrong("Voir les articles 1645 {{est}} 1646 du Code civil.", "et"),
        .wrong("Le restaurant propose des plats variés {{est}} très complets.", "et"),
        .wrong("Il faut l'eau, l'assainissement, l'électricité {{est}} le téléphone.", "et"),
        .right("Elle et moi sommes partis."),
        .right("Il est grand et fort."),
        .right("Est-ce que c'est vrai ?"),
        .right("Avec elle et ses amis, il est parti."),
        .right("Elle et maître Sylvain voyaient bien."),
        .right("Ce qui est est."),
        .right("Il s'est tu."),
        .right("Il a les cheveux longs et noirs, la peau mate et ridée."),
        .right("Né le 2 juin 1911 à Paris et décédé à Toulouse, il était physicien."),
        .right("Une desserte complète de la Chine et partielle de l'Inde."),
        .right("Ce fut un très long baiser, muet et profond."),
        .right("Malgré ces discours et autres de l'entomologiste, il part."),
        .right("Le chat et le chien."),
        .right("Le gagnant est Pierre Dupont, qui court vite."),
        .right("Ce qui compte est le travail fourni."),
        .right("Le gâteau est mange, dit-il en riant."),
        .right("Il parle de son fils qui est de Paris."),
        .right("Elle trouve le film long, la salle est froide."),
        .right("Paris et la province."),
        .right("Il se demande pourquoi Pierre est parti."),
        .right("Le film que Pierre voit est long."),
        .right("À qui et pour qui travaille-t-il ?"),
        .right("Où est elle allée ?"),
        .right("Le livre publié en 1990 et traduit en 2000 est connu."),
        .right("Le prix des billets est le double, ce qui est cher."),
        .right("Dix euros est le prix d'une place."),
        .right("Ce que Pierre est devenu est incroyable."),
        .right("Entre nous, la fête est une réussite."),
        .right("Les États-Unis est un pays que Pierre aime."),
        .right("Les Andalouses est le nom d'une station balnéaire."),
        .right("Son frère, Pierre est le chef, et il est en train de partir."),
        .right("Le chat noir est grand, le mur est le sien, il est l'homme."),
        .right("Le plus simple est les vacances, deux plus deux est quatre."),
        .right("Le produit de 12 fois 3 est 36."),
        .right("Celui de Cassie est une arme pouvant projeter la lumière."),
        .right("Un chat noir et un chien."),
        .right("La maison de Pierre et une grange."),
        .right("Le roi, la reine et un valet."),
    ]
    let conjunction: FoldedWordSet
    let verb: FoldedWordSet
    let clitics: FoldedWordSet
    let stressable: FoldedWordSet
    let firstPersons: FoldedWordSet
    let subjects: FoldedWordSet
    let elided: FoldedWordSet
    let elidedPronouns: FoldedWordSet
    let relatives: FoldedWordSet
    let interrogatives: FoldedWordSet
    let negation: FoldedWordSet
    let preverbalClitics: FoldedWordSet
    let pairedPrepositions: FoldedWordSet

    /// The two forms the rule distinguishes.
    private let forms: HomophonePair

    /// Reads the rule's word classes.
    init(lexicon: HomophoneLexicon) throws {
        conjunction = try lexicon.words("conjunction-et")
        verb = try lexicon.words("etre-est")
        clitics = try lexicon.words("est-subject")
        stressable = try lexicon.words("stressable-subject")
        firstPersons = try lexicon.words("subject-first-second")
        subjects = try lexicon.words("subject-pronoun")
        elided = try lexicon.words("elided-before-est")
        elidedPronouns = try lexicon.words("adverbial-pronoun")
        relatives = try lexicon.words("subject-relative")
        interrogatives = try lexicon.words("interrogative-word")
        negation = try lexicon.words("negation-ne")
        preverbalClitics = try lexicon.words("preverbal-clitic")
        pairedPrepositions = try lexicon.words("paired-preposition")
        forms = HomophonePair(conjunction, verb)
    }

    func check(_ sentence: SentenceContext, into findings: inout [Finding]) {
        let words = sentence.words
        // « c'et, selon moi, … »: after an elision, « et » is wrong even
        // before punctuation, which the pair's scan skips.
        for index in words.indices(matching: conjunction)
        where index > 0 && words.isBoundary(at: index + 1) && followsElision(words, index) {
            findings.append(finding(sentence, words[index], "est", verbWritten: false))
        }
        for (index, side) in forms.occurrences(in: words, requiringPrevious: true) {
            switch side {
            case .first where needsVerb(words, index, sentence):
                findings.append(finding(sentence, words[index], "est", verbWritten: false))
            case .second where needsConjunction(words, index, sentence):
                findings.append(finding(sentence, words[index], "et", verbWritten: true))
            default: break
            }
        }
    }

    private func finding(
        _ sentence: SentenceContext, _ word: TaggedWord, _ replacement: String,
        verbWritten: Bool
    ) -> Finding {
        let message =
            verbWritten
            ? "Le mot « est » est le verbe être ; pour relier deux mots ou deux verbes, "
                + "il faut la conjonction « et »."
            : "La conjonction « et » relie deux mots ; après un sujet, il faut le verbe être, « est », "
                + "que l’on peut remplacer par « était »."
        return sentence.homophoneFinding(
            self, span: word.span, message: message,
            shortMessage: verbWritten ? "Conjonction « et »" : "Verbe « est »",
            replacements: [replacement], confidence: verbWritten ? 0.8 : 0.9)
    }
}
