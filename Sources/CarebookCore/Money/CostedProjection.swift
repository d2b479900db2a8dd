/// A projection as the language holds it: the projection and the unit costs in force when it was made.
///
/// Its fields (`summary`, `months`, `rates`, `method`) are read from `record`, costed with those unit costs,
/// so a projection keeps its figures when the session's costs change later.
public struct CostedProjection: Sendable {
    public var projection: Projection
    public var costs: UnitCosts

    public init(_ projection: Projection, costs: UnitCosts) {
        self.projection = projection
        self.costs = costs
    }

    /// The month-by-month table (`months`): month, children by group, total, and the costs.
    public var months: Table { projection.table(costs: costs).table }

    /// The projection's fields as the language reads them: a record titled "projection".
    public var record: Record { projection.record(costs: costs) }
}
