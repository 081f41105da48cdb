/// Feature keys of the token classifier.
///
/// Most features depend on one word type and its position relative to the
/// word being tagged (itself, one or two before, one or two after); their
/// weights can be summed once per word type and cached. The rest depend on
/// previous decisions or on pairs of words and are looked up per token.
enum TokenFeatures {
    /// Position of a word relative to the word being tagged.
    enum Role: Int, CaseIterable {
        case current, previous, next, beforePrevious, afterNext
    }

    private enum Template: UInt64 {
        case bias = 1, form, suffix1, suffix2, suffix3, suffix4, prefix2, lexique, lexiqueBit
        case hyphen, digit, elided, length, notInLexique
        case previousForm, previousSuffix3, previousLexique
        case nextForm, nextSuffix3, nextLexique
        case beforePreviousForm, beforePreviousLexique, afterNextForm, afterNextLexique
        case shape, previousShape, nextShape, firstShape
        case previousClass, beforePreviousClass, twoClasses, previousClassAndForm
        case previousAndCurrentForm, currentAndNextForm, previousClassAndNextLexique
        case guessedLexique, guessedLexiqueBit
    }

    @inline(__always)
    private static func key(_ template: Template, _ first: UInt64, _ second: UInt64 = 0) -> UInt64 {
        FeatureKey.make(template.rawValue, first, second)
    }

    /// Appends the keys that word type `type` contributes in `role`.
    static func roleKeys(_ role: Role, _ type: WordType, into keys: inout [UInt64]) {
        switch role {
        case .current:
            keys.append(key(.bias, 0))
            keys.append(key(.form, type.formHash))
            keys.append(key(.suffix1, type.suffixes.0))
            keys.append(key(.suffix2, type.suffixes.1))
            keys.append(key(.suffix3, type.suffixes.2))
            keys.append(key(.suffix4, type.suffixes.3))
            keys.append(key(.prefix2, type.prefix))
            keys.append(key(.length, UInt64(type.length)))
            if type.lexiqueMask == 0 {
                keys.append(key(.notInLexique, 0))
                keys.append(key(.guessedLexique, UInt64(type.guessedMask)))
                var mask = type.guessedMask & ~TaggerModel.guessedMaskBit
                while mask != 0 {
                    keys.append(key(.guessedLexiqueBit, UInt64(mask.trailingZeroBitCount)))
                    mask &= mask - 1
                }
            } else {
                keys.append(key(.lexique, UInt64(type.lexiqueMask)))
                var mask = type.lexiqueMask
                while mask != 0 {
                    keys.append(key(.lexiqueBit, UInt64(mask.trailingZeroBitCount)))
                    mask &= mask - 1
                }
            }
            if type.flags & 1 != 0 { keys.append(key(.hyphen, 0)) }
            if type.flags & 2 != 0 { keys.append(key(.digit, 0)) }
            if type.flags & 4 != 0 { keys.append(key(.elided, 0)) }
        case .previous:
            keys.append(key(.previousForm, type.formHash))
            keys.append(key(.previousSuffix3, type.suffixes.2))
            keys.append(key(.previousLexique, UInt64(type.lexiqueMask)))
        case .next:
            keys.append(key(.nextForm, type.formHash))
            keys.append(key(.nextSuffix3, type.suffixes.2))
            keys.append(key(.nextLexique, UInt64(type.lexiqueMask)))
        case .beforePrevious:
            keys.append(key(.beforePreviousForm, type.formHash))
            keys.append(key(.beforePreviousLexique, UInt64(type.lexiqueMask)))
        case .afterNext:
            keys.append(key(.afterNextForm, type.formHash))
            keys.append(key(.afterNextLexique, UInt64(type.lexiqueMask)))
        }
    }

    /// Context of one position for the per-token features.
    struct Context {
        var previousClass: Int
        var beforePreviousClass: Int
        var isFirst: Bool
        var previous: WordType
        var current: WordType
        var next: WordType
    }

    /// Number of per-token keys `contextKeys` writes.
    static let contextKeyCount = 11
    /// Number of those keys that `pairKeys` writes; the others take few
    /// values and are precomputed by `DenseContextWeights`.
    static let pairKeyCount = 4

    /// Writes the per-token keys of `context` into `keys`: the pair keys
    /// first, then the keys of small value sets.
    @inline(__always)
    static func contextKeys(_ context: Context, into keys: UnsafeMutablePointer<UInt64>) {
        pairKeys(context, into: keys)
        keys[4] = previousClassKey(context.previousClass)
        keys[5] = beforePreviousClassKey(context.beforePreviousClass)
        keys[6] = twoClassesKey(context.previousClass, context.beforePreviousClass)
        keys[7] = shapeKey(context.current.shape)
        keys[8] = previousShapeKey(context.previous.shape)
        keys[9] = nextShapeKey(context.next.shape)
        keys[10] = firstShapeKey(context.current.shape, isFirst: context.isFirst)
    }

    /// Writes the keys that combine a previous class or a word with another word.
    @inline(__always)
    static func pairKeys(_ context: Context, into keys: UnsafeMutablePointer<UInt64>) {
        let previousClass = UInt64(context.previousClass)
        keys[0] = key(.previousClassAndForm, previousClass, context.current.formHash)
        keys[1] = key(.previousAndCurrentForm, context.previous.formHash, context.current.formHash)
        keys[2] = key(.currentAndNextForm, context.current.formHash, context.next.formHash)
        keys[3] = key(
            .previousClassAndNextLexique, previousClass, UInt64(context.next.lexiqueMask))
    }

    static func previousClassKey(_ value: Int) -> UInt64 { key(.previousClass, UInt64(value)) }

    static func beforePreviousClassKey(_ value: Int) -> UInt64 {
        key(.beforePreviousClass, UInt64(value))
    }

    static func twoClassesKey(_ previous: Int, _ beforePrevious: Int) -> UInt64 {
        key(.twoClasses, UInt64(previous), UInt64(beforePrevious))
    }

    static func shapeKey(_ shape: UInt8) -> UInt64 { key(.shape, UInt64(shape)) }
    static func previousShapeKey(_ shape: UInt8) -> UInt64 { key(.previousShape, UInt64(shape)) }
    static func nextShapeKey(_ shape: UInt8) -> UInt64 { key(.nextShape, UInt64(shape)) }

    static func firstShapeKey(_ shape: UInt8, isFirst: Bool) -> UInt64 {
        key(.firstShape, UInt64(shape), isFirst ? 1 : 0)
    }
}
