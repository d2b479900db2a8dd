/// The CIN census codes the front-door simulation writes, with the weights it draws them by.
enum NeedCodes {
    static let sources = ["1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E", "3F", "4", "5A", "5B",
                          "5C", "5D", "6", "7", "8", "9", "10"]
    static let sourceWeights: [Double] = [3, 2, 1, 1, 17, 2, 4, 3, 5, 1, 1, 1, 4, 3, 2, 2, 1, 28, 3, 10, 2, 2]
    /// N0 not stated · N1 abuse or neglect · N2 disability · N3 parental illness or disability · N4 family in acute
    /// stress · N5 family dysfunction · N6 socially unacceptable behaviour · N7 low income · N8 absent parenting ·
    /// N9 cases other than children in need.
    static let needs = ["N0", "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N9"]
    static let needWeights: [Double] = [0, 55, 5, 3, 18, 11, 3, 1, 3, 1]
    static let otherThanInNeed: UInt8 = 9
    static let closureReasons = ["", "RC1", "RC2", "RC3", "RC4", "RC5", "RC6", "RC7", "RC8", "RC9"]
    static let afterAssessment: [UInt8] = [8, 9]
    static let afterPlan: [(UInt8, Double)] = [(8, 80), (5, 8), (7, 8), (9, 4)]
    static let abuse = ["NEG", "EMO", "PHY", "SAB", "MUL"]
    static let abuseWeights: [Double] = [48, 38, 7, 4, 3]
    static let factors = ["1A", "1B", "2A", "2B", "2C", "3A", "3B", "3C", "4A", "4B", "5A", "5B", "5C", "6A", "6B",
                          "7A", "8B", "8C", "8E", "9A", "10A", "11A", "12A", "13A", "14A", "15A", "16A", "17A",
                          "18B", "19B", "20", "21", "22A", "23A", "24A"]
    static let disabilities = ["", "MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR", "VIS", "BEH", "CON", "AUT"]
    static let disabilityWeights: [Double] = [0, 8, 3, 6, 3, 14, 25, 3, 3, 15, 6, 14]
}
