import ZIPFoundation

/// Where a zip64 archive's central directory starts, as ZIPFoundation read it from the zip64 end record.
///
/// ZIPFoundation 0.9.20 seeks there as soon as its entries are listed, converting the offset to `off_t`,
/// which traps on one of 2^63 or more (found by reading its source after the fuzzer found the same trap
/// for an entry's offset). The record is internal (`Archive.zip64EndOfCentralDirectory`); it is read here,
/// by reflection, from the `Archive` ZIPFoundation built, so `XLSXArchive` can refuse such a file before
/// listing it. nil for an archive without a zip64 end record.
extension Archive {
    var zip64DirectoryStart: UInt64? {
        Mirror(reflecting: self).descendant("zip64EndOfCentralDirectory", "some", "record", "offsetToStartOfCentralDirectory") as? UInt64
    }
}
