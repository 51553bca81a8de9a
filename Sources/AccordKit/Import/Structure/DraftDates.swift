import Foundation

/// Dates as drafts write them, in English, French and Spanish: "14 October 2026", "October 14,
/// 2026", "14 octobre 2026", "14 de octubre de 2026", "2026-10-14", or a month and year.
enum DraftDates {
    private static let months: [String: Int] = {
        let names = [
            ["january", "janvier", "enero"], ["february", "fevrier", "février", "febrero"], ["march", "mars", "marzo"],
            ["april", "avril", "abril"], ["may", "mai", "mayo"], ["june", "juin", "junio"], ["july", "juillet", "julio"],
            ["august", "aout", "août", "agosto"], ["september", "septembre", "septiembre", "setiembre"],
            ["october", "octobre", "octubre"], ["november", "novembre", "noviembre"],
            ["december", "decembre", "décembre", "diciembre"],
        ]
        var months: [String: Int] = [:]
        for (index, words) in names.enumerated() { for word in words { months[word] = index + 1 } }
        return months
    }()

    /// The first date written in `text`, as precise as it is written.
    static func date(in text: String) -> PartialDate? {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" }).map(String.init)
        for (index, word) in words.enumerated() {
            if word.count == 10, let date = PartialDate(word) { return date }
            guard let month = months[word] else { continue }
            // The year: the next number of four digits within three words ("de 2026", "14, 2026").
            guard
                let year = words.dropFirst(index + 1).prefix(3).first(where: { $0.count == 4 && Int($0) != nil }).flatMap({
                    Int($0)
                }),
                year >= 1900, year < 2200
            else { continue }
            // The day: just before the month ("14 October", "14 de octubre", "1er mars") or just
            // after it ("October 14").
            let candidates = [index - 1, index - 2, index + 1].filter { words.indices.contains($0) }.map { words[$0] }
            let day = candidates.lazy.compactMap { Int($0.prefix { $0.isNumber }) }.first { (1...31).contains($0) }
            let text =
                day.map { String(format: "%04d-%02d-%02d", year, month, $0) } ?? String(format: "%04d-%02d", year, month)
            if let date = PartialDate(text) { return date }
        }
        return nil
    }
}
