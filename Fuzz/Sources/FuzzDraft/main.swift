import Foundation
import FuzzDriver

// libFuzzer runs `fuzzDraft` on each input, with the command line's options and corpus folders.
var arguments = CommandLine.argc
var values: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&arguments, &values) { data, size in fuzzDraft(data, size) })
