import { useState } from 'react';
import type { AttachmentView, MessageDirection } from '@webcare/shared';
import { useT } from '../../../i18n/i18n';
import { Button } from '../../../components/ui/button';
import { IconEye, IconFile, IconWarning } from '../../../components/ui/icons';
import { useReveal } from '../hooks/use-reveal';
import { useMediaSrc } from '../hooks/use-media-src';
import { getToken } from '../../../api/client';
import { ExplicitMediaDialog } from './explicit-media-dialog';

export interface MediaAttachmentProps {
  conversationId: string;
  messageId: string;
  attachment: AttachmentView;
  direction: MessageDirection;
  /** The message carries an explicit_media flag: warn first, never offer a download. */
  explicit: boolean;
}

/** Images kept by the inbox have a small preview (`?size=thumb`); anything else is shown as it is. */
function previewUrl(attachment: AttachmentView): string {
  return attachment.type === 'image' && attachment.url.startsWith('/api/')
    ? `${attachment.url}?size=thumb`
    : attachment.url;
}

function isVisual(attachment: AttachmentView): boolean {
  return attachment.type === 'image' || attachment.type === 'video' || attachment.type === 'sticker';
}

export function MediaAttachment(props: MediaAttachmentProps) {
  const { attachment, direction, explicit } = props;
  if (!isVisual(attachment)) return <FileAttachment attachment={attachment} explicit={explicit} />;
  if (direction !== 'in') return <Thumbnail attachment={attachment} downloadable />;
  return <BlurredMedia {...props} />;
}

function BlurredMedia({ conversationId, messageId, attachment, explicit }: MediaAttachmentProps) {
  const t = useT();
  const { revealed, reveal } = useReveal(conversationId, messageId);
  const [confirming, setConfirming] = useState(false);
  const isVideo = attachment.type === 'video';
  // Explicit media is not even fetched before the agent chooses to look.
  // The blurred preview is the inbox's small thumbnail: the full image loads only when revealed.
  const blurSrc = useMediaSrc(previewUrl(attachment), !explicit && !isVideo && !revealed);

  if (revealed) {
    return (
      <figure className="media media--revealed" data-testid="media-revealed">
        <Thumbnail attachment={attachment} downloadable={!explicit} />
        {explicit && <figcaption className="media__note">{t('media.explicitNoDownload')}</figcaption>}
      </figure>
    );
  }

  return (
    <div className={`media media--hidden ${explicit ? 'media--explicit' : ''}`} data-testid="media-hidden">
      {/* Explicit media is not even fetched before the agent chooses to look. */}
      {!explicit && !isVideo && blurSrc && blurSrc !== 'failed' && (
        <img className="media__blur" src={blurSrc} alt="" aria-hidden="true" draggable={false} />
      )}
      <div className="media__overlay">
        {explicit ? (
          <span className="media__badge">
            <IconWarning size={13} /> {t('media.explicitBadge')}
          </span>
        ) : (
          <span className="media__label">{isVideo ? t('media.hiddenVideo') : t('media.hidden')}</span>
        )}
        <Button
          size="sm"
          icon={<IconEye size={14} />}
          onClick={() => (explicit ? setConfirming(true) : reveal())}
          data-testid="media-reveal"
        >
          {isVideo ? t('media.showVideo') : t('media.show')}
        </Button>
      </div>
      <ExplicitMediaDialog
        open={confirming}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          reveal();
        }}
      />
    </div>
  );
}

function Thumbnail({ attachment, downloadable }: { attachment: AttachmentView; downloadable: boolean }) {
  const t = useT();
  const src = useMediaSrc(attachment.url);
  if (src === 'failed') {
    return (
      <span className="file-attachment file-attachment--blocked" data-testid="media-failed">
        <IconWarning size={14} /> {t('media.unavailable')}
      </span>
    );
  }
  if (src === null) return <span className="media__loading" aria-busy="true" />;
  const media =
    attachment.type === 'video' ? (
      <video
        className="media__thumb"
        src={src}
        controls
        controlsList={downloadable ? undefined : 'nodownload'}
        onContextMenu={downloadable ? undefined : (event) => event.preventDefault()}
        preload="metadata"
      />
    ) : (
      <img
        className="media__thumb"
        src={src}
        alt={t('media.attachment', { type: attachment.type })}
        draggable={downloadable}
        onContextMenu={downloadable ? undefined : (event) => event.preventDefault()}
      />
    );
  if (!downloadable || attachment.type === 'video') return media;
  return (
    <a href={src} target="_blank" rel="noopener noreferrer" className="media__link" title={t('media.open')}>
      {media}
    </a>
  );
}

async function openProtected(url: string): Promise<void> {
  const token = getToken();
  const response = await fetch(url, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!response.ok) return;
  const objectUrl = URL.createObjectURL(await response.blob());
  window.open(objectUrl, '_blank', 'noopener');
  setTimeout(() => URL.revokeObjectURL(objectUrl), 60_000);
}

function FileAttachment({ attachment, explicit }: { attachment: AttachmentView; explicit: boolean }) {
  const t = useT();
  const label = t('media.attachment', { type: attachment.type });
  if (explicit) {
    return (
      <span className="file-attachment file-attachment--blocked">
        <IconFile size={14} /> {label}
      </span>
    );
  }
  return (
    <a
      className="file-attachment"
      href={attachment.url}
      target="_blank"
      rel="noopener noreferrer"
      onClick={(event) => {
        if (!attachment.url.startsWith('/api/')) return;
        // Kept by the inbox: fetched with the signed-in user's token, then opened.
        event.preventDefault();
        void openProtected(attachment.url);
      }}
    >
      <IconFile size={14} /> {label}
    </a>
  );
}
