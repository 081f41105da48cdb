import WritingModel

/// How an edit changes the text, for counting.
private struct EditShape {
    enum Origin { case typing, paste, history, composition, move, removal }

    var origin: Origin
    var removed: TextSpan?
    var direction: DeletionDirection
    var point: Int
    var inserted: String

    init?(_ action: KeystrokeAction) {
        direction = .selection
        inserted = ""
        switch action {
        case .insert(let position, let text):
            (origin, point, inserted) = (.typing, position, text)
        case .delete(let span, let side, _):
            (origin, removed, direction, point) = (.removal, span, side, span.start)
        case .cut(let span, _):
            (origin, removed, point) = (.removal, span, span.start)
        case .replace(let span, let text, _):
            (origin, removed, point, inserted) = (.typing, span, span.start, text)
        case .paste(let span, let text):
            (origin, removed, point, inserted) = (.paste, span, span.start, text)
        case .undo(let span, let text), .redo(let span, let text):
            (origin, removed, point, inserted) = (.history, span, span.start, text)
        case .composition(let span, let text):
            (origin, removed, point, inserted) = (.composition, span, span.start, text)
        case .move(let span, _):
            (origin, removed, point) = (.move, span, span.start)
        case .cursor, .compositionStart, .compositionEnd, .focusLost, .focusRegained, .snapshot:
            return nil
        }
        if removed?.isEmpty == true { removed = nil }
    }
}

extension ProcessAccumulator {
    mutating func recordEdit(_ action: KeystrokeAction, time: Int, text: UTF16Text) {
        guard let edit = EditShape(action) else { return }
        firstEditTime = firstEditTime ?? time
        let editEnd = edit.removed?.end ?? edit.point
        let atLeadingEdge = editEnd >= text.contentEnd
        switch action {
        case .undo: undoCount += 1
        case .redo: redoCount += 1
        default: break
        }
        // Undo, redo and moves end a run of typing but are counted apart
        // from deletions and insertions; composition updates are neither.
        if [.history, .move].contains(edit.origin) { closeRun(as: .revision) }
        if let removed = edit.removed, [.typing, .paste, .removal].contains(edit.origin) {
            closeRun(as: .revision)
            recordDeletion(removed, direction: edit.direction, atLeadingEdge: atLeadingEdge)
            bucket(at: time) { $0.deleted += removed.length }
        } else {
            openDeletion = nil
        }
        recordInsertion(edit, time: time, text: text, atLeadingEdge: atLeadingEdge)
    }

    private mutating func recordDeletion(
        _ span: TextSpan, direction: DeletionDirection, atLeadingEdge: Bool
    ) {
        let continues: Bool
        switch (openDeletion?.direction, direction) {
        case (.backward, .backward): continues = span.end == openDeletion?.boundary
        case (.forward, .forward): continues = span.start == openDeletion?.boundary
        default: continues = false
        }
        deletions.characters += span.length
        if !continues {
            deletions.count += 1
            if atLeadingEdge { deletions.leadingEdgeCount += 1 }
            openDeletionAtLeadingEdge = atLeadingEdge
        }
        if openDeletionAtLeadingEdge { deletions.leadingEdgeCharacters += span.length }
        openDeletion = direction == .selection ? nil : (direction, span.start)
    }

    private mutating func recordInsertion(
        _ edit: EditShape, time: Int, text: UTF16Text, atLeadingEdge: Bool
    ) {
        let units = Array(edit.inserted.utf16)
        var length = units.count
        if edit.origin == .composition {
            // A composition update replaces the previous composing text, so
            // only its growth is new production.
            length = max(0, units.count - (edit.removed?.length ?? 0))
        }
        guard length > 0, edit.origin != .move else {
            openInsertionEnd = nil
            return
        }
        producedCharacters += length
        switch edit.origin {
        case .typing, .composition:
            typedCharacters += length
            typedWords += Self.wordStarts(units, after: edit.point > 0 ? text[edit.point - 1] : nil)
            extendRun(time: time, length: length)
            bucket(at: time) { $0.typed += length }
        case .paste:
            pasteCount += 1
            pastedCharacters += length
            if length >= settings.largePasteLength { pendingPaste = length }
            bucket(at: time) { $0.pasted += length }
        case .history, .move, .removal:
            break
        }
        recordInsertionRevision(edit, length: length, atLeadingEdge: atLeadingEdge)
    }

    private mutating func recordInsertionRevision(
        _ edit: EditShape, length: Int, atLeadingEdge: Bool
    ) {
        guard !atLeadingEdge, edit.origin == .typing || edit.origin == .paste else {
            openInsertionEnd = nil
            return
        }
        if openInsertionEnd != edit.point { insertions.count += 1 }
        insertions.characters += length
        openInsertionEnd = edit.point + length
    }

    private static func wordStarts(_ units: [UInt16], after previous: UInt16?) -> Int {
        var previousIsWord = previous.map(UTF16Text.isWordUnit) ?? false
        var total = 0
        for unit in units {
            let isWord = UTF16Text.isWordUnit(unit)
            if isWord && !previousIsWord { total += 1 }
            previousIsWord = isWord
        }
        return total
    }
}
