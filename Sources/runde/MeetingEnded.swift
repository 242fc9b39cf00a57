/// A meeting's part of the process is over: `ErrorReport` prints `message` (if any) on
/// standard output and exits with `code` (0 done or saved for resuming, 1 a journal that could
/// not be kept, 128+n a signal).
struct MeetingEnded: Error {
    var code: Int32
    var message: String?
}
