extension IndicatorCatalogue {
    /// The text of `Datasets/reference/indicator-targets.csv`: the seeds' targets and tolerances (a test checks the two are identical).
    public static let defaultTargetsCSV = """
id,red,amber,green
6.5,33%,33%,35%
6.8,20%,20%,22.7%
8.1,68%,68%,70%
8.2,12%,12%,9.6%
8.3,,,87.5%
"""
}
