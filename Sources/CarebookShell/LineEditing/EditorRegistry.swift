import CLibedit
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The open libedit editors, so that `exit()` can restore the terminal.
///
/// libedit leaves the terminal in its editing mode only while reading, but a
/// process may exit from anywhere (a completion callback, a fatal error
/// path); an `atexit` hook ends every editor still open.
enum EditorRegistry {
    private static let open = Mutex<[UInt]>([])

    private static let hook: Void = {
        _ = atexit { EditorRegistry.endAll() }
    }()

    static func add(_ editor: OpaquePointer) {
        _ = hook
        let address = UInt(bitPattern: Int(bitPattern: UnsafeRawPointer(editor)))
        open.withLock { $0.append(address) }
    }

    static func remove(_ editor: OpaquePointer) {
        let address = UInt(bitPattern: Int(bitPattern: UnsafeRawPointer(editor)))
        open.withLock { $0.removeAll { $0 == address } }
    }

    /// Ends (and forgets) every open editor, restoring the terminal.
    static func endAll() {
        let addresses = open.withLock { list in
            defer { list.removeAll() }
            return list
        }
        for address in addresses {
            if let editor = OpaquePointer(bitPattern: address) { el_end(editor) }
        }
    }
}
