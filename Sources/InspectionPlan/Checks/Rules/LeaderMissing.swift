extension Rule {
  /// A visit with no leader (Trưởng đoàn), its own or its team's: nobody can sign for the team.
  static let leaderMissing = Rule("leader-missing") { context in
    context.plan.inspections.indices.compactMap { index in
      let inspection = context.plan.inspections[index]
      guard !context.roster(of: index).contains(where: { $0.role == .leader }) else { return nil }
      return Finding(
        .error, "leader-missing",
        "Cuộc kiểm tra \(context.unitNames(inspection)) chưa có Trưởng đoàn.",
        subjects: [inspection.id] + inspection.units)
    }
  }
}
