// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Runde",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "runde", targets: ["runde"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
    ],
    targets: [
        // The one catalog of texts a person reads, keyed by language (DESIGN §3). No dependencies.
        .target(name: "RundeText", exclude: ["README.md"]),
        // Pure domain + persistence. Never imports curses or any UI.
        .target(
            name: "RundeCore",
            dependencies: ["RundeText", .product(name: "TOMLKit", package: "TOMLKit")],
            exclude: ["README.md"]
        ),
        // Finished meetings read back: the summary index and its cache, the fast log decoder,
        // and the list/detail/trend formatters. All its file I/O goes through RundeCore's
        // Persistence.
        .target(
            name: "RundeHistory",
            dependencies: ["RundeCore", "RundeText"],
            exclude: ["README.md"]
        ),
        // The room view's connection: the name-free state message, its codec, and the Unix
        // socket the meeting listens on and room views connect to. No curses, no UI.
        .target(name: "RundeRoom", dependencies: ["RundeCore"], exclude: ["README.md"]),
        // Presentation and runtime against a `Terminal` protocol. Never imports curses.
        .target(
            name: "RundeTUI",
            dependencies: [
                "RundeCore", "RundeHistory", "RundeText", "RundeRoom",
                .product(name: "TOMLKit", package: "TOMLKit"),
            ],
            exclude: ["README.md"]
        ),
        // System library for the wide-character ncurses. No pkgConfig: SwiftPM would drop
        // -D_DEFAULT_SOURCE/-D_XOPEN_SOURCE and warn on every build; the shim defines what it
        // needs and Debian's libncursesw.so linker script pulls in libtinfo.
        .systemLibrary(
            name: "CNCursesW",
            providers: [.apt(["libncurses-dev"])]
        ),
        // The ONLY target that imports CNCursesW.
        .target(
            name: "CursesTerminal",
            dependencies: ["CNCursesW", "RundeTUI"],
            exclude: ["README.md"]
        ),
        // The plain (screen-reader) backend, beside CursesTerminal: a `Terminal` that says what
        // each screen says about its change, as whole lines, and reads keys from standard input.
        .target(
            name: "LineTerminal",
            dependencies: ["RundeTUI", "RundeCore"],
            exclude: ["README.md"]
        ),
        // Encrypted handover files (group + logs) for whoever leads next on another laptop.
        .target(
            name: "RundeHandover",
            dependencies: [
                "RundeCore",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ],
            exclude: ["README.md"]
        ),
        // Executable: argument parsing and wiring only.
        .executableTarget(
            name: "runde",
            dependencies: [
                "RundeCore", "RundeHistory", "RundeText", "RundeTUI", "CursesTerminal",
                "LineTerminal", "RundeHandover", "RundeRoom",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            exclude: ["README.md"]
        ),
        .testTarget(name: "RundeTextTests", dependencies: ["RundeText"]),
        .testTarget(name: "RundeCoreTests", dependencies: ["RundeCore", "RundeText"]),
        .testTarget(
            name: "RundeHistoryTests", dependencies: ["RundeHistory", "RundeCore", "RundeText"]),
        .testTarget(
            name: "RundeTUITests",
            dependencies: [
                "RundeTUI", "RundeCore", "RundeHistory", "RundeText", "RundeRoom", "LineTerminal",
            ],
            exclude: ["Snapshots"]),
        .testTarget(name: "CursesTerminalTests", dependencies: ["CursesTerminal", "RundeTUI"]),
        .testTarget(name: "RundeRoomTests", dependencies: ["RundeRoom", "RundeCore"]),
        .testTarget(name: "RundeHandoverTests", dependencies: ["RundeHandover", "RundeCore"]),
        .testTarget(name: "EndToEndTests", dependencies: ["RundeCore", "RundeText"]),
    ],
    swiftLanguageModes: [.v6]
)
