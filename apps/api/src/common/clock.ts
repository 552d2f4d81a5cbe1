/** The bureau works on China Standard Time; "today" is its calendar day, not UTC's. */
export const BUREAU_TIME_ZONE = 'Asia/Shanghai';

const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: BUREAU_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in the bureau's time zone, "YYYY-MM-DD". */
export function bureauToday(now: Date = new Date()): string {
  return dayFormat.format(now);
}
