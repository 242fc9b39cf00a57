import RundeCore

/// The one place views reach for text hygiene, so every drawn string is sanitised.
enum TextSafetyBridge {
    static func clean(_ s: String) -> String { TextSafety.sanitize(s) }
}
