import Foundation
import KeystrokeAnalysis
import Testing
import WritingModel
import _TestSupport

@testable import WritingCommands

@Suite struct ReplSessionTests {
    /// A session reading `lines`, with output captured.
    struct Harness {
        let session: ReplSession
        let output: StringOutputChannel
        let errors: StringOutputChannel

        init(_ lines: [String] = []) {
            output = StringOutputChannel()
            errors = StringOutputChannel()
            var remaining = lines[...]
            let context = CommandContext(output: output, errors: errors, environment: [:])
            session = ReplSession(
                context: context, input: ScriptLineInput { remaining.popFirst() }, width: 100
            ) { Fixtures.analyzer }
        }
    }

    static let results = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/learner-results.jsonl").path

    @Test(arguments: [
        ("liste", ["liste"]),
        ("  cherche   fin  ", ["cherche", "fin"]),
        ("cherche \"fin de la guerre\"", ["cherche", "fin de la guerre"]),
        ("cherche l'élève", ["cherche", "l'élève"]),
        ("charger mes\\ copies/a.txt", ["charger", "mes copies/a.txt"]),
        ("cherche \"\"", ["cherche", ""]),
    ])
    func splitterGroupsQuotedWords(line: String, words: [String]) throws {
        #expect(try ReplLineSplitter.split(line) == words)
    }

    @Test func splitterRejectsOpenQuote() {
        #expect(throws: ReplError.self) { try ReplLineSplitter.split("cherche \"fin") }
    }

    @Test func joinRoundTrips() throws {
        let words = ["charger", "mes copies", "l'élève", "a\"b", "c\\d", ""]
        #expect(try ReplLineSplitter.split(ReplLineSplitter.join(words)) == words)
    }

    @Test(arguments: [
        ("orthographe<=2", Criterion.orthographe, [1: true, 2: true, 3: false]),
        ("sém>3", .semantique, [3: false, 4: true]),
        ("Révision=1", .revision, [1: true, 2: false]),
        ("ortho<2", .orthographe, [1: true, 2: false]),
    ])
    func levelConditionsParse(text: String, criterion: Criterion, cases: [Int: Bool]) throws {
        let (parsed, test) = try ReplSession.levelCondition(text)
        #expect(parsed == criterion)
        for (level, expected) in cases {
            #expect(test(level) == expected, "\(text) on level \(level)")
        }
    }

    @Test(arguments: ["orthographe", "orthographe<9", "<=2", "fluence<=x"])
    func badLevelConditionsFail(text: String) {
        #expect(throws: ReplError.self) { try ReplSession.levelCondition(text) }
    }

    @Test func essaysResolveByNumberNameAndPrefix() throws {
        let harness = Harness()
        harness.session.execute("charger \(Self.results)")
        let session = harness.session
        #expect(try session.essay("1").name == "307_traduction")
        #expect(try session.essay("s27-f-").name == "S27-F-")
        #expect(try session.essay("P05CM").name == "P05CM2N1")
        #expect(throws: ReplError.self) { try session.essay("P0") }
        #expect(throws: ReplError.self) { try session.essay("7") }
        do {
            _ = try session.essay("S27-F")
        } catch let error as ReplError {
            Issue.record("unique prefix rejected: \(error.message)")
        }
    }

    @Test func typoKeepsSessionAlive() {
        let harness = Harness(["lsite", "liste", "quitte", "liste"])
        harness.session.execute("charger \(Self.results)")
        let status = harness.session.run()
        #expect(status == .failure)
        #expect(harness.errors.text.contains("vouliez-vous dire «\u{00A0}liste\u{00A0}»"))
        #expect(harness.output.text.components(separatedBy: "n°  copie").count == 2)
        #expect(harness.session.errorCount == 1)
    }

    @Test func startupErrorHasNoLineNumber() {
        let harness = Harness(["liste"])
        let status = harness.session.run(firstLines: ["charger /nonexistent/copies"])
        #expect(status == .failure)
        #expect(harness.errors.text.hasPrefix("erreur\u{00A0}: "))
        #expect(!harness.errors.text.contains("ligne 0"))
    }

    @Test func folderLoadsAndAnalyses() throws {
        let folder = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let learner = Fixtures.corpusURL("learner/texts")
        for name in ["S27-F-.txt", "P04C6E2.txt"] {
            try FileManager.default.copyItem(
                at: learner.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        try Data([0xFF, 0xFE, 0x41]).write(to: folder.appendingPathComponent("utf16.txt"))
        let harness = Harness()
        harness.session.execute("charger \"\(folder.path)\"")
        #expect(harness.session.essays.map(\.name) == ["P04C6E2", "S27-F-"])
        #expect(harness.output.text.contains("2 copies chargées"))
        #expect(harness.errors.text.contains("n’est pas enregistré en UTF-8"))
        let essay = try harness.session.essay("S27")
        #expect(essay.report.criteria[.orthographe]?.level != nil)
        #expect(essay.report.matches.contains { $0.ruleID == "spell.unknown-word" })

        // Loading the same file again replaces the essay.
        harness.session.execute("charger \"\(folder.path)/S27-F-.txt\"")
        #expect(harness.session.essays.count == 2)
    }

    @Test func sameNamesGetSuffixes() {
        let harness = Harness()
        let report = AnalysisReport(
            statistics: TextStatistics(characters: 6, words: 1, sentences: 1, paragraphs: 1),
            criteria: [:], matches: [])
        for source in ["a/copie.txt", "b/copie.txt", "c/copie.txt", "a/copie.txt"] {
            harness.session.insert(
                ReplEssay(
                    name: ReplSession.baseName(source), source: source, text: "Texte.",
                    essayID: source, report: report))
        }
        #expect(harness.session.essays.map(\.name) == ["copie", "copie-2", "copie-3"])
        #expect(harness.session.essays.map(\.source) == ["a/copie.txt", "b/copie.txt", "c/copie.txt"])
    }

    @Test func filterAndSearchNarrowSelection() {
        let harness = Harness()
        let session = harness.session
        session.execute("charger \(Self.results)")
        session.execute("filtre orthographe<=2")
        #expect(session.selection == ["P04C6E2", "P05CE2N1", "P05CM2N1"])
        session.execute("cherche etait")
        #expect(session.selection == ["P05CE2N1", "P05CM2N1"])
        session.execute("cherche introuvable")
        #expect(session.selection == ["P05CE2N1", "P05CM2N1"])
        session.execute("tout")
        #expect(session.selection == nil)
        session.execute("cherche categorie typographie")
        #expect(session.selection == nil)
    }

    @Test func completionsFollowCommand() throws {
        let harness = Harness()
        harness.session.execute("charger \(Self.results)")
        let session = harness.session
        #expect(session.completions(lineBeforeWord: "", word: "mo")?.contains("montre") == true)
        #expect(session.completions(lineBeforeWord: "montre ", word: "S")?.contains("S27-F-") == true)
        #expect(session.completions(lineBeforeWord: "liste ", word: "")?.contains("orthographe") == true)
        #expect(session.completions(lineBeforeWord: "charger ", word: "cor") == nil)
    }

    @Test(arguments: [
        ("un deux trois quatre", 9, ["un deux", "trois", "quatre"]),
        ("premier\n\nsecond paragraphe", 40, ["premier", "", "second paragraphe"]),
        ("anticonstitutionnellement court", 10, ["anticonstitutionnellement", "court"]),
    ])
    func wrapBreaksAtSpaces(text: String, width: Int, lines: [String]) {
        #expect(ReplSession.wrap(text, width: width) == lines)
    }
}

@Suite struct TimeLapseTests {
    func log(_ events: [(Int, String)]) -> KeystrokeLog {
        var position = 0
        let parsed = events.map { time, text -> KeystrokeEvent in
            defer { position += text.utf16.count }
            return KeystrokeEvent(time: time, action: .insert(at: position, text: text))
        }
        return KeystrokeLog(sessionID: "test", format: .jsonLines, source: "test", sessionStart: 0, events: parsed)
    }

    @Test func framesFollowLogClock() {
        var lapse = TimeLapse(
            log: log([(100, "Le"), (250, " chat"), (900, " dort.")]), step: 200, maximumPause: 10_000)
        var frames: [TimeLapse.Frame] = []
        while let frame = lapse.next() { frames.append(frame) }
        #expect(frames.map(\.time) == [200, 400, 600, 800, 1000])
        #expect(frames.map(\.text) == ["Le", "Le chat", "Le chat", "Le chat", "Le chat dort."])
        #expect(frames.last?.caret == 13)
        #expect(frames.last?.events == 3)
    }

    @Test func longPauseIsCut() {
        var lapse = TimeLapse(
            log: log([(100, "Le"), (60_000, " chat")]), step: 100, maximumPause: 1000)
        var frames: [TimeLapse.Frame] = []
        while let frame = lapse.next() { frames.append(frame) }
        #expect(frames.count == 2)
        #expect(frames[1].skippedPause == 59_900)
        #expect(frames[1].text == "Le chat")
    }

    @Test(arguments: [(0, "0:00"), (65_000, "1:05"), (3_725_000, "1:02:05")])
    func clockTextFormats(milliseconds: Int, text: String) {
        #expect(TimeLapse.clockText(milliseconds) == text)
    }

    @Test(arguments: [("10", 10.0), ("2,5", 2.5), ("x4", 4.0), ("×0.5", 0.5)])
    func speedsParse(text: String, speed: Double) throws {
        #expect(try ReplSession.speed(text) == speed)
    }

    @Test(arguments: ["0", "-3", "vite", "20000"])
    func badSpeedsFail(text: String) {
        #expect(throws: ReplError.self) { try ReplSession.speed(text) }
    }
}
