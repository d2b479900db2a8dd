import ZIPFoundation

/// Where a zip entry's stored bytes start, as ZIPFoundation itself worked it out.
///
/// ZIPFoundation 0.9.20 keeps this internal (`Entry.dataOffset`: the local header's offset from the
/// central directory, the zip64 one where the entry has one, plus the local header's 30 fixed bytes,
/// its name and its extra field). `XLSXArchive` needs it for one guard only, that a part's stored bytes
/// lie inside the file, without which ZIPFoundation's Linux inflate never returns on a part whose data
/// starts at the end of the file (see `XLSXArchive+Extract.swift`). It is read here, by reflection,
/// from the fields of the `Entry` ZIPFoundation built; no header is read again. If the `Entry` does
/// not have those fields (another ZIPFoundation version), it is nil and the part is refused.
extension Entry {
    var dataStart: UInt64? {
        let entry = Mirror(reflecting: self)
        guard let directory = entry.descendant("centralDirectoryStructure"),
              let offset = Mirror(reflecting: directory).descendant("relativeOffsetOfLocalHeader") as? UInt32,
              let header = entry.descendant("localFileHeader"),
              let nameLength = Mirror(reflecting: header).descendant("fileNameLength") as? UInt16,
              let extraLength = Mirror(reflecting: header).descendant("extraFieldLength") as? UInt16 else { return nil }
        // The zip64 extended information field, when the directory entry has one (ZIPFoundation's
        // `effectiveRelativeOffsetOfLocalHeader` takes its offset when that is not 0).
        let zip64 = Mirror(reflecting: directory).descendant("extraFields", "some").flatMap { fields in
            Mirror(reflecting: fields).children.lazy
                .compactMap { Mirror(reflecting: $0.value).descendant("relativeOffsetOfLocalHeader") as? UInt64 }.first
        }
        let headerOffset = zip64.flatMap { $0 > 0 ? $0 : nil } ?? UInt64(offset)
        return headerOffset + 30 + UInt64(nameLength) + UInt64(extraLength)
    }
}
