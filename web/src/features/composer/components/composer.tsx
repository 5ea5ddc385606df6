import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { ConversationDetail } from '@webcare/shared';
import { useT } from '../../../i18n/i18n';
import { Button } from '../../../components/ui/button';
import { InlineAlert } from '../../../components/ui/inline-alert';
import { IconNote, IconSend } from '../../../components/ui/icons';
import { DraftWarning } from './draft-warning';
import { PublicConfirmDialog } from './public-confirm-dialog';
import { runDraftCheck, useDraftCheck } from '../hooks/use-draft-check';
import { loadDraftEngine } from '../lib/draft-engine';
import { TypingCollisionWarning } from './typing-collision-warning';
import { useCommand } from '../../../shortcuts/use-command';
import { useComposer, type ThreadWriter } from '../hooks/use-composer';
import { useTypingSignal } from '../hooks/use-typing-signal';
import { VisibilityToggle } from './visibility-toggle';
import { ReplyMeterLine } from './reply-meter';
import { TemplatePicker } from './template-picker';
import { replyMeter } from '../lib/reply-meter';
import { SAVED_REPLY_LIST_ID, SavedReplyList, savedReplyOptionId } from './saved-reply-list';
import { useSavedReplyPicker } from '../hooks/use-saved-reply-picker';
import '../composer.css';

const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export interface ComposerProps {
  detail: ConversationDetail;
  /** The thread the reply or note goes into. */
  thread: ThreadWriter;
  /** Shown above a reply (not a note): a warning another feature knows about, e.g. consult mode. */
  notice?: ReactNode;
}

export function Composer({ detail, thread, notice }: ComposerProps) {
  const t = useT();
  const composer = useComposer(detail, thread);
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const [confirming, setConfirming] = useState(false);
  const isPublicReply = composer.mode === 'reply' && composer.visibility === 'public';
  const check = useDraftCheck(composer.text, detail.channel, isPublicReply);
  useTypingSignal(detail.id, composer.text);
  const picker = useSavedReplyPicker(composer.text, composer.setText, inputRef, detail.contact.displayName);
  const activeOption = picker.open ? picker.matches[picker.active] : undefined;

  useCommand('focus-reply', () => {
    composer.setMode('reply');
    requestAnimationFrame(() => inputRef.current?.focus());
  });
  useCommand('focus-note', () => {
    composer.setMode('note');
    requestAnimationFrame(() => inputRef.current?.focus());
  });

  async function requestSend() {
    if (isPublicReply) {
      // Check the exact text being sent, not the debounced one on screen.
      const text = composer.text;
      if (runDraftCheck(text, detail.channel, await loadDraftEngine()).risky) {
        setConfirming(true);
        return;
      }
    }
    void composer.send();
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (picker.onKeyDown(event)) return;
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void requestSend();
    } else if (event.key === 'Escape') {
      inputRef.current?.blur();
    }
  }

  const isNote = composer.mode === 'note';
  const meter = isNote
    ? null
    : replyMeter(detail.channel, composer.visibility, composer.text, detail.messagingWindow);
  // Sending is pointless when the provider would refuse: over the limit, or the window closed.
  const blocked =
    meter !== null &&
    (meter.limit?.over === true ||
      meter.window?.state === 'template_only' ||
      meter.window?.state === 'closed');
  return (
    <section
      className={`composer composer--${isNote ? 'note' : composer.visibility}`}
      aria-label={t('composer.label')}
      data-testid="composer"
    >
      <div className="composer__bar">
        <div className="composer__tabs" role="tablist">
          <button
            type="button"
            role="tab"
            aria-selected={!isNote}
            className={`composer__tab ${!isNote ? 'is-selected' : ''}`}
            onClick={() => composer.setMode('reply')}
            data-testid="composer-tab-reply"
          >
            {t('composer.reply')}
          </button>
          <button
            type="button"
            role="tab"
            aria-selected={isNote}
            className={`composer__tab composer__tab--note ${isNote ? 'is-selected' : ''}`}
            onClick={() => composer.setMode('note')}
            data-testid="composer-tab-note"
          >
            <IconNote size={13} />
            {t('composer.note')}
          </button>
        </div>
        {isNote ? (
          <span className="composer__note-hint">{t('composer.noteHint')}</span>
        ) : (
          <VisibilityToggle
            value={composer.visibility}
            allowed={composer.allowedVisibilities}
            onChange={composer.setVisibility}
          />
        )}
      </div>
      {isPublicReply && (
        <DraftWarning
          check={check}
          canReplyPrivately={composer.allowedVisibilities.includes('private')}
          onReplyPrivately={() => composer.setVisibility('private')}
        />
      )}
      {!isNote && notice}
      <TypingCollisionWarning conversationId={detail.id} text={composer.text} />
      {meter?.window?.state === 'template_only' && composer.visibility === 'private' && (
        <>
          <ReplyMeterLine detail={detail} visibility={composer.visibility} text="" />
          <TemplatePicker detail={detail} thread={thread} />
        </>
      )}
      {meter?.window?.state !== 'template_only' && (
        <>
          <SavedReplyList picker={picker} />
          <textarea
            ref={inputRef}
            className="composer__input"
            value={composer.text}
            onChange={(event) => {
              composer.setText(event.target.value);
              if (composer.error) composer.clearError();
              picker.track();
            }}
            onKeyDown={onKeyDown}
            onKeyUp={(event) => {
              if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') picker.track();
            }}
            onClick={picker.track}
            onBlur={picker.close}
            aria-controls={picker.open ? SAVED_REPLY_LIST_ID : undefined}
            aria-activedescendant={activeOption ? savedReplyOptionId(activeOption) : undefined}
            aria-describedby="composer-saved-hint"
            placeholder={isNote ? t('composer.placeholderNote') : t('composer.placeholderReply')}
            aria-label={isNote ? t('composer.note') : t('composer.reply')}
            rows={3}
            data-testid="composer-input"
            data-mode={composer.mode}
          />
          {!isNote && (
            <ReplyMeterLine detail={detail} visibility={composer.visibility} text={composer.text} />
          )}
          {composer.error && (
            <div data-testid="composer-error">
              <InlineAlert tone="danger">{composer.error}</InlineAlert>
            </div>
          )}
          <div className="composer__footer">
            <span className="composer__hint" id="composer-saved-hint">
              {IS_MAC ? t('composer.hintMac') : t('composer.hint')} · {t('savedReplies.hint')}
            </span>
            <Button
              variant={isNote ? 'warning' : 'primary'}
              icon={isNote ? <IconNote size={14} /> : <IconSend size={14} />}
              busy={composer.sending}
              onClick={() => void requestSend()}
              disabled={!composer.text.trim() || blocked}
              data-testid="composer-send"
              data-visibility={isNote ? 'note' : composer.visibility}
            >
              {composer.sending
                ? t('composer.sending')
                : isNote
                  ? t('composer.sendNote')
                  : isPublicReply
                    ? `${t('composer.send')} · ${t('composer.public')}`
                    : t('composer.send')}
            </Button>
          </div>
        </>
      )}
      <PublicConfirmDialog
        open={confirming}
        onCancel={() => {
          setConfirming(false);
          inputRef.current?.focus();
        }}
        onConfirm={() => {
          setConfirming(false);
          void composer.send();
        }}
      />
    </section>
  );
}
