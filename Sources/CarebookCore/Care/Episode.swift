/// One 903 episode in compact typed form: codes as small indices, dates as `Day`.
///
/// `child` indexes `CareDataSet.children`; codes index the lists in `SSDA903Codes`
/// (`CodeList.none` when blank); `group` indexes the data set's placement mapping.
public struct Episode: Sendable {
    public var child: Int32
    /// DECOM.
    public var start: Day
    /// DEC; nil while the episode is open.
    public var end: Day?
    public var rne: ReasonNewEpisode
    public var legalStatus: UInt8
    public var categoryOfNeed: UInt8
    public var place: UInt8
    public var provider: UInt8
    /// REC; `CodeList.none` while open.
    public var reasonCeased: UInt8
    public var reasonPlaceChange: UInt8
    /// PL_POST's postcode district as an index into `CareDataSet.districts`; -1 when blank.
    public var district: Int32
    /// The placement group, an index into `CareDataSet.mapping.groups`.
    public var group: UInt8
    /// True outside the borough's districts; nil when PL_POST is blank or no district list was given.
    public var outOfArea: Bool?
    public var source: RowSource

    /// LS as text; nil when it was not a valid code (kept as unknown, rule 144).
    public var legalStatusCode: String? { SSDA903Codes.legalStatus.code(at: legalStatus) }
    /// PLACE as text; nil when it was not a valid code (kept in the group Other, rule 146).
    public var placeCode: String? { SSDA903Codes.place.code(at: place) }
    /// PLACE_PROVIDER as text; nil when blank.
    public var providerCode: String? { SSDA903Codes.provider.code(at: provider) }
    /// REC as text; nil while open.
    public var reasonCeasedCode: String? { SSDA903Codes.reasonCeased.code(at: reasonCeased) }
    /// CIN as text; nil when blank.
    public var categoryOfNeedCode: String? { SSDA903Codes.categoryOfNeed.code(at: categoryOfNeed) }

    /// True when the child is looked after on `day`: started on or before it, not yet ended (DEC is the first day out).
    public func isOpen(on day: Day) -> Bool {
        start <= day && (end.map { day < $0 } ?? true)
    }

    /// True for a short-break legal status (V3, V4).
    public var isShortBreak: Bool { SSDA903Codes.shortBreaks.contains(legalStatus) }
    /// True for a temporary move (T0–T4), which is never a placement of its own.
    public var isTemporary: Bool { SSDA903Codes.temporaryPlaces.contains(place) }
    /// True when ended with REC X1 (a new episode follows the same day).
    public var isContinued: Bool { reasonCeased == SSDA903Codes.continuation }
}
