extension EpisodeWriter {
    /// The episodes file, the 13 columns of DOMAIN §2, by child then DECOM.
    public func episodes() -> [UInt8] {
        var out = Array("CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n".utf8)
        out.reserveCapacity(result.episodes.count * 80)
        for e in orderedEpisodes() { append(result.episodes[Int(e)], &out) }
        return out
    }

    /// The written children's episodes, grouped by child in id order, each child's in the order generated (date order).
    func orderedEpisodes() -> [Int32] {
        var counts = Array(repeating: 0, count: written.count + 1)
        for e in result.episodes {
            let k = idOf[Int(e.child)]
            if k >= 0 { counts[Int(k) + 1] += 1 }
        }
        for k in 1..<counts.count { counts[k] += counts[k - 1] }
        var order = Array(repeating: Int32(0), count: counts.last!)
        for (i, e) in result.episodes.enumerated() {
            let k = Int(idOf[Int(e.child)])
            guard k >= 0 else { continue }
            order[counts[k]] = Int32(i)
            counts[k] += 1
        }
        return order
    }

    private func append(_ e: SynthEpisode, _ out: inout [UInt8]) {
        let comma = UInt8(ascii: ",")
        EpisodeWriter.appendID(Int(idOf[Int(e.child)]), &out)
        out.append(comma)
        EpisodeWriter.appendDay(e.start, &out)
        out.append(comma)
        code(SSDA903Codes.rne, e.rne, &out)
        code(SSDA903Codes.legalStatus, e.legalStatus, &out)
        code(SSDA903Codes.categoryOfNeed, e.categoryOfNeed, &out)
        code(SSDA903Codes.place, e.place, &out)
        code(SSDA903Codes.provider, e.provider, &out)
        if !e.isOpen { EpisodeWriter.appendDay(e.end, &out) }
        out.append(comma)
        code(SSDA903Codes.reasonCeased, e.isOpen ? CodeList.none : e.reasonCeased, &out)
        code(SSDA903Codes.reasonPlaceChange, e.reasonPlaceChange, &out)
        SynthPostcodes.append(e.homePost, to: &out)
        out.append(comma)
        SynthPostcodes.append(e.placePost, to: &out)
        out.append(comma)
        if e.place == SynthCodes.place("K2") || e.place == SynthCodes.place("K1") { appendURN(e, &out) }
        out.append(UInt8(ascii: "\n"))
    }

    /// A code cell followed by a comma; blank for `CodeList.none`.
    private func code(_ list: CodeList, _ index: UInt8, _ out: inout [UInt8]) {
        if let text = list.code(at: index) { out.append(contentsOf: text.utf8) }
        out.append(UInt8(ascii: ","))
    }

    /// A synthetic Ofsted URN for a children's home: `SC9` and five digits from the placement postcode.
    private func appendURN(_ e: SynthEpisode, _ out: inout [UInt8]) {
        out.append(contentsOf: "SC9".utf8)
        EpisodeWriter.appendPadded(Int(e.placePost % 97_001), 5, &out)
    }
}
