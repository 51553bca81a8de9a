#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes bytes to a file descriptor in full, and says why when it cannot.
///
/// `FileHandle.write(_:)` traps on a write error (a full disk, a pipe closed with SIGPIPE
/// ignored), which crashed accord with a crash dump instead of a message; every byte accord
/// writes to a file or a standard stream goes through here instead.
public enum DescriptorWriter {
    /// Writes all of `bytes` to `descriptor`, retrying short writes and interrupted calls.
    ///
    /// - Returns: nil when everything was written, else the `errno` of the failed write.
    public static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
        bytes.withUnsafeBytes { buffer -> Int32? in
            guard let start = buffer.baseAddress else { return nil }
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, start + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
    }

    /// The system's description of `code`, such as "No space left on device".
    public static func describe(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
