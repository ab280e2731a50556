// libFuzzer target: built only by scripts/fuzz.sh (swiftc -sanitize=fuzzer,address), never by swift build.
import MCredCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzEntryPoints.credential(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
