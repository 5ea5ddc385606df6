import { TurnBatch } from './turn-batch';

describe('TurnBatch', () => {
  it('loads what one turn asks for in one call, in chunks, distinct keys, null for what is missing', async () => {
    const calls: string[][] = [];
    const batch = new TurnBatch<string, number>(async (keys) => {
      calls.push(keys);
      return new Map(keys.filter((key) => key !== 'gone').map((key) => [key, key.length]));
    }, 2);
    const found = await Promise.all(['a', 'bb', 'a', 'ccc', 'gone'].map((key) => batch.get(key)));
    expect(found).toEqual([1, 2, 1, 3, null]);
    expect(calls).toEqual([
      ['a', 'bb'],
      ['ccc', 'gone'],
    ]);
    expect(await batch.get('dddd')).toBe(4);
    expect(calls).toHaveLength(3);
  });

  it('rejects every request of a turn whose load fails, and loads again in the next turn', async () => {
    let fail = true;
    const batch = new TurnBatch<string, string>(async (keys) => {
      if (fail) throw new Error('database away');
      return new Map(keys.map((key) => [key, key]));
    });
    const results = await Promise.allSettled([batch.get('x'), batch.get('y')]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    expect(await batch.get('x')).toBe('x');
  });
});
