import Foundation

extension Calibrator {
    /// One round of damped multiplicative updates from the measured checks; `damping` below 1 takes smaller steps.
    func adjust(_ p: inout SynthParameters, from checks: [CalibrationCheck], damping: Double = 1) {
        for c in checks where c.measured.isFinite {
            let ratio = pow(Calibrator.ratio(c), damping)
            switch c.target.measure {
            case .ageMix:
                if let band = AgeBand.known.map(\.label).firstIndex(of: c.target.group.first ?? "") {
                    p.leaveAgeScale[band] = Calibrator.clamp(p.leaveAgeScale[band] / pow(ratio, 0.6), 0.05, 20)
                    let ages = [0...0, 1...4, 5...9, 10...15, 16...17][band]
                    for a in ages { p.entryAge[a] = Calibrator.clamp(p.entryAge[a] * pow(ratio, 0.3), 0.2, 60) }
                }
            case .placementMix:
                if c.target.group == [SynthPlacement.placedForAdoption.name] {
                    p.adoptiveStayScale = Calibrator.clamp(p.adoptiveStayScale * pow(ratio, 0.8), 0.2, 3)
                }
                scalePlacements(&p, c, ratio, anchorsUpTo: true)
            case .commissionedShare:
                scalePlacements(&p, c, ratio, groups: [.agencyFostering], anchorsUpTo: false, previousToo: true)
            case .outOfAreaResidential:
                scalePlacements(&p, c, ratio, groups: [.commissionedHome], anchorsUpTo: false, previousToo: true)
            case .legalMix: adjustLegal(&p, c, ratio)
            case .leaverReasons: adjustReasons(&p, c, ratio)
            case .indicator:
                if c.target.group.first == "8.1" { p.lateMoveScale = Calibrator.clamp(p.lateMoveScale / pow(ratio, 0.8), 0.05, 20) }
                if c.target.group.first == "8.2" { p.earlyMoveScale = Calibrator.clamp(p.earlyMoveScale * pow(ratio, 0.7), 0.05, 20) }
            case .stock, .admissions, .leavers: break
            }
        }
    }

    /// Target over measured, kept between 0.25 and 4 (1 when either is zero).
    static func ratio(_ c: CalibrationCheck) -> Double {
        guard c.expected > 0 else { return c.measured > 0 ? 0.5 : 1 }
        guard c.measured > 0 else { return 2 }
        return clamp(c.expected / c.measured, 0.25, 4)
    }

    static func clamp(_ x: Double, _ lo: Double, _ hi: Double) -> Double { min(hi, max(lo, x)) }

    /// Scales placement groups at the target's anchor, and less at earlier ones (every one for a full mix).
    func scalePlacements(_ p: inout SynthParameters, _ c: CalibrationCheck, _ ratio: Double,
                         groups: [SynthPlacement]? = nil, anchorsUpTo: Bool, previousToo: Bool = false) {
        let named = groups ?? c.target.group.compactMap { name in SynthPlacement.allCases.first { $0.name == name } }
        guard let at = p.placementAnchors.firstIndex(where: { $0.day == c.target.from }) else { return }
        for a in p.placementAnchors.indices {
            // The target's own anchor moves most; earlier ones (all for a full mix, or the one before) less.
            let power = a == at ? 0.7 : ((previousToo && a == at - 1) || (anchorsUpTo && a < at)) ? 0.35 : 0
            guard power > 0 else { continue }
            for g in named {
                p.placementAnchors[a].scale[g.rawValue] = Calibrator.clamp(p.placementAnchors[a].scale[g.rawValue]
                    * pow(ratio, power), 0.001, 50)
            }
        }
    }

    /// C1 share → how fast interim orders become full orders; V2 → admissions under s20; E1 → placement-order lead time
    /// (with adoption targets, which set the lead month by month: the share of placement orders revoked unplaced).
    func adjustLegal(_ p: inout SynthParameters, _ c: CalibrationCheck, _ ratio: Double) {
        switch c.target.group.first {
        case "C1": p.interimToFull = Calibrator.clamp(p.interimToFull / pow(ratio, 0.9), 0.01, 0.9)
        case "V2": p.voluntaryScale = Calibrator.clamp(p.voluntaryScale * pow(ratio, 0.7), 0.05, 5)
        case "E1" where p.adoption.isHandSet: p.placementOrderLead = Calibrator.clamp(p.placementOrderLead * pow(ratio, 0.8), 10, 600)
        case "E1": p.adoption.rescindShare = Calibrator.clamp(p.adoption.rescindShare * pow(ratio, 1.5), 0.01, 0.6)
        default: break
        }
    }

    /// Leavers by reason → the weight of each path at admission, and the share of 18-year-olds going to independence
    /// (not the adoption path's when adoption counts are targets: `adjustAdoption` sets it month by month).
    func adjustReasons(_ p: inout SynthParameters, _ c: CalibrationCheck, _ ratio: Double) {
        let path: SynthPath?
        switch c.target.group.first {
        case LeavingReasonGroup.home.rawValue: path = .home
        case LeavingReasonGroup.adoption.rawValue: path = p.adoption.isHandSet ? .adoption : nil
        case LeavingReasonGroup.specialGuardianship.rawValue: path = .specialGuardianship
        case LeavingReasonGroup.other.rawValue: path = .other
        case LeavingReasonGroup.independence.rawValue:
            p.independenceAt18 = Calibrator.clamp(p.independenceAt18 * pow(ratio, 0.7), 0.005, 0.95)
            path = nil
        default: path = nil
        }
        if let path { p.pathScale[path.rawValue] = Calibrator.clamp(p.pathScale[path.rawValue] * pow(ratio, 0.6), 0.05, 20) }
    }
}
