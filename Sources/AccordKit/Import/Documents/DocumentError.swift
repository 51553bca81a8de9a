/// Why a draft document could not be read, in words for the negotiator who gave it.
struct DocumentError: Error, Sendable {
    let message: String

    init(_ message: String) {
        self.message = message
    }
}
