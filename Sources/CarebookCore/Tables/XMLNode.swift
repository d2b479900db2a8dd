/// One element of an XML record: its name, the line its start tag ends on, its text (for a leaf) and its child elements.
///
/// Only one record (a 903 `CHILD`, a census `Child`) is held as nodes at a time; the file is streamed.
public struct XMLNode: Sendable, Equatable {
    public var name: String
    public var line: Int
    /// The element's text trimmed of white space; empty for `<DEC />` and for an element with children.
    public var text: String
    public var children: [XMLNode]

    public init(name: String, line: Int, text: String = "", children: [XMLNode] = []) {
        self.name = name
        self.line = line
        self.text = text
        self.children = children
    }

    /// True for an element with no child elements (a field).
    public var isLeaf: Bool { children.isEmpty }

    /// The first child element with this name.
    public func child(_ name: String) -> XMLNode? { children.first { $0.name == name } }

    /// The child elements with this name, in document order.
    public func children(named name: String) -> [XMLNode] { children.filter { $0.name == name } }

    /// The text of the first child element with this name; nil when it is absent or empty.
    public func value(_ name: String) -> String? {
        guard let t = child(name)?.text, !t.isEmpty else { return nil }
        return t
    }
}
