/// Version and identity of the application.
public enum AppInfo {
    public static let version = "0.1.0"
}
