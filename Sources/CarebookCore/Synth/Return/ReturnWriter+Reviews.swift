/// One generated statutory review: when it was held and whether that was within the schedule.
struct PlannedReview: Sendable {
    var child: Int32
    var date: Day
    var onTime: Bool
    /// Index into `ReturnWriter.participation` (PN0–PN7).
    var code: UInt8
}

extension ReturnWriter {
    /// The DfE's REVIEW_CODE participation codes: PN0 for a child under 4, PN1–PN7 for how an older child took part.
    static let participation = ["PN0", "PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7"]
    static let participationWeights: [Double] = [0, 40, 15, 15, 10, 10, 5, 5]

    /// Every review of every period of care up to the end of the data, by child and date.
    ///
    /// The statutory schedule: the first review within 20 working days of the start of the
    /// period, the second within 3 months of the first, then every 6 months. A review on
    /// time is held a few days before it falls due (never on the due day, so a reading of
    /// "within" that counts the due day either way agrees); a late one 3 days or more after.
    /// The next review falls due from the day the last was held.
    func reviewPlan() -> [PlannedReview] {
        var out: [PlannedReview] = []
        out.reserveCapacity(periods.count * 6)
        let last = writer.result.parameters.to
        for (n, period) in periods.enumerated() {
            var rng = self.rng(.reviews, period.child, UInt64(n - byChild[Int(period.child)].lowerBound))
            let end = min(period.end ?? last, last)
            var due = ReturnWriter.workingDays(20, after: period.start)
            var number = 1, previous = period.start
            while due.adding(days: -30) <= end {
                let early = number == 1 ? 2 + rng.below(8) : 2 + rng.below(35)
                let onTime = rng.chance(settings.reviewOnTime[settings.month(due.adding(days: -early))])
                var date = onTime ? due.adding(days: -early) : due.adding(days: 3 + rng.below(number == 1 ? 20 : 30))
                if date <= previous { date = previous.adding(days: 1) }
                guard date <= end else { break }
                let young = dob(period.child).age(on: date) < 4
                let code = young ? 0 : UInt8(rng.pick(ReturnWriter.participationWeights))
                out.append(PlannedReview(child: period.child, date: date, onTime: onTime && date <= due, code: code))
                previous = date
                number += 1
                due = date.adding(months: number == 2 ? 3 : 6)
            }
        }
        return out
    }

    /// `n` working days after `day` (England and Wales bank holidays), or 4 weeks on when the day is outside the years covered.
    static func workingDays(_ n: Int, after day: Day) -> Day {
        (try? BankHolidays.englandAndWales.day(n, workingDaysAfter: day)) ?? day.adding(days: n * 7 / 5)
    }

    /// The reviews file of one return year: CHILD, DOB, REVIEW, REVIEW_CODE (the first year also holds earlier reviews).
    func reviewsFile(_ plan: [PlannedReview], year y: Int) -> [UInt8] {
        var out = Array("CHILD,DOB,REVIEW,REVIEW_CODE\n".utf8)
        let year = years[y]
        out.reserveCapacity(plan.count / max(years.count, 1) * 40)
        for r in plan where r.date <= year.end && (r.date >= year.start || y == 0) {
            appendChild(r.child, &out)
            EpisodeWriter.appendDay(r.date, &out)
            out.append(ReturnWriter.comma)
            out.append(contentsOf: ReturnWriter.participation[Int(r.code)].utf8)
            out.append(ReturnWriter.newline)
        }
        return out
    }
}
