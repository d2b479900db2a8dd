import Foundation
import Synchronization

/// A SHA-256 fingerprint computed on another core while the caller goes on (parsing the same bytes).
final class BackgroundDigest: Sendable {
    private let result = Mutex<String?>(nil)
    private let done = DispatchSemaphore(value: 0)

    init(_ bytes: [UInt8]) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let hex = SHA256Hex.of(bytes)
            result.withLock { $0 = hex }
            done.signal()
        }
    }

    /// The hex digest, waiting for it if it is not ready yet.
    var hex: String {
        done.wait()
        done.signal()          // later reads do not block
        return result.withLock { $0! }
    }
}
