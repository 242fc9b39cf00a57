/// Checks on group names and member labels, shared by the group file parser and the commands.
///
/// Messages never repeat a label back (it might hold escape sequences); they name the member
/// by its position instead, counting from 1.
public enum GroupValidation {
    public static let maxNameLength = 80
    public static let maxLabelLength = 40
    public static let minMembers = 2
    public static let maxMembers = 50
    /// Accepted values of `[settings] language` ("" follows LANG).
    public static let languages = ["", "nb", "nn", "no", "en"]

    /// A problem with a group name, or nil when it is fine.
    public static func nameProblem(_ name: String) -> String? {
        if TextSafety.containsUnsafe(name) { return "the group name contains control characters" }
        if name.trimmingSpaces().isEmpty { return "the group name is empty" }
        if name.count > maxNameLength { return "the group name is longer than \(maxNameLength) characters" }
        return nil
    }

    /// A problem with the member labels (already trimmed), or nil when they are fine.
    public static func membersProblem(_ labels: [String]) -> String? {
        var seen: [String: Int] = [:]
        for (i, label) in labels.enumerated() {
            let n = i + 1
            if TextSafety.containsUnsafe(label) { return "member \(n) contains control characters" }
            if label.trimmingSpaces().isEmpty { return "member \(n) is empty" }
            if label != label.trimmingSpaces() { return "member \(n) begins or ends with spaces" }
            if label.count > maxLabelLength { return "member \(n) is longer than \(maxLabelLength) characters" }
            let key = label.lowercased()
            if let first = seen[key] { return "member \(n) is the same as member \(first)" }
            seen[key] = n
        }
        if labels.count < minMembers { return "a group needs at least \(minMembers) members, not \(labels.count)" }
        if labels.count > maxMembers { return "a group can have at most \(maxMembers) members, not \(labels.count)" }
        return nil
    }

    /// Splits a comma-separated member list and trims spaces around each label.
    public static func splitMembers(_ list: String) -> [String] {
        list.split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmingSpaces() }
    }
}
