import Dispatch
import Foundation

/// A byte-level reader of Lexique's tab-separated table, fast enough to load
/// the whole table at every start-up: the body is cut into chunks at line
/// breaks and the chunks are parsed on all cores.
struct LexiqueParser: @unchecked Sendable {
    // The buffer is only read, and outlives `parse()`, which is what makes
    // sharing it between the chunk workers safe.
    let bytes: UnsafeBufferPointer<UInt8>
    let path: String

    struct Result {
        var forms: [String] = []
        var entries: [LexicalEntry] = []
    }

    private static let requiredColumns = [
        "ortho", "phon", "lemme", "cgram", "genre", "nombre", "freqlemfilms2",
        "freqlemlivres", "freqfilms2", "freqlivres", "infover", "nbsyll",
    ]

    /// Column positions of the required columns, and the header's width.
    struct Layout {
        var columns: [Int]
        var width: Int
    }

    func parse() throws -> Result {
        var position = 0
        let header = nextLine(from: &position)
        var cells: [Range<Int>] = []
        split(header, into: &cells)
        let names = cells.map { string(in: $0) }
        var columns: [Int] = []
        for name in Self.requiredColumns {
            guard let column = names.firstIndex(of: name) else {
                throw LexiconError.malformedLine(
                    path: path, line: 1, reason: "header has no column named \(name)")
            }
            columns.append(column)
        }
        let layout = Layout(columns: columns, width: names.count)
        let chunks = chunkStarts(from: position, count: 4)
        let outcomes = ChunkOutcomes(count: chunks.count - 1)
        DispatchQueue.concurrentPerform(iterations: chunks.count - 1) { chunk in
            let outcome = Swift.Result {
                try parseLines(chunks[chunk]..<chunks[chunk + 1], layout: layout)
            }
            outcomes.store(outcome, at: chunk)
        }
        var merged = Result()
        for outcome in outcomes.all {
            let result = try outcome.get()
            merged.forms += result.forms
            merged.entries += result.entries
        }
        return merged
    }

    /// Offsets that cut the bytes after `start` into `count` chunks of
    /// whole lines; the first is `start`, the last the end of the buffer.
    /// Results of the chunk workers, in chunk order.
    final class ChunkOutcomes: @unchecked Sendable {
        // `outcomes` is only touched with `lock` held.
        private let lock = NSLock()
        private var outcomes: [Swift.Result<Result, any Error>?]

        init(count: Int) {
            outcomes = Array(repeating: nil, count: count)
        }

        func store(_ outcome: Swift.Result<Result, any Error>, at index: Int) {
            lock.withLock { outcomes[index] = outcome }
        }

        var all: [Swift.Result<Result, any Error>] {
            lock.withLock { outcomes.compactMap { $0 } }
        }
    }

    private func chunkStarts(from start: Int, count: Int) -> [Int] {
        var starts = [start]
        let size = (bytes.count - start) / count
        for index in 1..<count {
            var cut = max(start + size * index, starts.last!)
            while cut < bytes.count && bytes[cut - 1] != 0x0A {
                cut += 1
            }
            starts.append(cut)
        }
        starts.append(bytes.count)
        return starts
    }

    private func parseLines(_ range: Range<Int>, layout: Layout) throws -> Result {
        var result = Result()
        result.forms.reserveCapacity(range.count / 90)
        result.entries.reserveCapacity(range.count / 90)
        var position = range.lowerBound
        var cells: [Range<Int>] = []
        cells.reserveCapacity(layout.width + 1)
        while position < range.upperBound {
            let line = nextLine(from: &position)
            if line.isEmpty { continue }
            split(line, into: &cells)
            guard cells.count >= layout.width else {
                throw LexiconError.malformedLine(
                    path: path, line: lineNumber(at: line.lowerBound),
                    reason: "expected \(layout.width) tab-separated fields, found \(cells.count)")
            }
            let (form, entry) = try makeEntry(cells, columns: layout.columns, at: line.lowerBound)
            result.forms.append(form)
            result.entries.append(entry)
        }
        return result
    }

    /// 1-based line number of a byte offset; only computed for errors.
    private func lineNumber(at offset: Int) -> Int {
        var count = 1
        for index in 0..<offset where bytes[index] == 0x0A {
            count += 1
        }
        return count
    }

    private func makeEntry(
        _ cells: [Range<Int>], columns: [Int], at offset: Int
    ) throws -> (String, LexicalEntry) {
        func cell(_ column: Int) -> Range<Int> { cells[columns[column]] }
        let films = try number(in: cell(8), at: offset)
        let books = try number(in: cell(9), at: offset)
        let lemmaFilms = try number(in: cell(6), at: offset)
        let lemmaBooks = try number(in: cell(7), at: offset)
        let entry = LexicalEntry(
            lemma: string(in: cell(2)),
            partOfSpeech: partOfSpeech(in: cell(3)),
            gender: gender(in: cell(4)),
            number: grammaticalNumber(in: cell(5)),
            formFrequency: (films + books) / 2,
            lemmaFrequency: (lemmaFilms + lemmaBooks) / 2,
            syllables: Int(try number(in: cell(11), at: offset)),
            phonemes: string(in: cell(1)),
            inflections: inflections(in: cell(10)))
        return (string(in: cell(0)), entry)
    }

    /// `m` or `f`; anything else (empty, `m/f`) is no gender.
    private func gender(in range: Range<Int>) -> Gender? {
        guard range.count == 1 else { return nil }
        switch bytes[range.lowerBound] {
        case UInt8(ascii: "m"): return .masculine
        case UInt8(ascii: "f"): return .feminine
        default: return nil
        }
    }

    /// `s` or `p`; anything else is no number.
    private func grammaticalNumber(in range: Range<Int>) -> GrammaticalNumber? {
        guard range.count == 1 else { return nil }
        switch bytes[range.lowerBound] {
        case UInt8(ascii: "s"): return .singular
        case UInt8(ascii: "p"): return .plural
        default: return nil
        }
    }

    private static let partsOfSpeech: [(bytes: [UInt8], value: LexiquePartOfSpeech)] =
        LexiquePartOfSpeech.allCases.map { (Array($0.rawValue.utf8), $0) }

    private func partOfSpeech(in range: Range<Int>) -> LexiquePartOfSpeech {
        let slice = bytes[range]
        for candidate in Self.partsOfSpeech where candidate.bytes.elementsEqual(slice) {
            return candidate.value
        }
        return .unknown
    }

    /// Parses `ind:pre:3s;sub:pre:3s;` without building strings.
    private func inflections(in range: Range<Int>) -> [VerbInflection] {
        guard !range.isEmpty else { return [] }
        var result: [VerbInflection] = []
        var start = range.lowerBound
        for offset in range.lowerBound...range.upperBound
        where offset == range.upperBound || bytes[offset] == 0x3B {
            if offset > start,
                let inflection = VerbInflection(
                    code: Substring(string(in: start..<offset)))
            {
                result.append(inflection)
            }
            start = offset + 1
        }
        return result
    }

    private func nextLine(from position: inout Int) -> Range<Int> {
        let start = position
        while position < bytes.count && bytes[position] != 0x0A {
            position += 1
        }
        var end = position
        if end > start && bytes[end - 1] == 0x0D {
            end -= 1
        }
        position += 1
        return start..<end
    }

    private func split(_ line: Range<Int>, into cells: inout [Range<Int>]) {
        cells.removeAll(keepingCapacity: true)
        var start = line.lowerBound
        for offset in line where bytes[offset] == 0x09 {
            cells.append(start..<offset)
            start = offset + 1
        }
        cells.append(start..<line.upperBound)
    }

    private func string(in range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// Parses a non-negative decimal with a point; an empty cell is 0.
    private func number(in range: Range<Int>, at offset: Int) throws -> Double {
        var integerPart = 0.0
        var fraction = 0.0
        var scale = 1.0
        var seenPoint = false
        for index in range {
            let byte = bytes[index]
            if byte == 0x2E && !seenPoint {
                seenPoint = true
            } else if (0x30...0x39).contains(byte) {
                let digit = Double(byte - 0x30)
                if seenPoint {
                    scale /= 10
                    fraction += digit * scale
                } else {
                    integerPart = integerPart * 10 + digit
                }
            } else {
                throw LexiconError.malformedLine(
                    path: path, line: lineNumber(at: offset),
                    reason: "invalid number \"\(string(in: range))\"")
            }
        }
        return integerPart + fraction
    }
}
