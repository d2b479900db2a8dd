import Foundation
import XCTest
@testable import CarebookCore

/// A test case with a scratch folder (made by each subclass's `setUpWithError`, removed after each test) and a
/// load cache in its `cache` folder that keeps every file, however small.
class CacheScratchTestCase: XCTestCase {
    var scratch: ScratchFolder!
    var folder: URL { scratch.url }
    var cacheFolder: String { folder.appendingPathComponent("cache").path }
    /// A cache over `cacheFolder`, new each time it is asked for (as a new session's would be).
    var cache: LoadCache { LoadCache(directory: cacheFolder, minimumBytes: 0) }

    override func tearDown() {
        scratch?.remove()
    }
}
