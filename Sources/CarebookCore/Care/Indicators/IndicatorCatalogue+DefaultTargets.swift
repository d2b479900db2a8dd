extension IndicatorCatalogue {
    /// The text of `Datasets/reference/indicator-targets.csv`: the seeds' targets and tolerances (a test checks the two are identical).
    public static let defaultTargetsCSV = """
id,red,amber,green
6.5,33%,33%,35%
6.8,20%,20%,22.7%
8.1,68%,68%,70%
8.2,12%,12%,9.6%
8.3,,,87.5%
6.7,90%,90%,95%
6.9,90%,90%,95%
6.10,90%,90%,95%
7.3,95%,95%,98%
7.4,70%,70%,72%
10.3,83%,83%,85%
10.4,511,511,487
10.5,127,127,121
"""
}
