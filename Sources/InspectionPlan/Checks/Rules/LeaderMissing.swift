extension Rule {
  /// A visit with no leader (Trưởng đoàn): nobody can sign for the team.
  static let leaderMissing = Rule("leader-missing") { context in
    context.plan.inspections.filter { $0.leader == nil }.map { inspection in
      Finding(
        .error, "leader-missing",
        "Cuộc kiểm tra \(context.unitName(inspection.unit)) chưa có Trưởng đoàn.",
        subjects: [inspection.id, inspection.unit])
    }
  }
}
