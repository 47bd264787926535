/** The table timeline's mark for each meeting (no Phaser here, so it is tested alone). */
/** How the timeline marks meeting `i`: held, the current one, one to come, or called off by a moved deadline. */
export function meetingMark(
  i: number,
  meeting: number,
  over: boolean,
  count: number,
): 'held' | 'current' | 'ahead' | 'cancelled' {
  if (i < meeting || (over && i === meeting)) return 'held';
  if (i >= count) return 'cancelled';
  if (i === meeting) return over ? 'held' : 'current';
  return 'ahead';
}
