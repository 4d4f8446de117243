// One recharge attempt = one Idempotency-Key: a retry of the same attempt (same channel, amount and
// pay mode, e.g. after a lost answer) sends the same key, so the server opens one order however often it is sent.

export function newIdempotencyKey(): string {
  // getRandomValues works outside secure contexts too (a phone on http://192.168.…), randomUUID does not
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return 'h5-' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

export class RechargeAttempt {
  private key: string | null = null
  private what: string | null = null

  constructor(private readonly makeKey: () => string = newIdempotencyKey) {}

  /** The key to send: the current attempt's when nothing changed, otherwise a fresh attempt's. */
  keyFor(channel: string, amountFen: number, mode = 'QR'): string {
    const what = `${channel}:${amountFen}:${mode}`
    if (this.key === null || this.what !== what) {
      this.key = this.makeKey()
      this.what = what
    }
    return this.key
  }

  /** The order was opened: the next recharge is a new attempt. */
  finish(): void {
    this.key = null
    this.what = null
  }
}
