import Foundation

/// Standard output gathered into large writes: a batch of 100,000 agreements wrote one CSV row
/// per system call.
///
/// The owner flushes whenever it is about to wait for more work, and before writing anything to
/// standard error, so output still streams as results arrive and stays in order with messages.
struct OutputBuffer {
    /// Flushed on reaching this many bytes, whatever the owner does.
    static let capacity = 64 * 1024

    private var pending: [UInt8] = []

    init() {
        pending.reserveCapacity(Self.capacity)
    }

    /// Adds `text`, writing everything out once the buffer is full.
    mutating func write(_ text: String) {
        pending.append(contentsOf: text.utf8)
        if pending.count >= Self.capacity { flush() }
    }

    /// Writes out everything added so far.
    mutating func flush() {
        guard !pending.isEmpty else { return }
        FileHandle.standardOutputWrite(bytes: pending)
        pending.removeAll(keepingCapacity: true)
    }
}
