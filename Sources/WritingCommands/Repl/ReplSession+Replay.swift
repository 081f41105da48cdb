import Foundation
import Synchronization
import WritingModel

extension ReplSession {
    /// `rejoue COPIE [VITESSE]`: the writing of an essay, replayed from its
    /// keystroke log at VITESSE times real time. On a terminal the text is
    /// redrawn ten times a second until Ctrl-C or the end; in a script, a
    /// line per second of replay gives the time, the word count and the end
    /// of the text at the caret, without waiting.
    func replay(_ arguments: [String]) throws {
        guard (1...2).contains(arguments.count) else {
            throw ReplError("Indiquez une copie\u{00A0}: «\u{00A0}rejoue NOM [VITESSE]\u{00A0}».")
        }
        let essay = try essay(arguments[0])
        let speed = try arguments.count == 2 ? Self.speed(arguments[1]) : 10
        guard let log = essay.keystrokes else {
            throw ReplError(
                "Aucun journal de frappe n’est chargé pour \(FrenchTypography.quoted(essay.name))\u{00A0}: "
                    + "chargez le journal lui-même (.jsonl, .csv, .tsv) avec «\u{00A0}charger\u{00A0}».")
        }
        // One frame shows 100 ms of replay, so 100 × speed ms of the log;
        // a pause longer than two seconds of replay is cut short.
        let step = Int(100 * speed)
        var lapse = TimeLapse(log: log, step: step, maximumPause: 20 * step)
        if input.isInteractive && context.output.isTerminal {
            animate(&lapse, name: essay.name, speed: speed)
        } else {
            printFrames(&lapse, step: 10 * step)
        }
    }

    /// Parses a speed such as « 10 », « 2,5 » or « x4 ».
    static func speed(_ text: String) throws -> Double {
        let cleaned = text.lowercased().replacingOccurrences(of: ",", with: ".")
            .trimmingCharacters(in: CharacterSet(charactersIn: "x×"))
        guard let speed = Double(cleaned), speed >= 0.1, speed <= 10_000 else {
            throw ReplError(
                "Vitesse invalide \(FrenchTypography.quoted(text))\u{00A0}: indiquez un nombre de 0,1 à "
                    + "10\u{202F}000, par exemple «\u{00A0}rejoue 1 20\u{00A0}» pour vingt fois plus vite.")
        }
        return speed
    }

    /// Lines every `step` ms of the log, for scripts: time, words and the
    /// text just before the caret.
    private func printFrames(_ lapse: inout TimeLapse, step: Int) {
        var nextLine = 0
        var last: TimeLapse.Frame?
        var shownText: String?
        while let frame = lapse.next() {
            last = frame
            if let pause = frame.skippedPause {
                write("  (pause de \(TimeLapse.clockText(pause)))\n")
            }
            guard frame.time >= nextLine || frame.skippedPause != nil else { continue }
            nextLine = frame.time + step
            guard frame.text != shownText else { continue }
            shownText = frame.text
            write("[\(TimeLapse.clockText(frame.time))] \(Self.caretExcerpt(frame))\n")
        }
        guard let last else { return }
        if last.text != shownText {
            write("[\(TimeLapse.clockText(last.time))] \(Self.caretExcerpt(last))\n")
        }
        write(
            "Fin du journal à \(TimeLapse.clockText(last.time))\u{00A0}: "
                + "\(ReplMessages.count(last.events, "événement", "événements")), "
                + "\(ReplMessages.count(last.words, "mot", "mots")).\n")
    }

    /// « 45 mots  …la fin du texte▌ »: up to 50 characters before the caret.
    static func caretExcerpt(_ frame: TimeLapse.Frame) -> String {
        let units = Array(frame.text.utf16)
        let caret = min(frame.caret, units.count)
        var before = String(decoding: units[..<caret], as: UTF16.self)
        before = String(before.map { $0.isNewline ? "⏎" : $0 })
        let excerpt = before.count > 50 ? "…" + before.suffix(50) : before
        return "\(ReplMessages.count(frame.words, "mot", "mots"))  \(excerpt)▌"
    }

    /// Redraws the screen ten times a second until the end or Ctrl-C.
    private func animate(_ lapse: inout TimeLapse, name: String, speed: Double) {
        ReplInterrupt.begin()
        defer { ReplInterrupt.end() }
        var last: TimeLapse.Frame?
        while let frame = lapse.next(), !ReplInterrupt.isRequested {
            last = frame
            let header =
                "Rejoue \(FrenchTypography.quoted(name)) ×\(FrenchTypography.decimal(speed)) — "
                + "\(TimeLapse.clockText(frame.time)) — "
                + "\(ReplMessages.count(frame.words, "mot", "mots")) (Ctrl-C pour arrêter)"
            var units = Array(frame.text.utf16)
            units.insert(contentsOf: "▌".utf16, at: min(frame.caret, units.count))
            let lines = Self.wrap(String(decoding: units, as: UTF16.self), width: width)
            let visible = lines.suffix(max(5, terminalHeight - 3))
            write("\u{1B}[H\u{1B}[2J\(header)\n\n\(visible.joined(separator: "\n"))\n")
            context.output.flush()
            usleep(100_000)
        }
        if let last {
            write("\nArrêt à \(TimeLapse.clockText(last.time)).\n")
        }
    }

    private var terminalHeight: Int {
        context.environment["LINES"].flatMap(Int.init) ?? 24
    }
}

/// Ctrl-C during a replay: stops the replay instead of ending the process.
enum ReplInterrupt {
    private static let requested = Atomic(false)

    static var isRequested: Bool { requested.load(ordering: .relaxed) }

    static func begin() {
        requested.store(false, ordering: .relaxed)
        signal(SIGINT) { _ in
            // A lock-free atomic store is safe in a signal handler.
            ReplInterrupt.requested.store(true, ordering: .relaxed)
        }
    }

    static func end() {
        signal(SIGINT, SIG_DFL)
    }
}
