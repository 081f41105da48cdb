/// A byte-level reader of Lexique's tab-separated table, fast enough to load
/// the whole table at every start-up (Foundation's string splitting is
/// several times slower on 14 MB).
struct LexiqueParser {
    let bytes: UnsafeBufferPointer<UInt8>
    let path: String

    struct Result {
        var forms: [String]
        var entries: [LexicalEntry]
    }

    private static let requiredColumns = [
        "ortho", "phon", "lemme", "cgram", "genre", "nombre", "freqlemfilms2",
        "freqlemlivres", "freqfilms2", "freqlivres", "infover", "nbsyll",
    ]

    func parse() throws -> Result {
        var position = 0
        let header = nextLine(from: &position)
        let names = fields(in: header).map { string(in: $0) }
        var columns: [Int] = []
        for name in Self.requiredColumns {
            guard let column = names.firstIndex(of: name) else {
                throw LexiconError.malformedLine(
                    path: path, line: 1, reason: "header has no column named \(name)")
            }
            columns.append(column)
        }
        var result = Result(forms: [], entries: [])
        result.forms.reserveCapacity(150_000)
        result.entries.reserveCapacity(150_000)
        var lineNumber = 1
        while position < bytes.count {
            let line = nextLine(from: &position)
            lineNumber += 1
            if line.isEmpty { continue }
            let cells = fields(in: line)
            guard cells.count >= names.count else {
                throw LexiconError.malformedLine(
                    path: path, line: lineNumber,
                    reason: "expected \(names.count) tab-separated fields, found \(cells.count)")
            }
            let (form, entry) = try makeEntry(cells, columns: columns, line: lineNumber)
            result.forms.append(form)
            result.entries.append(entry)
        }
        return result
    }

    private func makeEntry(
        _ cells: [Range<Int>], columns: [Int], line: Int
    ) throws -> (String, LexicalEntry) {
        func cell(_ column: Int) -> Range<Int> { cells[columns[column]] }
        let films = try number(in: cell(8), line: line)
        let books = try number(in: cell(9), line: line)
        let lemmaFilms = try number(in: cell(6), line: line)
        let lemmaBooks = try number(in: cell(7), line: line)
        let partOfSpeech = LexiquePartOfSpeech(rawValue: string(in: cell(3))) ?? .unknown
        let inflectionText = string(in: cell(10))
        let inflections =
            inflectionText.isEmpty
            ? [] : inflectionText.split(separator: ";").compactMap(VerbInflection.init(code:))
        let entry = LexicalEntry(
            lemma: string(in: cell(2)),
            partOfSpeech: partOfSpeech,
            gender: Gender(rawValue: string(in: cell(4))),
            number: GrammaticalNumber(rawValue: string(in: cell(5))),
            formFrequency: (films + books) / 2,
            lemmaFrequency: (lemmaFilms + lemmaBooks) / 2,
            syllables: Int(try number(in: cell(11), line: line)),
            phonemes: string(in: cell(1)),
            inflections: inflections)
        return (string(in: cell(0)), entry)
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

    private func fields(in line: Range<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        result.reserveCapacity(20)
        var start = line.lowerBound
        for offset in line where bytes[offset] == 0x09 {
            result.append(start..<offset)
            start = offset + 1
        }
        result.append(start..<line.upperBound)
        return result
    }

    private func string(in range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// Parses a non-negative decimal with a point; an empty cell is 0.
    private func number(in range: Range<Int>, line: Int) throws -> Double {
        var integerPart = 0.0
        var fraction = 0.0
        var scale = 1.0
        var seenPoint = false
        for offset in range {
            let byte = bytes[offset]
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
                    path: path, line: line, reason: "invalid number \"\(string(in: range))\"")
            }
        }
        return integerPart + fraction
    }
}
