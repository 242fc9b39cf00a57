import RundeCore

extension MeetingModel {
    /// The theme as it will be saved: the typed text sanitized and scrubbed of every roster
    /// and guest name (DESIGN §2). The theme field previews it live; Enter and Tab send it.
    public var themeAsSaved: String {
        TextSafety.scrub(TextSafety.sanitize(themeInput), names: roster + Array(guestNames.values))
    }

    /// The preview line under the theme field, or nil when the text is saved as typed.
    public var themePreviewLine: String? {
        let saved = themeAsSaved
        return saved == themeInput ? nil : strings.f(.themePreview, saved)
    }
}
