/// Hands memory freed by long runs back to the operating system.
enum MemoryHygiene {
    /// With several threads allocating and freeing records, freed memory is scattered through
    /// the heap and stays counted in the process's resident size; glibc's `malloc_trim` gives
    /// the free pages back. Cheap enough every 65,536 records (a walk over the free lists).
    static func returnFreedMemory() {
        #if os(Linux)
        _ = glibcMallocTrim(0)
        #endif
    }
}

#if os(Linux)
@_silgen_name("malloc_trim")
private func glibcMallocTrim(_ pad: Int) -> Int32
#endif
