/// Busy slots per person, one bit per slot: the scheduler's picture of everyone's calendar.
///
/// Slots are working days (or half days) numbered from the start of the scheduling range, so a
/// visit is an interval of slots and "share a day" is interval overlap.
struct BusyGrid: Sendable, Equatable {
  let slotCount: Int
  let words: Int
  private(set) var bits: [UInt64]

  init(people: Int, slotCount: Int) {
    self.slotCount = slotCount
    words = max(1, (slotCount + 63) / 64)
    bits = Array(repeating: 0, count: max(1, people) * words)
  }

  private func mask(offset: Int, span: Int) -> UInt64 {
    span == 64 ? ~0 : ((1 << UInt64(span)) - 1) << UInt64(offset)
  }

  /// Whether `person` is free on every slot of `start..<start + length`.
  func isFree(_ person: Int, start: Int, length: Int) -> Bool {
    lastBusy(person, start: start, length: length) == nil
  }

  /// The last busy slot of `person` in `start..<start + length`, or `nil` when all are free.
  func lastBusy(_ person: Int, start: Int, length: Int) -> Int? {
    guard length > 0 else { return nil }
    var end = start + length  // exclusive
    let base = person * words
    while end > start {
      let word = (end - 1) / 64
      let low = max(start, word * 64)
      let span = end - low
      let m = mask(offset: low - word * 64, span: span)
      let hit = bits[base + word] & m
      if hit != 0 { return word * 64 + 63 - hit.leadingZeroBitCount }
      end = low
    }
    return nil
  }

  /// The first busy slot of `person` in `start..<start + length`, or `nil` when all are free.
  func firstBusy(_ person: Int, start: Int, length: Int) -> Int? {
    guard length > 0 else { return nil }
    var d = start
    let end = start + length
    let base = person * words
    while d < end {
      let word = d / 64
      let offset = d % 64
      let span = min(64 - offset, end - d)
      let hit = bits[base + word] & mask(offset: offset, span: span)
      if hit != 0 { return word * 64 + hit.trailingZeroBitCount }
      d += span
    }
    return nil
  }

  /// Busy slots of `person` in `start..<start + length`.
  func busyCount(_ person: Int, start: Int, length: Int) -> Int {
    guard length > 0 else { return 0 }
    var d = start
    let end = start + length
    let base = person * words
    var count = 0
    while d < end {
      let word = d / 64
      let offset = d % 64
      let span = min(64 - offset, end - d)
      count += (bits[base + word] & mask(offset: offset, span: span)).nonzeroBitCount
      d += span
    }
    return count
  }

  mutating func set(_ person: Int, start: Int, length: Int, busy: Bool) {
    var d = start
    let end = start + length
    let base = person * words
    while d < end {
      let word = d / 64
      let offset = d % 64
      let span = min(64 - offset, end - d)
      let m = mask(offset: offset, span: span)
      if busy { bits[base + word] |= m } else { bits[base + word] &= ~m }
      d += span
    }
  }
}
