import type { MessageView } from '@webcare/shared';

/** Ids of messages shown before the server confirmed them (a reply or note being sent). */
export const LOCAL_ID_PREFIX = 'local-';

export function isLocalMessage(message: MessageView): boolean {
  return message.id.startsWith(LOCAL_ID_PREFIX);
}
