/**
 * Terminal progress for long ingests: count, rate, errors and time left, redrawn on one line
 * when stderr is a terminal, and a plain summary line in any case.
 */
export class Progress {
  private done = 0;
  private failed = 0;
  private readonly started = Date.now();
  private lastDraw = 0;

  /** `total` is an estimate (a feed file yields several documents); no time left is shown once passed. */
  constructor(
    private readonly total: number | null,
    private readonly out: NodeJS.WriteStream = process.stderr,
  ) {}

  tick(failed: boolean): void {
    this.done++;
    if (failed) this.failed++;
    const now = Date.now();
    if (this.out.isTTY && now - this.lastDraw > 100) {
      this.lastDraw = now;
      this.out.write(`\r\x1b[K${this.line()}`);
    }
  }

  /** Clears the live line so that a message can be printed above it. */
  clear(): void {
    if (this.out.isTTY) this.out.write('\r\x1b[K');
  }

  finish(): string {
    this.clear();
    return this.line();
  }

  line(): string {
    const seconds = (Date.now() - this.started) / 1000;
    const rate = seconds > 0 ? this.done / seconds : 0;
    const parts = [
      `${this.done}${this.total && this.done <= this.total ? `/${this.total}` : ''} documents`,
      `${rate.toFixed(1)}/s`,
      `${this.failed} failed`,
    ];
    if (this.total && rate > 0 && this.done < this.total)
      parts.push(`~${Math.ceil((this.total - this.done) / rate)}s left`);
    parts.push(`${seconds.toFixed(1)}s elapsed`);
    return parts.join(' · ');
  }
}
