import Crypto

/// SHA-256 hex digests (apple/swift-crypto), for data-file fingerprints and cache entry names.
///
/// The bytes are hashed where they lie: no copy is made of a file's contents to fingerprint it.
public enum SHA256Hex {
    /// The lower-case hex digest of the bytes a buffer points at.
    public static func of(_ bytes: UnsafeRawBufferPointer) -> String {
        var hasher = Crypto.SHA256()
        hasher.update(bufferPointer: bytes)
        var hex = ""
        hex.reserveCapacity(64)
        for byte in hasher.finalize() {
            hex += byte < 16 ? "0" + String(byte, radix: 16) : String(byte, radix: 16)
        }
        return hex
    }

    /// The lower-case hex digest of an array of bytes.
    public static func of(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBytes { of($0) }
    }

    /// The lower-case hex digest of a string's UTF-8 bytes.
    public static func of(_ text: String) -> String {
        var text = text
        return text.withUTF8 { of(UnsafeRawBufferPointer($0)) }
    }
}
