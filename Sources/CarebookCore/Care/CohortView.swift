/// The contract between care tables and money: a cohort's rows read by field, not by spelling column names.
///
/// Care writes its snapshots and event tables with the columns named by `CohortView.Field`;
/// money (plans, unit costs, costing) reads a cohort only through a `CohortView`, so the
/// column names live in one place and a missing column is an error, never a forced unwrap.
public struct CohortView {
    /// The fields of a cohort row that money reads.
    public enum Field: String, Sendable, CaseIterable {
        /// The child's CHILD id (an identifier column).
        case child
        /// The placement group the child is in (from the placement mapping).
        case placementGroup = "placement_group"
        /// The age band (`Under 1`, `1–4`, …).
        case ageBand = "age_band"
        /// The provider code (PL_POST's provider, `PR1`…).
        case provider

        /// The column's name in a table.
        public var column: String { rawValue }
    }

    public let table: Table
    private let indices: [Field: Int]

    public init(_ table: Table) {
        self.table = table
        var indices: [Field: Int] = [:]
        for field in Field.allCases { indices[field] = table.columnIndex(named: field.column) }
        self.indices = indices
    }

    public var rowCount: Int { table.rowCount }

    /// True when the table has the field's column.
    public func has(_ field: Field) -> Bool { indices[field] != nil }

    /// The text of a field in a row; nil when the column is absent or the cell is not text.
    public func text(_ field: Field, _ row: Int) -> String? {
        guard let c = indices[field], case let .text(s) = table[row, c] else { return nil }
        return s
    }

    /// A row's child as a key: its text, or a number written as text (`CohortAlgebra.key`).
    public func childKey(_ row: Int) -> String? {
        indices[.child].map { CohortAlgebra.key(table[row, $0]) }
    }
}
