// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "accord",
    products: [
        .executable(name: "accord", targets: ["AccordCLI"]),
        .library(name: "AccordKit", targets: ["AccordKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        .package(url: "https://github.com/yaslab/CSV.swift.git", from: "2.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
    ],
    targets: [
        // How text is read, in any language: grammars as values, the tokeniser, modality and
        // negation, clause meaning, phrase matching. Knows nothing of packs or agreements.
        .target(name: "AccordText"),
        // The whole engine: model, loading, rules, matching, evaluation, scoring, reports. Never
        // imports ArgumentParser.
        .target(
            name: "AccordKit",
            dependencies: [
                "AccordText", .product(name: "Yams", package: "Yams"), .product(name: "CSV", package: "CSV.swift"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // The `accord` command: parses flags, calls AccordKit, chooses exit codes.
        .executableTarget(
            name: "AccordCLI",
            dependencies: [
                "AccordKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmark: times each stage of scoring over a folder (`swift run -c release accord-stages DIR`).
        .executableTarget(name: "accord-stages", dependencies: ["AccordKit"], path: "Benchmarks/Stages"),
        // Development tool: regenerates the Swift tables derived from data files (`swift run generate-accord`).
        .executableTarget(name: "generate-accord", dependencies: ["AccordGenerators"]),
        // What generate-accord renders, as a library so a test can check the committed files are current.
        .target(name: "AccordGenerators"),
        .testTarget(
            name: "AccordKitTests",
            dependencies: ["AccordKit", "AccordText", "AccordGenerators", "AccordTestSupport"],
            exclude: ["Golden"]
        ),
        // Helpers both test targets use: repository paths and golden files.
        .target(name: "AccordTestSupport", path: "Tests/AccordTestSupport"),
        // Depends on AccordCLI so that `swift test` always builds the binary the tests run.
        .testTarget(
            name: "AccordCLITests",
            dependencies: ["AccordCLI", "AccordKit", "AccordTestSupport"]
        ),
    ]
)
