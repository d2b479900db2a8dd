extension Microsimulation {
    /// Admits one child or a sibling group (or brings a child back into care); returns how many were admitted.
    mutating func admit() -> Int {
        let p = parameters
        let u = shared.unit()
        if u < p.readmissionShare, let c = readmissionCandidate() {
            startCare(c, on: admissionDay(c), siblingOf: nil)
            return 1
        }
        if u < p.readmissionShare + p.uascShare {
            let c = newChild(age: 15 + shared.pick([3, 5, 3]), uasc: true)
            startCare(c, on: admissionDay(c), siblingOf: nil)
            return 1
        }
        let first = newChild(age: shared.pick(p.entryAge), uasc: false)
        let day = admissionDay(first)
        startCare(first, on: day, siblingOf: nil)
        guard children[first].age(on: day) < 14, shared.chance(p.siblingShare) else { return 1 }
        let extra = shared.chance(0.25) ? 2 : 1
        for k in 1...extra {
            let age = min(17, children[first].age(on: day) + k * shared.int(1...3))
            let sibling = newChild(age: age, uasc: false)
            children[sibling].home = children[first].home
            children[sibling].ethnicity = children[first].ethnicity
            startCare(sibling, on: day, siblingOf: first)
        }
        return 1 + extra
    }

    /// A day in the current month for an admission, after any earlier episode of the child.
    mutating func admissionDay(_ c: Int) -> Day {
        let after = max(monthStart.adding(days: -1), children[c].lastStart, children[c].dob.adding(days: -1))
        return Microsimulation.day(after: after, through: monthEnd, &children[c].rng) ?? monthEnd
    }

    /// The earliest child still waiting in the pool of those who went home, if they left two or more months ago.
    ///
    /// The pool is in order of leaving, so only its front is looked at; children
    /// back in care or nearly 17 are dropped as they reach the front.
    mutating func readmissionCandidate() -> Int? {
        let cutoff = monthStart.adding(months: -2)
        while returnedHead < returned.count {
            let c = Int(returned[returnedHead])
            let child = children[c]
            if child.inCare || child.age(on: monthStart) >= 17 || (child.lastLeft ?? monthEnd) < monthStart.adding(months: -24) {
                returnedHead += 1
                continue
            }
            guard (child.lastLeft ?? monthEnd) <= cutoff else { return nil }
            returnedHead += 1
            return c
        }
        return nil
    }

    /// Drops the pool's used front once it is half the pool.
    mutating func compactReturned() {
        guard returnedHead > 1_000 && returnedHead * 2 > returned.count else { return }
        returned.removeFirst(returnedHead)
        returnedHead = 0
    }

    /// A new child of `age` (years) at this month's admission: sex, date of birth, ethnicity, home postcode.
    mutating func newChild(age: Int, uasc: Bool, stream: UInt64? = nil) -> Int {
        var rng = SplitMix64(seed: parameters.seed, stream: stream ?? UInt64(children.count - Int(shortBreakSerial)) &+ 1)
        let days = age == 0 && rng.chance(0.45) ? rng.below(14) : age * 365 + rng.below(age >= 17 ? 300 : 365)
        let dob = max(monthStart.adding(days: -days), Day(number: -40_000))
        let sex: UInt8 = uasc ? (rng.chance(0.92) ? 1 : 2) : (rng.chance(0.53) ? 1 : 2)
        let ethnicity = UInt8(rng.pick(uasc ? SynthCodes.uascEthnicityWeights : SynthCodes.ethnicityWeights))
        var child = SynthChild(dob: dob, sex: sex, ethnicity: ethnicity, rng: rng)
        child.uasc = uasc
        child.home = uasc ? 0 : SynthPostcodes.draw(inBorough: child.rng.chance(0.93), rng: &child.rng)
        child.lastStart = dob.adding(days: -1)
        if sex == 2 && age >= 13 && child.rng.chance(0.03) {
            child.mother = true
        }
        children.append(child)
        return children.count - 1
    }
}
