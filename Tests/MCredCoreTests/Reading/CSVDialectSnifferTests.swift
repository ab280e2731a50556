import XCTest
@testable import MCredCore

final class CSVDialectSnifferTests: XCTestCase {
    private func sniff(_ text: String, isComplete: Bool = true) -> UInt8 {
        CSVDialectSniffer.sniff(Array(text.utf8), isComplete: isComplete).delimiter
    }

    func testEachCandidate() {
        XCTAssertEqual(sniff("a,b,c\n1,2,3\n"), UInt8(ascii: ","))
        XCTAssertEqual(sniff("a;b;c\n1;2;3\n"), UInt8(ascii: ";"))
        XCTAssertEqual(sniff("a\tb\tc\n1\t2\t3\n"), UInt8(ascii: "\t"))
        XCTAssertEqual(sniff("a|b|c\n1|2|3\n"), UInt8(ascii: "|"))
    }

    func testUnquotedCommasInsideASemicolonFile() {
        let text = """
            jaar;code;naam;aantal
            2003;60052;M Beleid, Communicatie en Organisatie;3
            2003;66950;M Human Movement Sciences: Sport, Exercise and Health;1
            2004;56553;B Gezondheidswetenschappen;23
            2004;60052;M Beleid, Communicatie en Organisatie;1

            """
        XCTAssertEqual(sniff(text), UInt8(ascii: ";"))
        // Even when every data row has more commas than semicolons.
        XCTAssertEqual(sniff("a;b\n\"x\";1,2,3,4\n5,6,7,8;9\n"), UInt8(ascii: ";"))
    }

    func testQuotedDelimitersAndNewlinesAreIgnored() {
        XCTAssertEqual(sniff("name,note\n\"a;b;c\",1\n\"d;\ne;f\",2\n"), UInt8(ascii: ","))
        XCTAssertEqual(sniff("k;v\n\"1,2,3\";x\n\"4,5,\n6\";y\n"), UInt8(ascii: ";"))
    }

    func testPipeSeparatedValuesInsideACommaFile() {
        XCTAssertEqual(sniff("id,labels\n1,a | b | c\n2,d\n3,e | f\n"), UInt8(ascii: ","))
    }

    func testNoDelimiterFallsBackToComma() {
        XCTAssertEqual(sniff("one column\nonly\n"), UInt8(ascii: ","))
        XCTAssertEqual(sniff(""), UInt8(ascii: ","))
    }

    func testIrregularFileTakesTheMostCommonDelimiter() {
        // No candidate has a non-zero modal count: the one on most records wins.
        XCTAssertEqual(sniff("a\nb\nc\nd;e\nf;g\n"), UInt8(ascii: ";"))
    }

    func testCutOffLastRecordIsIgnoredUnlessComplete() {
        // The last line has many commas but is cut off by the end of the sample.
        let text = "a;b\n1;2\n3;4\nx,y,z,w,v"
        XCTAssertEqual(sniff(text, isComplete: false), UInt8(ascii: ";"))
        let scores = Array(text.utf8).withUnsafeBufferPointer { CSVDialectSniffer.scores($0, isComplete: false) }
        XCTAssertEqual(scores.first { $0.delimiter == UInt8(ascii: ";") }?.records, 3)
    }

    func testReaderSniffsAndHonoursAGivenDialect() {
        XCTAssertEqual(ReadingFixtures.read("a|b\n1|2\n").dialect, .pipe)
        let forced = ReadingFixtures.read("a|b\n1|2\n", dialect: .comma)
        XCTAssertEqual(forced.dialect, .comma)
        XCTAssertEqual(forced.fields, [["a|b"], ["1|2"]])
    }

    func testDUOSemicolonExport() throws {
        let bytes = try ReadingFixtures.sharedBytes("duo-nl-eerstejaars-per-croho-semicolon.csv")
        XCTAssertEqual(CSVDialectSniffer.sniff(Array(bytes.prefix(CSVDialectSniffer.sampleSize)), isComplete: true).delimiter, UInt8(ascii: ";"))
    }
}
