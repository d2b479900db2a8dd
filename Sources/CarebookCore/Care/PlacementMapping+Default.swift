extension PlacementMapping {
    /// carebook's default mapping (DOMAIN §3), built from the same text as `Datasets/reference/placement-groups.csv`.
    public static let `default`: PlacementMapping = {
        // The embedded text is the shipped CSV; a test checks the two are identical.
        do { return try PlacementMapping(table: SimpleCSV.table(defaultCSV, origin: "placement-groups.csv")) } catch {
            preconditionFailure("the built-in placement mapping does not parse: \(error)")
        }
    }()

    /// The text of `Datasets/reference/placement-groups.csv`.
    public static let defaultCSV = """
place,provider,group,commissioned,family_based
U4 U5 U6,PR1,In-house fostering,no,yes
U1 U2 U3,*,Connected-person fostering,no,yes
U4 U5 U6,PR2 PR3 PR4 PR5,Agency fostering (IFA / other LA),yes,yes
K2 R1,PR1,In-house children's home,no,no
K2 R1,PR2 PR3 PR4 PR5,Commissioned children's home,yes,no
S1,*,Residential school,no,no
K1,*,Secure,no,no
A3 A4 A5 A6,*,Placed for adoption,no,yes
P1,PR0,Placed with parents,no,yes
H5 P2 K3,*,Independent / supported living,no,no
R5,*,Custody,no,no
*,*,Other,no,no
"""
}
