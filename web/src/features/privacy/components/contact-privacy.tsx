import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../../api/client';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { InlineAlert } from '../../../components/ui/inline-alert';
import { useT } from '../../../i18n/i18n';
import { downloadSubjectExport, eraseContact } from '../api';
import '../privacy.css';

/** On the contact card for supervisors and admins: the person's data as JSON or PDF, and erasure. */
export function ContactPrivacy({ contactId }: { contactId: string }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [needsConfirm, setNeedsConfirm] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: 'success' | 'danger'; text: string } | null>(null);

  const download = (format: 'json' | 'pdf') =>
    downloadSubjectExport(contactId, format).catch((error: Error) =>
      setMessage({ tone: 'danger', text: t('privacy.failed', { message: error.message }) }),
    );

  const erase = async () => {
    setBusy(true);
    try {
      await eraseContact(contactId, reason.trim(), needsConfirm);
      setOpen(false);
      setMessage({ tone: 'success', text: t('privacy.erased') });
      await queryClient.invalidateQueries();
    } catch (error) {
      if (isApiError(error, 409) && error.code === 'CONFIRM_REQUIRED') setNeedsConfirm(true);
      else setMessage({ tone: 'danger', text: t('privacy.failed', { message: (error as Error).message }) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="contact-privacy" aria-label={t('privacy.title')} data-testid="contact-privacy">
      <h4 className="contact-privacy__title">{t('privacy.title')}</h4>
      <div className="contact-privacy__buttons">
        <Button size="sm" onClick={() => void download('json')} data-testid="privacy-export-json">
          {t('privacy.exportJson')}
        </Button>
        <Button size="sm" onClick={() => void download('pdf')} data-testid="privacy-export-pdf">
          {t('privacy.exportPdf')}
        </Button>
        <Button size="sm" variant="danger" onClick={() => setOpen(true)} data-testid="privacy-erase">
          {t('privacy.erase')}
        </Button>
      </div>
      {message && <InlineAlert tone={message.tone}>{message.text}</InlineAlert>}
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        tone="danger"
        title={t('privacy.eraseTitle')}
        closeLabel={t('dialog.close')}
        testId="privacy-erase-dialog"
        footer={
          <>
            <Button onClick={() => setOpen(false)} data-autofocus>
              {t('privacy.cancel')}
            </Button>
            <Button
              variant="danger"
              busy={busy}
              disabled={reason.trim().length < 3}
              onClick={() => void erase()}
              data-testid="privacy-erase-confirm"
            >
              {t('privacy.eraseConfirm')}
            </Button>
          </>
        }
      >
        <p>{t('privacy.eraseBody')}</p>
        <label className="field">
          <span className="field__label">{t('privacy.reason')}</span>
          <input
            className="input"
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            data-testid="privacy-erase-reason"
          />
        </label>
        {needsConfirm && <InlineAlert tone="warning">{t('privacy.confirmOpen')}</InlineAlert>}
      </Dialog>
    </section>
  );
}
