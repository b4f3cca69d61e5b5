/**
 * A lookup table keyed by words of the text. It has no prototype, so a report that says
 * "constructor" finds nothing rather than Object.prototype.constructor (which once turned
 * "five constructor workers were killed" into a count of "05function Object() …").
 * @example wordTable({ dozens: 12 }).constructor // → undefined
 */
export const wordTable = <T>(entries: Record<string, T>): Readonly<Record<string, T>> =>
  Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
