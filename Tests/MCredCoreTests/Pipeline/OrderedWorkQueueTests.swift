import Foundation
import XCTest

@testable import MCredCore

final class OrderedWorkQueueTests: XCTestCase {
    func testResultsComeBackInSubmissionOrderWhateverOrderTheyFinishIn() {
        let queue = OrderedWorkQueue<Int>(workers: 3, capacity: 4)
        var results: [Int] = []
        for item in 0..<200 {
            if queue.isFull, let oldest = queue.next() { results.append(oldest) }
            queue.submit { _ in
                // Earlier items sleep longer, so later ones often finish first.
                usleep(useconds_t((7 - item % 7) * 50))
                return item
            }
            XCTAssertLessThanOrEqual(queue.inFlight, 4)
        }
        while let oldest = queue.next() { results.append(oldest) }
        XCTAssertEqual(results, Array(0..<200))
        XCTAssertNil(queue.next())
    }

    func testEachItemRunsOnWorkerItsNumberModuloTheWorkers() {
        let queue = OrderedWorkQueue<Int>(workers: 2, capacity: 8)
        var workers: [Int] = []
        for _ in 0..<6 {
            queue.submit { worker in worker }
        }
        while let worker = queue.next() { workers.append(worker) }
        XCTAssertEqual(workers, [0, 1, 0, 1, 0, 1])
    }

    func testDrainAndDiscardWaitsForEverything() {
        let queue = OrderedWorkQueue<Int>(workers: 2, capacity: 3)
        for item in 0..<3 { queue.submit { _ in item } }
        queue.drainAndDiscard()
        XCTAssertEqual(queue.inFlight, 0)
        XCTAssertNil(queue.next())
    }
}
