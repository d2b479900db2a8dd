/// Writes Apache Thrift's compact protocol, the encoding of Parquet's page headers and footer.
///
/// Only what Parquet metadata needs: structs, i32, i64, binary/string, and lists of those.
/// Field ids must increase within a struct (they are written as deltas where they fit).
struct ThriftCompactWriter {
    private(set) var bytes: [UInt8] = []
    /// The last field id written in each open struct (innermost last).
    private var lastField: [Int16] = [0]

    enum FieldType: UInt8 {
        case i32 = 5, i64 = 6, binary = 8, list = 9, structure = 12
    }

    mutating func fieldHeader(_ id: Int16, _ type: FieldType) {
        let delta = Int(id) - Int(lastField[lastField.count - 1])
        if delta > 0, delta <= 15 {
            bytes.append(UInt8(delta) << 4 | type.rawValue)
        } else {
            bytes.append(type.rawValue)
            varint(zigzag(Int64(id)))
        }
        lastField[lastField.count - 1] = id
    }

    mutating func i32(_ id: Int16, _ value: Int32) {
        fieldHeader(id, .i32)
        varint(zigzag(Int64(value)))
    }

    mutating func i64(_ id: Int16, _ value: Int64) {
        fieldHeader(id, .i64)
        varint(zigzag(value))
    }

    mutating func string(_ id: Int16, _ value: String) {
        fieldHeader(id, .binary)
        binaryValue(Array(value.utf8))
    }

    /// A struct field: `body` writes its fields.
    mutating func structure(_ id: Int16, _ body: (inout ThriftCompactWriter) -> Void) {
        fieldHeader(id, .structure)
        structValue(body)
    }

    /// A list field of structs.
    mutating func structList<T>(_ id: Int16, _ items: [T], _ body: (inout ThriftCompactWriter, T) -> Void) {
        fieldHeader(id, .list)
        listHeader(items.count, .structure)
        for item in items { structValue { body(&$0, item) } }
    }

    mutating func i32List(_ id: Int16, _ items: [Int32]) {
        fieldHeader(id, .list)
        listHeader(items.count, .i32)
        for item in items { varint(zigzag(Int64(item))) }
    }

    mutating func stringList(_ id: Int16, _ items: [String]) {
        fieldHeader(id, .list)
        listHeader(items.count, .binary)
        for item in items { binaryValue(Array(item.utf8)) }
    }

    /// A struct's fields and its stop byte (the top-level message is one too).
    mutating func structValue(_ body: (inout ThriftCompactWriter) -> Void) {
        lastField.append(0)
        body(&self)
        bytes.append(0)     // stop
        lastField.removeLast()
    }

    private mutating func listHeader(_ count: Int, _ type: FieldType) {
        if count < 15 {
            bytes.append(UInt8(count) << 4 | type.rawValue)
        } else {
            bytes.append(0xF0 | type.rawValue)
            varint(UInt64(count))
        }
    }

    private mutating func binaryValue(_ value: [UInt8]) {
        varint(UInt64(value.count))
        bytes += value
    }

    private func zigzag(_ n: Int64) -> UInt64 { UInt64(bitPattern: (n << 1) ^ (n >> 63)) }

    private mutating func varint(_ value: UInt64) { Self.appendVarint(value, to: &bytes) }

    /// An unsigned LEB128 varint, as Thrift's compact protocol and Parquet's RLE run headers write them.
    static func appendVarint(_ value: UInt64, to bytes: inout [UInt8]) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }
}
