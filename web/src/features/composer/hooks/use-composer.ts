import { useCallback, useEffect, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { ConversationDetail, MessageView, Visibility } from '@webcare/shared';
import { isApiError } from '../../../api/client';
import { useT } from '../../../i18n/i18n';
import { errorMessage } from '../../../lib/errors';
import { useCurrentUser } from '../../../session/use-session';
import { LOCAL_ID_PREFIX } from '../../../lib/local-messages';
import { postNote, postReply } from '../api';
import { readDraft, writeDraft, type ComposerMode } from '../lib/drafts';

let localCounter = 0;

function defaultVisibility(detail: ConversationDetail): Visibility {
  const allowed = detail.replyVisibilities.length > 0 ? detail.replyVisibilities : [detail.visibility];
  return allowed.includes(detail.visibility) ? detail.visibility : allowed[0]!;
}

function isMessage(value: unknown): value is MessageView {
  return (
    typeof value === 'object' &&
    value !== null &&
    'id' in value &&
    'direction' in value &&
    'createdAt' in value
  );
}

/** What the composer needs of the thread it writes in: show a message at once, then the stored one. */
export interface ThreadWriter {
  addMessage: (message: MessageView) => void;
  replaceMessage: (localId: string, stored: MessageView) => void;
  removeMessage: (id: string) => void;
  reload: () => void;
}

export interface Composer {
  mode: ComposerMode;
  setMode: (mode: ComposerMode) => void;
  text: string;
  setText: (text: string) => void;
  visibility: Visibility;
  setVisibility: (visibility: Visibility) => void;
  allowedVisibilities: Visibility[];
  sending: boolean;
  error: string | null;
  clearError: () => void;
  send: () => Promise<void>;
}

/** Reply and note drafting: optimistic message, draft kept (and restored) when sending fails. */
export function useComposer(detail: ConversationDetail, thread: ThreadWriter): Composer {
  const t = useT();
  const me = useCurrentUser();
  const [mode, setModeState] = useState<ComposerMode>('reply');
  const [text, setTextState] = useState(() => readDraft(detail.id, 'reply'));
  const [visibility, setVisibility] = useState<Visibility>(() => defaultVisibility(detail));
  const [error, setError] = useState<string | null>(null);
  const { addMessage, replaceMessage, removeMessage, reload } = thread;
  const posting = useMutation({
    mutationFn: (post: {
      conversationId: string;
      mode: ComposerMode;
      body: string;
      visibility: Visibility;
    }) =>
      post.mode === 'note'
        ? postNote(post.conversationId, post.body)
        : postReply(post.conversationId, post.body, post.visibility),
  });
  const sending = posting.isPending;
  const { mutateAsync: post } = posting;

  // A different conversation brings its own draft and default visibility.
  useEffect(() => {
    setModeState('reply');
    setTextState(readDraft(detail.id, 'reply'));
    setVisibility(defaultVisibility(detail));
    setError(null);
  }, [detail.id]);

  const setText = useCallback(
    (next: string) => {
      setTextState(next);
      writeDraft(detail.id, mode, next);
    },
    [detail.id, mode],
  );

  const setMode = useCallback(
    (next: ComposerMode) => {
      setModeState(next);
      setTextState(readDraft(detail.id, next));
      setError(null);
    },
    [detail.id],
  );

  const send = useCallback(async () => {
    const body = text.trim();
    if (!body) {
      setError(t('composer.empty'));
      return;
    }
    if (sending) return;
    const conversationId = detail.id;
    const sentMode = mode;
    const localId = `${LOCAL_ID_PREFIX}${++localCounter}`;
    addMessage({
      id: localId,
      direction: sentMode === 'note' ? 'note' : 'out',
      text: body,
      attachments: [],
      createdAt: new Date().toISOString(),
      author: { id: me.id, name: me.name },
      deliveryStatus: 'queued',
      visibility: sentMode === 'note' ? 'private' : visibility,
      flags: [],
      topics: [],
    });
    setError(null);
    setTextState('');
    writeDraft(conversationId, sentMode, '');
    try {
      const stored = await post({ conversationId, mode: sentMode, body, visibility });
      if (isMessage(stored)) replaceMessage(localId, stored);
      else {
        removeMessage(localId);
        reload();
      }
    } catch (caught) {
      removeMessage(localId);
      // Keep the draft: put it back unless the agent already started a new one.
      setTextState((current) => (current ? current : text));
      writeDraft(conversationId, sentMode, readDraft(conversationId, sentMode) || text);
      // The server's own words for a closed window or a too-long reply name the limit; the console says
      // which in the agent's language.
      const message =
        isApiError(caught) && caught.code === 'VISIBILITY_NOT_ALLOWED'
          ? t('composer.visibilityNotAllowed')
          : isApiError(caught) && caught.code === 'WINDOW_CLOSED'
            ? t('composer.windowClosedError')
            : isApiError(caught) && caught.code === 'TOO_LONG_FOR_CHANNEL'
              ? t('composer.tooLong')
              : errorMessage(caught, t);
      setError(t('composer.failed', { message }));
    }
  }, [
    addMessage,
    detail.id,
    me.id,
    me.name,
    mode,
    post,
    reload,
    removeMessage,
    replaceMessage,
    sending,
    t,
    text,
    visibility,
  ]);

  const allowedVisibilities =
    detail.replyVisibilities.length > 0 ? detail.replyVisibilities : [detail.visibility];

  return {
    mode,
    setMode,
    text,
    setText,
    visibility,
    setVisibility,
    allowedVisibilities,
    sending,
    error,
    clearError: () => setError(null),
    send,
  };
}
