import type { Logger } from '../logger';

/** How often a worker gives up jobs that keep losing their process, or forgets expired ones. */
const SWEEP_EVERY_MS = 60_000;

/**
 * A background worker over a queue kept in PostgreSQL (exports, imports): it looks for work every
 * `pollMs` when idle and at once when woken (work was just queued by this process), claims one job
 * at a time and runs it, never two ticks at once. What it claims lives in the database, so any
 * process may run any job; stop() stops claiming and waits for the job in hand, whose `run` sees
 * `stopping` and hands it back.
 */
export abstract class QueueWorker<Job> {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private wakeRequested = false;
  private stopped = false;
  private lastSweep = 0;

  protected constructor(
    protected readonly log: Logger,
    private readonly pollMs: number,
  ) {}

  /** The next job, claimed by this process; null when none is waiting. */
  protected abstract claim(): Promise<Job | null>;
  /** Runs a claimed job to its end (or hands it back when `stopping`); its own failures are its to record. */
  protected abstract run(job: Job): Promise<void>;
  /** Gives up what keeps failing, forgets what has expired; about once a minute. */
  protected abstract sweep(): Promise<void>;

  /** Whether stop() was called: a job in hand should go back to the queue. */
  protected get stopping(): boolean {
    return this.stopped;
  }

  start(): void {
    this.schedule(this.pollMs);
  }

  /** Looks for work now. */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.wakeRequested = true;
      return;
    }
    this.schedule(0);
  }

  /** Stops claiming and waits for the job in hand. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.running = this.tick().finally(() => {
        this.running = null;
        const again = this.wakeRequested;
        this.wakeRequested = false;
        this.schedule(again ? 0 : this.pollMs);
      });
    }, ms);
    this.timer.unref();
  }

  /** Claims and runs jobs until none is waiting. */
  private async tick(): Promise<void> {
    try {
      if (Date.now() - this.lastSweep >= SWEEP_EVERY_MS) {
        this.lastSweep = Date.now();
        await this.sweep();
      }
      while (!this.stopped) {
        const job = await this.claim();
        if (!job) return;
        await this.run(job);
      }
    } catch (error) {
      // The database may be restarting: try again at the next poll.
      this.log.warn({ err: error }, 'worker could not reach its queue');
    }
  }
}
