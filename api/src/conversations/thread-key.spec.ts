import { decodeThreadKey, dmThreadKey, postThreadKey } from './thread-key';

describe('thread keys', () => {
  it('round-trips a DM thread', () => {
    expect(dmThreadKey('31612345678')).toBe('dm:31612345678');
    expect(decodeThreadKey(dmThreadKey('whatsapp:+31612345678'))).toEqual({
      kind: 'dm',
      personId: 'whatsapp:+31612345678',
    });
  });

  it('round-trips a public thread per post and author', () => {
    expect(postThreadKey('123_456', '789')).toBe('post:123_456:789');
    expect(decodeThreadKey('post:123_456:789')).toEqual({ kind: 'post', postId: '123_456', authorId: '789' });
  });
});
