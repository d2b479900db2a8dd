import XCTest
@testable import CarebookCore

/// SHA-256 known answers (FIPS 180-2 appendix B / NIST CSRC examples), checked against Python's hashlib too.
final class SHA256HexTests: XCTestCase {
    func testEmptyMessage() {
        XCTAssertEqual(SHA256Hex.of([UInt8]()), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(SHA256Hex.of(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    func testABC() {
        XCTAssertEqual(SHA256Hex.of("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(SHA256Hex.of(Array("abc".utf8)), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    /// The 448-bit message: 56 bytes, so the length no longer fits the first block's padding.
    func testTwoBlockMessage() {
        let message = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
        XCTAssertEqual(message.utf8.count * 8, 448)
        XCTAssertEqual(SHA256Hex.of(message), "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    /// A million "a"s, hashed where they lie through a raw buffer (no copy).
    func testMillionAs() {
        let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        let hex = bytes.withUnsafeBytes { SHA256Hex.of($0) }
        XCTAssertEqual(hex, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// A slice of a larger buffer is hashed alone: the digest of "abc" taken from the middle of "xxabcxx".
    func testBufferSliceHashesOnlyItsBytes() {
        let bytes = Array("xxabcxx".utf8)
        let hex = bytes.withUnsafeBytes { SHA256Hex.of(UnsafeRawBufferPointer(rebasing: $0[2..<5])) }
        XCTAssertEqual(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
