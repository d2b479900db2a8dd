/// Functions over the 903 return's other tables: reviews, OC2 health, OC3 care leavers, adoptions, missing episodes.
public enum ReturnBuiltins {
    public static var all: [Builtin] { [reviews, health, careLeavers, adoptions, missingEpisodes] }

    static let reviews = CareBuiltins.events(
        "reviews", "reviews held in a period with their due date and whether on time (the schedule of indicator 6.7)",
        "reviews(fy(2017)) where not on_time") { $0.reviews(from: $1.from, to: $1.to) }

    static let adoptions = CareBuiltins.events(
        "adoptions", "children adopted in a period, with A1 and A2 days and whether within 12 months of SHOBPA (10.1–10.5)",
        "adoptions(rolling_12_months())") { $0.adoptions(from: $1.from, to: $1.to) }

    static let missingEpisodes = CareBuiltins.events(
        "missing_episodes", "times a looked-after child was missing (M) or away without authorisation (A), starting in a period",
        "missing_episodes(fy(2017)) by kind") { $0.missingEpisodes(from: $1.from, to: $1.to) }

    static let health = snapshot(
        "health", "the OC2 cohort (looked after 12 months at the last 31 March) with health assessment, dental check and more",
        "health(on: 2018-03-31) where not teeth_check") { $0.health(on: $1) }

    static let careLeavers = snapshot(
        "care_leavers", "every care leaver's latest OC3 record: in touch, activity, accommodation, eet, suitable, in_cohort (7.3, 7.4)",
        "care_leavers(on: 2018-03-31) where in_cohort by eet") { $0.careLeavers(on: $1) }

    /// A function of one day (`on:`, default the as-at date) returning a table.
    static func snapshot(_ name: String, _ summary: String, _ example: String,
                         _ make: @escaping @Sendable (CareDataSet, Day) -> Table) -> Builtin {
        Builtin(name, summary: summary, usage: "\(name)([on: DATE])", example: example) { args in
            let data = try CareBuiltins.data(args), day = try CareBuiltins.day(args)
            var t = make(data, day)
            t.origin = "\(name) on \(day.iso) from \(CareBuiltins.origin(data))"
            return .table(t)
        }
    }
}
