import Testing

@testable import AccordKit

@Suite("Model values")
struct ModelValueTests {
    @Test(
        "partial dates parse only real calendar dates",
        arguments: [
            ("2021", true), ("2021-07", true), ("2021-07-29", true), ("2024-02-29", true), ("2023-02-29", false),
            ("1900-02-29", false), ("2000-02-29", true), ("2021-13", false), ("2021-7-29", false), ("21-07-29", false),
            ("2021-07-29T00:00", false), ("", false), ("２０２１", false),
        ])
    func partialDates(text: String, valid: Bool) {
        #expect((PartialDate(text) != nil) == valid)
    }

    @Test("partial dates compare at shared precision")
    func partialDateOrder() throws {
        let year = try #require(PartialDate("2021"))
        let july = try #require(PartialDate("2021-07"))
        let day = try #require(PartialDate("2021-07-29"))
        #expect(!year.isCertainlyBefore(day) && !day.isCertainlyBefore(year))
        #expect(!july.isCertainlyBefore(day))
        #expect(try #require(PartialDate("2021-06-30")).isCertainlyBefore(july))
        #expect(try #require(PartialDate("2020")).isCertainlyBefore(day))
    }

    @Test("country codes come from the ISO table, with helpful suggestions")
    func countryCodes() {
        #expect(CountryCode("KEN")?.name == "Kenya")
        #expect(CountryCode("ken") == nil)
        #expect(CountryCode("XKX") == nil)
        #expect(ISO3166.countries.count == 249)
        #expect(CountryCode.suggestion(for: "PH") == "PHL")
        #expect(CountryCode.suggestion(for: "Philippines") == "PHL")
        #expect(CountryCode.suggestion(for: "UK") == "GBR")
        #expect(CountryCode.suggestion(for: "QQQ") == nil)
    }

    @Test("suggestions catch typos and separator slips, and leave unrelated words alone")
    func suggestions() {
        let keys = ["parties", "professions", "title", "short-title", "in-force"]
        #expect(Suggestion.closest(to: "partys", in: keys) == "parties")
        #expect(Suggestion.closest(to: "In Force", in: keys) == "in-force")
        #expect(Suggestion.closest(to: "shorttitle", in: keys) == "short-title")
        #expect(Suggestion.closest(to: "titel", in: keys) == "title")
        #expect(Suggestion.closest(to: "xyz", in: keys) == nil)
        #expect(Suggestion.closest(to: "colour", in: keys) == nil)
    }

    @Test("identifiers are kebab-case, and suggestions make them so")
    func identifiers() {
        #expect(Identifier.isValid("gbr-ken-2021"))
        #expect(Identifier.isValid("a") && Identifier.isValid("a-1") && Identifier.isValid("2010"))
        #expect(!Identifier.isValid("gbr--ken") && !Identifier.isValid("-gbr") && !Identifier.isValid("GBR"))
        #expect(
            !Identifier.isValid("") && !Identifier.isValid("-") && !Identifier.isValid("gbr-") && !Identifier.isValid("gbr ken"))
        #expect(!Identifier.isValid("café") && !Identifier.isValid("gbr_ken"))
        #expect(Identifier.suggestion(for: "GBR_KEN 2021") == "gbr-ken-2021")
    }
}
