/// Writes a table as an Apache Parquet file that DuckDB, polars, pandas and Spark read.
///
/// Uncompressed, PLAIN-encoded, every column optional (an empty cell is a null), a row group per
/// million rows. Types: numbers and percents → DOUBLE (a percent as the fraction carebook holds,
/// 25.5% → 0.255); money → INT64 DECIMAL(18, 2), exact pence; dates → INT32 DATE; yes/no → BOOLEAN;
/// text and durations (`3 months`) → UTF-8 strings.
public enum ParquetWriter {
    /// Rows per row group.
    static let rowGroupSize = 1 << 20

    public static func data(_ table: Table, createdBy: String = "carebook") -> [UInt8] {
        var file: [UInt8] = Array("PAR1".utf8)
        let columns = table.columns.map(ColumnPlan.init)
        var groups: [(chunks: [(offset: Int64, meta: ChunkMeta)], rows: Int, bytes: Int64)] = []
        var start = 0
        repeat {
            let end = min(start + rowGroupSize, table.rowCount)
            var chunks: [(offset: Int64, meta: ChunkMeta)] = []
            var groupBytes: Int64 = 0
            for plan in columns {
                let offset = Int64(file.count)
                let page = plan.page(rows: start..<end)
                file += page
                groupBytes += Int64(page.count)
                chunks.append((offset, ChunkMeta(plan: plan, values: end - start, size: Int64(page.count))))
            }
            groups.append((chunks, end - start, groupBytes))
            start = end
        } while start < table.rowCount

        var footer = ThriftCompactWriter()
        footer.structValue { m in
            m.i32(1, 1)
            var schema: [ColumnPlan?] = [nil]
            schema += columns.map { Optional($0) }
            m.structList(2, schema) { s, plan in
                guard let plan else {
                    s.string(4, "schema")
                    s.i32(5, Int32(columns.count))
                    return
                }
                s.i32(1, plan.physical.rawValue)
                s.i32(3, 1)     // OPTIONAL
                s.string(4, plan.name)
                if let converted = plan.converted { s.i32(6, converted.rawValue) }
                if plan.physical == .int64, plan.converted == .decimal {
                    s.i32(7, 2)
                    s.i32(8, 18)
                }
            }
            m.i64(3, Int64(table.rowCount))
            m.structList(4, groups) { g, group in
                g.structList(1, group.chunks) { c, chunk in
                    c.i64(2, chunk.offset)
                    c.structure(3) { md in
                        md.i32(1, chunk.meta.plan.physical.rawValue)
                        md.i32List(2, [0, 3])                   // PLAIN values, RLE definition levels
                        md.stringList(3, [chunk.meta.plan.name])
                        md.i32(4, 0)                            // UNCOMPRESSED
                        md.i64(5, Int64(chunk.meta.values))
                        md.i64(6, chunk.meta.size)
                        md.i64(7, chunk.meta.size)
                        md.i64(9, chunk.offset)
                    }
                }
                g.i64(2, group.bytes)
                g.i64(3, Int64(group.rows))
            }
            m.string(6, createdBy)
        }
        file += footer.bytes
        appendLittleEndian(UInt32(footer.bytes.count), to: &file)
        file += Array("PAR1".utf8)
        return file
    }

    struct ChunkMeta {
        var plan: ColumnPlan
        var values: Int
        var size: Int64
    }

    enum Physical: Int32 { case boolean = 0, int32 = 1, int64 = 2, double = 5, byteArray = 6 }
    enum Converted: Int32 { case utf8 = 0, decimal = 5, date = 6 }

    /// How one column is written.
    struct ColumnPlan {
        let column: Column
        var name: String { column.name }

        init(_ column: Column) { self.column = column }

        var physical: Physical {
            switch column.storage {
            case .numbers: .double
            case .money: .int64
            case .dates: .int32
            case .bools: .boolean
            case .text, .durations: .byteArray
            }
        }

        var converted: Converted? {
            switch column.storage {
            case .money: .decimal
            case .dates: .date
            case .text, .durations: .utf8
            case .numbers, .bools: nil
            }
        }

        /// One data page (header and body) holding `rows`.
        func page(rows: Range<Int>) -> [UInt8] {
            var levels: [UInt8] = []
            var runValue = true, runLength = 0
            func flush() {
                guard runLength > 0 else { return }
                ThriftCompactWriter.appendVarint(UInt64(runLength) << 1, to: &levels)
                levels.append(runValue ? 1 : 0)
            }
            var values: [UInt8] = []
            var bits: UInt8 = 0, bitCount = 0
            for row in rows {
                let present = !column.isMissing(row)
                if present != runValue || runLength == 0 {
                    flush()
                    runValue = present
                    runLength = 0
                }
                runLength += 1
                guard present else { continue }
                switch column.storage {
                case let .numbers(v, _): ParquetWriter.appendLittleEndian(v[row].bitPattern, to: &values)
                case let .money(v): ParquetWriter.appendLittleEndian(UInt64(bitPattern: v[row]), to: &values)
                case let .dates(v): ParquetWriter.appendLittleEndian(UInt32(bitPattern: Int32(clamping: v[row])), to: &values)
                case let .bools(v):
                    if v[row] == true { bits |= 1 << bitCount }
                    bitCount += 1
                    if bitCount == 8 { values.append(bits); bits = 0; bitCount = 0 }
                case let .text(codes, dictionary): ParquetWriter.appendString(dictionary[Int(codes[row])], to: &values)
                case let .durations(v): ParquetWriter.appendString(Value.duration(v[row]!).brief, to: &values)
                }
            }
            flush()
            if bitCount > 0 { values.append(bits) }
            var body: [UInt8] = []
            appendLittleEndian(UInt32(levels.count), to: &body)
            body += levels
            body += values
            var header = ThriftCompactWriter()
            header.structValue { h in
                h.i32(1, 0)                                 // DATA_PAGE
                h.i32(2, Int32(body.count))
                h.i32(3, Int32(body.count))
                h.structure(5) { d in
                    d.i32(1, Int32(rows.count))
                    d.i32(2, 0)                             // PLAIN
                    d.i32(3, 3)                             // RLE
                    d.i32(4, 3)
                }
            }
            return header.bytes + body
        }
    }

    static func appendLittleEndian<T: FixedWidthInteger>(_ value: T, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
    }

    static func appendString(_ s: String, to bytes: inout [UInt8]) {
        let utf8 = Array(s.utf8)
        appendLittleEndian(UInt32(utf8.count), to: &bytes)
        bytes += utf8
    }

}
