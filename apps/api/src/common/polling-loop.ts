/**
 * Runs `work` now and then: every `pollMs` when idle, at once when woken (work was just queued by
 * this process), never twice at the same time. Background workers (exports, imports) are built on
 * it; what they claim lives in PostgreSQL, so any process may run any job.
 */
export class PollingLoop {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private wakeRequested = false;
  private stopped = false;

  constructor(
    private readonly pollMs: number,
    private readonly work: () => Promise<void>,
  ) {}

  /** Whether stop() was called: work in hand should be handed back. */
  get stopping(): boolean {
    return this.stopped;
  }

  start(): void {
    this.schedule(this.pollMs);
  }

  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.wakeRequested = true;
      return;
    }
    this.schedule(0);
  }

  /** Stops polling and waits for the work in hand. */
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
      this.running = this.work().finally(() => {
        this.running = null;
        const again = this.wakeRequested;
        this.wakeRequested = false;
        this.schedule(again ? 0 : this.pollMs);
      });
    }, ms);
    this.timer.unref();
  }
}
