/** Calendar words the stages and policies read: one list, so that a month is spelled in one place. */

/** Month names, January first (index 0). */
export const MONTH_NAMES: readonly string[] =
  'january february march april may june july august september october november december'.split(' ');
/** Short forms of month names as reports write them ("jan", "sept"); "may" is already whole. */
export const MONTH_ABBREVIATIONS: readonly string[] = 'jan feb mar apr jun jul aug sep sept oct nov dec'.split(' ');
export const WEEKDAYS: readonly string[] = 'monday tuesday wednesday thursday friday saturday sunday'.split(' ');
