// swift-tools-version: 6.0
import PackageDescription

// kiemtra uses the Swift toolchain alone: no package dependencies.
let package = Package(
  name: "kiemtra",
  platforms: [.macOS(.v13)],
  products: [
    .library(name: "InspectionPlan", targets: ["InspectionPlan"]),
    .executable(name: "kiemtra", targets: ["kiemtra"]),
  ],
  targets: [
    .target(name: "InspectionPlan", resources: [.copy("Resources/holiday-decisions.json")]),
    .target(name: "KiemTraCLI", dependencies: ["InspectionPlan"]),
    .executableTarget(name: "kiemtra", dependencies: ["KiemTraCLI"]),
    .executableTarget(name: "kiemtra-bench", dependencies: ["InspectionPlan"]),
    .testTarget(
      name: "InspectionPlanTests", dependencies: ["InspectionPlan"],
      exclude: [
        "Office/Fixtures", "Office/Golden", "Import/Fixtures", "Calendar/Fixtures", "Scheduling/Fixtures",
        "Loading/SchemaCorpus",
      ]),
    .testTarget(
      name: "KiemTraCLITests", dependencies: ["KiemTraCLI", "InspectionPlan"],
      exclude: ["Fixtures", "Pictures"]),
  ]
)
