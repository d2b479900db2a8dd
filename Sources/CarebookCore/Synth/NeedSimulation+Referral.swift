import Foundation

extension NeedSimulation {
    /// Draws one referral of a child never in care, from contact to closure (with a section 47 enquiry when `enquiry`).
    mutating func refer(_ c: Int, on day: Day, enquiry: Bool) {
        var ref = NeedReferral(child: Int32(c), date: day, source: UInt8(rng.pick(NeedCodes.sourceWeights)),
                               need: UInt8(rng.pick(NeedCodes.needWeights)))
        if children[c].disability > 0 && rng.chance(0.5) { ref.need = 2 }
        if rng.chance(parameters.noFurtherAction) {
            ref.nfa = true
            ref.need = NeedCodes.otherThanInNeed
            ref.closure = day.adding(days: rng.below(3))
            ref.closureReason = 8
            return finish(ref)
        }
        let auth = assess(&ref, on: day)
        if enquiry { enquire(&ref, on: day, until: nil) }
        if let plan = ref.plans.last, let end = plan.span.end {
            if rng.chance(parameters.stepDown) {
                let stop = end.adding(days: NeedSimulation.days(months: 3 + rng.unit() * 5))
                ref.cinPlans.append(DateSpan(start: end, end: stop))
                ref.closure = stop
            } else {
                ref.closure = end.adding(days: rng.below(10))
            }
            ref.closureReason = NeedCodes.afterPlan[rng.pick(NeedCodes.afterPlan.map(\.1))].0
        } else if ref.plans.isEmpty && rng.chance(parameters.cinPlan) {
            let months = 1 + min(30, -parameters.cinPlanMeanMonths * log(1 - rng.unit()))
            let stop = auth.adding(days: NeedSimulation.days(months: months))
            ref.cinPlans.append(DateSpan(start: auth, end: stop))
            ref.closure = stop
            ref.closureReason = NeedCodes.afterPlan[rng.pick(NeedCodes.afterPlan.map(\.1))].0
        } else {
            ref.closure = max(auth, ref.plans.last?.span.end ?? auth).adding(days: rng.below(8))
            ref.closureReason = NeedCodes.afterAssessment[rng.below(2)]
        }
        finish(ref)
    }

    /// Adds the assessment (started within 3 days, authorised in or after 45 working days) and returns its authorisation.
    @discardableResult
    mutating func assess(_ ref: inout NeedReferral, on day: Day) -> Day {
        let start = day.adding(days: rng.below(4))
        let quick = workingDays(8 + rng.below(38), after: start)
        let inTime = rng.chance(parameters.assessmentInTime(in: NeedParameters.key(quick)))
        let auth = inTime ? quick : workingDays(46 + rng.below(35), after: start)
        let count = 1 + rng.below(3)
        let factors = (0..<count).map { _ in UInt8(rng.below(NeedCodes.factors.count)) }
        assessmentSerial += 1
        ref.assessment = NeedAssessment(id: assessmentSerial, start: start, authorised: auth, factors: factors)
        return auth
    }

    /// Adds a section 47 enquiry, perhaps a conference and a plan; a plan ends by `until` (the day care starts) when given.
    mutating func enquire(_ ref: inout NeedReferral, on day: Day, until: Day?) {
        let start = day.adding(days: rng.below(10))
        var s47 = NeedSection47(start: start, conference: nil, target: workingDays(15, after: start))
        defer { ref.section47 = s47 }
        guard rng.chance(parameters.conference) else { return }
        let conference = rng.chance(parameters.conferenceInTime) ? workingDays(5 + rng.below(11), after: start)
            : workingDays(16 + rng.below(12), after: start)
        if let until, conference >= until { return }
        s47.conference = conference
        guard rng.chance(parameters.plan) else { return }
        let months = rng.chance(parameters.planTail) ? 24.5 + rng.unit() * 6
            : 2 + min(21, -parameters.planMeanMonths * log(1 - rng.unit()))
        var end = conference.adding(days: NeedSimulation.days(months: months))
        if let until { end = until }
        let c = Int(ref.child)
        let category = UInt8(rng.pick(NeedCodes.abuseWeights))
        var reviews: [Day] = []
        var next = conference.adding(months: 3).adding(days: -rng.below(10))
        while next < end {
            reviews.append(next)
            next = next.adding(months: 6).adding(days: -rng.below(10))
        }
        planSerial += 1
        ref.plans.append(NeedPlan(id: planSerial, span: DateSpan(start: conference, end: end), initialCategory: category,
                                  latestCategory: rng.chance(0.9) ? category : UInt8(rng.pick(NeedCodes.abuseWeights)),
                                  previous: children[c].plans, reviews: reviews))
        children[c].plans += 1
    }

    /// Ends the referral by the child's 18th birthday (reason RC6), cuts its spans at the closure, and records it.
    mutating func finish(_ referral: NeedReferral) {
        var ref = referral
        let eighteenth = children[Int(ref.child)].dob.adding(months: 216)
        if let closure = ref.closure, closure >= eighteenth {
            ref.closure = max(ref.date, eighteenth.adding(days: -1))
            ref.closureReason = 6
        }
        // Nothing happens after a referral closes: later records are dropped, later ends cut to the closure.
        if let closure = ref.closure {
            func cut(_ d: Day?) -> Day? { d.map { min($0, closure) } }
            if let a = ref.assessment { ref.assessment?.start = min(a.start, closure); ref.assessment?.authorised = cut(a.authorised) }
            if let s = ref.section47, s.start > closure { ref.section47 = nil }
            if let c = ref.section47?.conference, c > closure { ref.section47?.conference = nil }
            ref.cinPlans = ref.cinPlans.filter { $0.start <= closure }.map { DateSpan(start: $0.start, end: cut($0.end)) }
            let dropped = ref.plans.filter { $0.span.start > closure }.count
            children[Int(ref.child)].plans -= dropped
            ref.plans.removeAll { $0.span.start > closure }
            for k in ref.plans.indices {
                ref.plans[k].span.end = cut(ref.plans[k].span.end)
                ref.plans[k].reviews.removeAll { $0 > closure }
            }
        }
        add(ref)
    }
}
