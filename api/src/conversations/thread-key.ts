/**
 * Which thread of an account a message belongs to, as stored in `conversations.thread_key`: a DM thread
 * per person (`dm:<person id>`), a public thread per post and author (`post:<post id>:<author id>`).
 * Encoded and decoded here only.
 */
export type ThreadKey = { kind: 'dm'; personId: string } | { kind: 'post'; postId: string; authorId: string };

export function dmThreadKey(personId: string): string {
  return `dm:${personId}`;
}

export function postThreadKey(postId: string, authorId: string): string {
  return `post:${postId}:${authorId}`;
}

export function decodeThreadKey(raw: string): ThreadKey {
  if (raw.startsWith('post:')) {
    const [, postId = '', authorId = ''] = raw.split(':');
    return { kind: 'post', postId, authorId };
  }
  return { kind: 'dm', personId: raw.slice('dm:'.length) };
}
