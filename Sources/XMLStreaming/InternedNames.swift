internal import CLibXML2

/// Turns libxml2's interned names into Swift strings once per distinct name instead of once per node.
///
/// The reader's parser interns element and attribute names in its dictionary (`xmlTextReaderConstLocalName`
/// returns `xmlNode.name` as is): the same name is always the same pointer, and dictionary strings live until
/// the reader is freed. So the pointer alone is a safe key for as long as the owning reader exists
/// (`ThroughputTests` checks that the count stays small). A name is only cached after `xmlDictOwns` confirms it
/// is a dictionary string: a name that isn't could be freed with its node and its address reused for another.
///
/// An open-addressing table keyed by pointer bits, because this runs for every element and attribute and a
/// `Dictionary` spent more time hashing (SipHash) than libxml2 spent finding the name. A class with raw buffers
/// so that lookups don't pay for copy-on-write and exclusivity checks.
final class InternedNames {
    /// Power of two. Real files have a few hundred distinct names and namespaces; when the table is 3/4 full
    /// (hostile input with many distinct names) new names are simply not cached.
    private static let capacity = 4_096
    private static let limit = capacity / 4 * 3

    private let keys: UnsafeMutablePointer<UnsafeRawPointer?>
    private let strings: UnsafeMutablePointer<String>
    @exclusivity(unchecked) private(set) var count = 0

    init() {
        keys = .allocate(capacity: Self.capacity)
        keys.initialize(repeating: nil, count: Self.capacity)
        strings = .allocate(capacity: Self.capacity)
    }

    deinit {
        for slot in 0..<Self.capacity where keys[slot] != nil {
            (strings + slot).deinitialize(count: 1)
        }
        keys.deallocate()
        strings.deallocate()
    }

    /// The Swift string for a node or attribute name.
    /// - Parameters:
    ///   - name: `xmlNode.name` or `xmlAttr.name` of a node of the owning reader.
    ///   - dictionary: The document's dictionary (`xmlDoc.dict`), which must own `name` for it to be cached.
    func string(_ name: UnsafePointer<xmlChar>, in dictionary: xmlDictPtr?) -> String {
        let key = UnsafeRawPointer(name)
        // Fibonacci hashing of the address; dictionary strings are at least 2-byte aligned.
        var slot = Int(truncatingIfNeeded: ((UInt(bitPattern: key) &>> 1) &* 0x9E37_79B9_7F4A_7C15) &>> 52)
        while let existing = keys[slot] {
            if existing == key { return strings[slot] }
            slot = (slot &+ 1) & (Self.capacity - 1)
        }
        let string = String(cString: name)
        if count < Self.limit, let dictionary, xmlDictOwns(dictionary, name) == 1 {
            keys[slot] = key
            (strings + slot).initialize(to: string)
            count += 1
        }
        return string
    }
}
