extension TableColumns {
    /// Adds a text column whose rows each name a small integer key (a child index, a code index),
    /// turning each distinct key into text once rather than once per row.
    ///
    /// The result is the same as `text(_:_:levels:)` over `rows.map(label)`: the dictionary lists
    /// the texts in order of first appearance and a nil label is missing. `keyCount` bounds the
    /// keys (`0..<keyCount`); `distinct` promises that different keys never share a label.
    mutating func codedText(_ name: String, rows: Int, keyCount: Int, levels: [String]? = nil, distinct: Bool = false,
                            key: (Int) -> Int, label: (Int) -> String?) {
        var builder = TextColumnBuilder()
        var dictionary: [String] = []
        var codeOfKey = [Int32](repeating: -2, count: keyCount)
        var codes = [Int32](repeating: -1, count: rows)
        codeOfKey.withUnsafeMutableBufferPointer { codeOfKey in
            codes.withUnsafeMutableBufferPointer { codes in
                for row in 0..<rows {
                    let k = key(row)
                    var c = codeOfKey[k]
                    if c == -2 {
                        c = -1
                        if let text = label(k) {
                            if distinct { c = Int32(dictionary.count); dictionary.append(text) } else { c = builder.code(for: text) }
                        }
                        codeOfKey[k] = c
                    }
                    codes[row] = c
                }
            }
        }
        if !distinct { dictionary = builder.dictionary }
        column(Column(name: name, storage: .text(codes: codes, dictionary: dictionary), levels: levels))
    }

    /// A code-list column (LS, PLACE, …) from each row's code index; `CodeList.none` is missing.
    mutating func codes(_ name: String, _ indices: [UInt8], _ list: CodeList) {
        codedText(name, rows: indices.count, keyCount: 256, key: { Int(indices[$0]) },
                  label: { $0 == Int(CodeList.none) ? nil : list.codes[$0] })
    }

    /// An age band column from ages in whole years (`Unknown` for an unknown age).
    mutating func ageBands(_ name: String, _ ages: [Int?]) {
        codedText(name, rows: ages.count, keyCount: AgeBand.allCases.count, levels: AgeBand.labels,
                  key: { AgeBand(age: ages[$0]).rawValue }, label: { AgeBand(rawValue: $0)!.label })
    }

    /// A number column with no missing cells (as `numbers(_:_:)` without converting each value to an optional).
    mutating func numbers(_ name: String, _ values: [Double]) {
        column(Column(name: name, storage: .numbers(values, percent: false)))
    }

    /// A date column with no missing cells.
    mutating func dates(_ name: String, _ values: [Day]) {
        column(Column(name: name, storage: .dates(values.map { Int64($0.number) })))
    }

    /// A yes/no column with no missing cells.
    mutating func bools(_ name: String, _ values: [Bool]) {
        column(Column(name: name, storage: .bools(values.map { Optional($0) })))
    }
}
