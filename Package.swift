// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "carebook",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "carebook", targets: ["carebook"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibedit",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        .target(
            name: "CarebookCore",
            dependencies: [
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .target(name: "CarebookRender", dependencies: ["CarebookCore"]),
        .target(name: "CarebookShell", dependencies: ["CarebookCore", "CarebookRender", "CLibedit"]),
        .executableTarget(
            name: "carebook",
            dependencies: [
                "CarebookShell",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "CarebookCoreTests", dependencies: ["CarebookCore"]),
        .testTarget(name: "CarebookRenderTests", dependencies: ["CarebookRender"]),
        .testTarget(name: "CarebookShellTests", dependencies: ["CarebookShell"]),
    ]
)
