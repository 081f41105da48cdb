import Foundation
import Lexicon
import Tagging
import WritingModel
import _TestSupport

@testable import TextAnalysis

/// Agreement errors injected into clean treebank sentences, to measure
/// what the agreement rules catch: each corruption replaces one word by
/// another real form of the same lemma that breaks one agreement.
struct AgreementCorruption: CustomStringConvertible {
    var ruleID: String
    var text: String
    var span: TextSpan

    var description: String { "\(ruleID): \(text)" }

    /// At most one corruption per kind for each sentence of `sentences`.
    static func make(from sentences: [String], resources: AgreementResources) throws
        -> [AgreementCorruption]
    {
        var result: [AgreementCorruption] = []
        for sentence in sentences {
            let context = try Fixtures.context(sentence)
            guard context.taggedSentences.count == 1 else { continue }
            let maker = Maker(
                text: sentence, words: context.taggedSentences[0], resources: resources,
                lexique: Fixtures.lexique)
            result += maker.all()
        }
        return result
    }

    private struct Maker {
        var text: String
        var words: [TaggedWord]
        var resources: AgreementResources
        var lexique: Lexique
        var index: InflectionIndex { resources.inflections(lexique) }

        func all() -> [AgreementCorruption] {
            [nounNumber(), adjectiveGender(), subjectVerb(), participle(), conjugation()]
                .compactMap { $0 }
        }

        func replacing(_ word: Int, with form: String, rule: String) -> AgreementCorruption {
            let span = words[word].span
            var units = Array(text.utf16)
            units.replaceSubrange(span.start..<span.end, with: Array(form.utf16))
            return AgreementCorruption(
                ruleID: rule, text: String(decoding: units, as: UTF16.self),
                span: TextSpan(start: span.start, end: span.start + form.utf16.count))
        }

        /// « les enfants » → « les enfant ».
        func nounNumber() -> AgreementCorruption? {
            for i in words.indices.dropLast() where words[i].partOfSpeech == .det {
                let noun = i + 1
                guard words[noun].partOfSpeech == .noun, words[noun].features.number == .plural,
                    ["les", "des", "ces", "mes", "ses", "leurs", "nos", "vos"].contains(
                        words[i].form.lowercased())
                else { continue }
                let form = words[noun].form
                guard let entry = lexique.lookup(form).first(where: { $0.partOfSpeech == .noun })
                else { continue }
                let singular = index.nominalForms(
                    lemma: entry.lemma, partOfSpeech: .noun, needed: .singular, excluding: form)
                if let first = singular.first, form.hasSuffix("s"), first + "s" == form {
                    return replacing(noun, with: first, rule: "grammar.agreement-noun-phrase")
                }
            }
            return nil
        }

        /// « une maison ancienne » → « une maison ancien ».
        func adjectiveGender() -> AgreementCorruption? {
            for i in words.indices.dropFirst(2) where words[i].partOfSpeech == .adj {
                guard words[i - 1].partOfSpeech == .noun, words[i - 2].partOfSpeech == .det,
                    let gender = words[i].features.gender, let number = words[i].features.number,
                    let entry = lexique.lookup(words[i].form).first(where: {
                        $0.partOfSpeech == .adjective
                    })
                else { continue }
                let other: Gender = gender == .masculine ? .feminine : .masculine
                let forms = index.nominalForms(
                    lemma: entry.lemma, partOfSpeech: .adjective,
                    needed: GenderNumberSet(gender: other, number: number),
                    excluding: words[i].form)
                if let first = forms.first,
                    GenderNumberSet.of(lexique.lookup(first), classes: [.adjective]).isDisjoint(
                        with: GenderNumberSet(gender: gender, number: number))
                {
                    return replacing(i, with: first, rule: "grammar.agreement-noun-phrase")
                }
            }
            return nil
        }

        /// « ils mangent » → « ils mange », « les élèves jouent » → « joue ».
        func subjectVerb() -> AgreementCorruption? {
            let subjects = ["il", "elle", "on", "ils", "elles", "les", "des", "le", "la"]
            for i in words.indices.dropLast(2) {
                let lowered = words[i].form.lowercased()
                guard subjects.contains(lowered), i == 0 || words[i - 1].partOfSpeech == .punct
                else { continue }
                var verb = i + 1
                if words[i].partOfSpeech == .det { verb += 1 }
                guard verb < words.count, words[verb].partOfSpeech == .verb,
                    words[verb].features.isFinite,
                    let number = words[verb].features.number,
                    let entry = lexique.lookup(words[verb].form).first(where: {
                        $0.partOfSpeech == .verb && $0.hasSubjectInflection
                    }),
                    let inflection = entry.inflections.first(where: {
                        $0.mood == .indicative && $0.person == 3
                    })
                else { continue }
                let other = PersonNumberSet(
                    person: 3, number: number == .plural ? .singular : .plural)
                let forms = index.verbForms(lemma: entry.lemma, like: inflection, persons: other)
                if let first = forms.first?.form, first != words[verb].form,
                    PersonNumberSet.finite(lexique.lookup(first)).isDisjoint(
                        with: PersonNumberSet(person: 3, number: number))
                {
                    return replacing(verb, with: first, rule: "grammar.agreement-subject-verb")
                }
            }
            return nil
        }

        /// « elles sont parties » → « elles sont parti ».
        func participle() -> AgreementCorruption? {
            for i in words.indices.dropLast(2) {
                guard ["il", "elle", "ils", "elles"].contains(words[i].form.lowercased()),
                    words[i + 1].lemma == "être", words[i + 1].features.isFinite,
                    words[i + 2].partOfSpeech == .verb, words[i + 2].features.verbForm == "Part",
                    let entry = lexique.lookup(words[i + 2].form).first(where: \.isPastParticiple)
                else { continue }
                let current = GenderNumberSet.of(
                    lexique.lookup(words[i + 2].form), classes: [.verb, .adjective])
                let forms = index.nominalForms(
                    lemma: entry.lemma, partOfSpeech: .verb, needed: .any.subtracting(current),
                    excluding: words[i + 2].form)
                if let first = forms.first(where: {
                    GenderNumberSet.of(lexique.lookup($0), classes: [.verb, .adjective])
                        .isDisjoint(with: current)
                }) {
                    return replacing(i + 2, with: first, rule: "grammar.agreement-participle")
                }
            }
            return nil
        }

        /// « il a pris » → « il a prit », when both sound alike, as a
        /// student who writes what they hear would confuse them.
        func conjugation() -> AgreementCorruption? {
            for i in words.indices.dropLast() {
                guard words[i].lemma == "avoir", words[i].partOfSpeech == .aux,
                    words[i + 1].partOfSpeech == .verb, words[i + 1].features.verbForm == "Part",
                    !words[i + 1].lemma.hasSuffix("er"),
                    let inflection = VerbInflection(code: "ind:pas")
                else { continue }
                let forms = index.verbForms(
                    lemma: words[i + 1].lemma, like: inflection,
                    persons: PersonNumberSet(person: 3, number: .singular))
                let participle = lexique.lookup(words[i + 1].form).first(where: \.isPastParticiple)
                guard let first = forms.first, first.phonemes == participle?.phonemes,
                    !lexique.lookup(first.form).contains(where: {
                        $0.isPastParticiple || !$0.partOfSpeech.isVerbal
                    })
                else { continue }
                return replacing(i + 1, with: first.form, rule: "grammar.conjugation")
            }
            return nil
        }
    }
}
