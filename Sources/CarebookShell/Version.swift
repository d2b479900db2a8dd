/// The carebook version, printed in banners and script headers.
public enum CarebookVersion {
    public static let current = "0.1.0"
}
