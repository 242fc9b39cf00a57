/// One key of the catalog: a whole sentence or label, in bokmål and in English.
///
/// Each area of Runde (meeting screens, history, the command line, plain mode, …) keeps its
/// keys in one enum whose `texts` switch is exhaustive, so a key without a text in either
/// language does not compile. `%1`, `%2` … in a text are replaced by arguments; both languages
/// use the same placeholders (a test holds them to it).
public protocol CatalogKey: Sendable {
    /// The text in bokmål and in English.
    var texts: (nb: String, en: String) { get }
}

/// The one catalog of texts a person reads, for one language (DESIGN §3).
///
/// Every area adds `subscript(_:)` and `f(_:_:)` overloads for its own key enum, so call sites
/// write `catalog[.quitTitle]` and `catalog.f(.meetingNumber, 7)`.
public struct Catalog: Equatable, Sendable {
    public let lang: Lang

    public init(_ lang: Lang) { self.lang = lang }

    /// The text of any key in this catalog's language.
    @inlinable
    public func text(_ key: some CatalogKey) -> String {
        let t = key.texts
        switch lang {
        case .nb: return t.nb
        case .en: return t.en
        }
    }

    /// The text of any key with `%1`, `%2`, … replaced by `args`.
    public func format(_ key: some CatalogKey, _ args: [CustomStringConvertible]) -> String {
        Catalog.substitute(text(key), args.map(\.description))
    }

    /// Replaces `%1` … `%9` in one pass, copying the text between them as slices (this runs
    /// for labels every second). A `%` not followed by a digit of an argument stays.
    public static func substitute(_ template: String, _ args: [String]) -> String {
        let bytes = template.utf8
        var out = ""
        out.reserveCapacity(bytes.count + 24)
        var copied = bytes.startIndex
        var i = bytes.startIndex
        while i != bytes.endIndex {
            let next = bytes.index(after: i)
            if bytes[i] == UInt8(ascii: "%"), next != bytes.endIndex {
                let d = Int(bytes[next]) - Int(UInt8(ascii: "0"))
                if d >= 1, d <= args.count {
                    out += template[copied..<i]
                    out += args[d - 1]
                    i = bytes.index(after: next)
                    copied = i
                    continue
                }
            }
            i = next
        }
        out += template[copied...]
        return out
    }
}
