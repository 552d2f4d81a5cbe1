import type { EntityManager } from 'typeorm';
import { addDays } from '../../common/date';

/**
 * Working days as the bureau counts them: Monday to Friday, except the public holidays, plus the
 * weekend days worked instead (调休); both kinds of exception live in `calendar_day`.
 */
export class WorkingCalendar {
  constructor(private readonly exceptions: ReadonlyMap<string, boolean>) {}

  isWorkingDay(day: string): boolean {
    const known = this.exceptions.get(day);
    if (known !== undefined) return known;
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    return weekday !== 0 && weekday !== 6;
  }

  /** The day `n` working days after `start` (start itself not counted): a limit of 3 from Monday is Thursday. */
  addWorkingDays(start: string, n: number): string {
    let day = start;
    let left = n;
    while (left > 0) {
      day = addDays(day, 1);
      if (this.isWorkingDay(day)) left--;
    }
    return day;
  }

  /** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
  workingDaysBetween(from: string, to: string): number {
    let count = 0;
    for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (this.isWorkingDay(day)) count++;
    return count;
  }

  /** The exceptions for the days a deadline computed from `from` can reach (limits are weeks, not months). */
  static async load(manager: EntityManager, from: string, days = 120): Promise<WorkingCalendar> {
    const rows: { day: string; working: boolean }[] = await manager.query(
      'SELECT day::text AS day, working FROM calendar_day WHERE day BETWEEN $1::date - 370 AND $1::date + $2::int',
      [from, days],
    );
    return new WorkingCalendar(new Map(rows.map((r) => [r.day, r.working])));
  }
}
