import { useCallback, useMemo, useState, type KeyboardEvent, type RefObject } from 'react';
import { useQuery } from '@tanstack/react-query';
import { fillSavedReply, type SavedReply } from '@webcare/shared';
import { useI18n } from '../../../i18n/i18n';
import {
  findTrigger,
  insertSavedReply,
  matchSavedReplies,
  type SavedReplyTrigger,
} from '../lib/saved-reply-trigger';
import { fetchSavedReplies, fetchSavedReplyVariables } from '../api';

const MAX_SHOWN = 8;

export interface SavedReplyPicker {
  open: boolean;
  matches: SavedReply[];
  active: number;
  /** After every change of text or caret: is the agent typing `#word`? */
  track: () => void;
  pick: (reply: SavedReply) => void;
  /** Arrow keys, Enter/Tab and Escape while the list is open; true when the key was used. */
  onKeyDown: (event: KeyboardEvent<HTMLTextAreaElement>) => boolean;
  close: () => void;
}

/** `#` in the composer opens the saved replies; picking one puts it in the draft with its variables filled. */
export function useSavedReplyPicker(
  text: string,
  setText: (text: string) => void,
  inputRef: RefObject<HTMLTextAreaElement | null>,
  contactName: string,
): SavedReplyPicker {
  const { locale } = useI18n();
  const [trigger, setTrigger] = useState<SavedReplyTrigger | null>(null);
  const [active, setActive] = useState(0);
  // Same cache key as the supervisors' page, so a reply saved there shows here at once.
  const replies = useQuery({
    queryKey: ['saved-replies'],
    queryFn: async ({ signal }) => (await fetchSavedReplies(signal)).items,
    staleTime: 60_000,
    enabled: trigger !== null,
  });
  const variables = useQuery({
    queryKey: ['saved-replies', 'variables'],
    queryFn: ({ signal }) => fetchSavedReplyVariables(signal),
    staleTime: 10 * 60_000,
    enabled: trigger !== null,
  });
  const matches = useMemo(
    () =>
      trigger && replies.data
        ? matchSavedReplies(replies.data, trigger.query, locale).slice(0, MAX_SHOWN)
        : [],
    [trigger, replies.data, locale],
  );

  const track = useCallback(() => {
    const input = inputRef.current;
    if (!input) return;
    const next = findTrigger(input.value, input.selectionStart ?? input.value.length);
    setTrigger((current) => {
      if (next?.start !== current?.start || next?.query !== current?.query) setActive(0);
      return next;
    });
  }, [inputRef]);

  const close = useCallback(() => setTrigger(null), []);

  const pick = useCallback(
    (reply: SavedReply) => {
      if (!trigger) return;
      const filled = fillSavedReply(reply.text, {
        naam: contactName,
        organisatie: variables.data?.organisatie ?? null,
      });
      const next = insertSavedReply(text, trigger, filled);
      setText(next.text);
      setTrigger(null);
      requestAnimationFrame(() => {
        const input = inputRef.current;
        if (!input) return;
        input.focus();
        input.setSelectionRange(next.caret, next.caret);
      });
    },
    [trigger, contactName, variables.data, text, setText, inputRef],
  );

  const open = trigger !== null && matches.length > 0;
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLTextAreaElement>): boolean => {
      if (!open) return false;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive((current) => (current + step + matches.length) % matches.length);
        return true;
      }
      if ((event.key === 'Enter' && !event.ctrlKey && !event.metaKey) || event.key === 'Tab') {
        event.preventDefault();
        const chosen = matches[Math.min(active, matches.length - 1)];
        if (chosen) pick(chosen);
        return true;
      }
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        setTrigger(null);
        return true;
      }
      return false;
    },
    [open, matches, active, pick],
  );

  return { open, matches, active, track, pick, onKeyDown, close };
}
