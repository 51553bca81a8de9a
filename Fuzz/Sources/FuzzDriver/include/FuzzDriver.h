// libFuzzer's driver, called from each fuzz target's main.
//
// SwiftPM links an executable with `main` aliased to `<Module>_main`, which a target built with
// `-parse-as-library` (to let libFuzzer's own `main` in) never defines; so each target has a
// `main.swift` that hands its entry point to this driver instead.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
