internal import CLibXML2

#if canImport(Glibc)
internal import Glibc
#elseif canImport(Musl)
internal import Musl
#elseif canImport(Darwin)
internal import Darwin
#endif

/// Turns namespace URIs into Swift strings once per distinct URI.
///
/// `xmlTextReaderConstNamespaceUri` would intern the URI, but that hashes the whole URI (often 50 bytes or more)
/// into the dictionary on every call: it cost more than the rest of the element. The URI itself (`xmlNs.href`)
/// is a private copy owned by the declaring element and freed with it, so its address can't be a cache key.
/// Comparing the bytes against the few URIs a document uses is safe and cheaper.
final class NamespaceNames {
    /// Documents declare a handful of namespaces; URIs beyond this many are converted on every use.
    private static let capacity = 16

    private let uris: UnsafeMutablePointer<UnsafeMutablePointer<CChar>>
    private let strings: UnsafeMutablePointer<String>
    @exclusivity(unchecked) private(set) var count = 0

    init() {
        uris = .allocate(capacity: Self.capacity)
        strings = .allocate(capacity: Self.capacity)
    }

    deinit {
        for index in 0..<count { free(uris[index]) }
        strings.deinitialize(count: count)
        uris.deallocate()
        strings.deallocate()
    }

    /// The Swift string for a namespace's `href`.
    func string(_ href: UnsafePointer<xmlChar>) -> String {
        let uri = UnsafeRawPointer(href).assumingMemoryBound(to: CChar.self)
        for index in 0..<count where strcmp(uris[index], uri) == 0 {
            return strings[index]
        }
        let string = String(cString: href)
        if count < Self.capacity, let copy = strdup(uri) {
            uris[count] = copy
            (strings + count).initialize(to: string)
            count += 1
        }
        return string
    }
}
