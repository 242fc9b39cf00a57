import RundeText

/// The method's usual group size (5–8 members, DESIGN §1): creating a group of another size
/// adds a calm hint, never a refusal, on the command line and in the new-group form.
public enum GroupSizeHint {
    public static let usual = 5...8

    /// The hint for a group of `members`, or nil when the size is the usual one.
    public static func text(members: Int, _ c: Catalog) -> String? {
        usual.contains(members) ? nil : c.f(.sizeHint, members)
    }
}
