/**
 * Loads together what is asked for in one turn of the event loop: every `get` of the turn joins one
 * call of `load` with the distinct keys (in chunks of at most `chunk`), so a batch's announcements cost
 * a query per turn instead of one each. A key `load` does not answer resolves to null; a failed load
 * rejects every `get` that joined it.
 */
export class TurnBatch<K, V> {
  private wanted: { key: K; resolve: (value: V | null) => void; reject: (error: unknown) => void }[] = [];

  constructor(
    private readonly load: (keys: K[]) => Promise<Map<K, V>>,
    private readonly chunk = 500,
  ) {}

  get(key: K): Promise<V | null> {
    return new Promise((resolve, reject) => {
      this.wanted.push({ key, resolve, reject });
      if (this.wanted.length === 1) setImmediate(() => void this.flush());
    });
  }

  private async flush(): Promise<void> {
    const wanted = this.wanted;
    this.wanted = [];
    try {
      const keys = [...new Set(wanted.map((want) => want.key))];
      const found = new Map<K, V>();
      for (let start = 0; start < keys.length; start += this.chunk) {
        for (const [key, value] of await this.load(keys.slice(start, start + this.chunk))) {
          found.set(key, value);
        }
      }
      for (const { key, resolve } of wanted) resolve(found.get(key) ?? null);
    } catch (error) {
      for (const { reject } of wanted) reject(error);
    }
  }
}
