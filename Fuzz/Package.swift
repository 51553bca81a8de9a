// swift-tools-version: 6.0
import PackageDescription

// libFuzzer targets for accord, built apart from the main package so that `swift build` and
// `swift test` there never see them: they link only with the flags `Fuzz/run.sh` passes
// (`-sanitize=fuzzer`, which brings in libFuzzer's driver).
let package = Package(
    name: "accord-fuzz",
    dependencies: [.package(name: "accord", path: "..")],
    targets: [
        // The declaration of libFuzzer's driver, which each target's main calls.
        .target(name: "FuzzDriver"),
        // Agreement bytes through the loader, the evaluator and every renderer.
        .executableTarget(
            name: "FuzzAgreement", dependencies: ["FuzzDriver", .product(name: "AccordKit", package: "accord")]),
        // Draft documents (.docx, .odt, text, Markdown) through the importer, then scored and reported.
        .executableTarget(
            name: "FuzzDraft", dependencies: ["FuzzDriver", .product(name: "AccordKit", package: "accord")]),
        // Rule-pack files through the pack loader and the compiler of its terms.
        .executableTarget(
            name: "FuzzRulePack", dependencies: ["FuzzDriver", .product(name: "AccordKit", package: "accord")]),
    ]
)
