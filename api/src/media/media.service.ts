import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Injectable } from '@nestjs/common';
import sharp from 'sharp';
import {
  fetchProviderMedia,
  type FetchedMedia,
  MediaFetchError,
  sniffImageType,
} from '../channels/media-fetch';
import { isVisualMediaUrl } from '../conversations/conversation.presenter';
import type { Actor } from '../common/current-user';
import { AppConfig } from '../config/app-config';
import { ContactsService } from '../contacts/contacts.service';
import { ConversationsService, type MessageRef } from '../conversations/conversations.service';
import { AppException } from '../common/app.exception';
import { ERROR_CODES } from '@webcare/shared';

/** Attachments a web chat visitor uploaded: `webchat-media:<visitor id>/<upload id>`, kept by us. */
export const WEBCHAT_MEDIA_PREFIX = 'webchat-media:';
const WEBCHAT_REF = /^webchat-media:([0-9a-f-]{36})\/([0-9a-f-]{36})$/;

const THUMBNAIL_SIZE = 320;
const THUMBNAIL_SOURCES = new Set(['image/jpeg', 'image/png', 'image/gif', 'image/webp']);

export interface MediaPurgeResult {
  /** Files of media removed (each attachment counts once). */
  deleted: number;
}

export class MediaUnavailableException extends AppException {
  constructor(message: string, status: number) {
    super(status === 404 ? ERROR_CODES.notFound : ERROR_CODES.validation, status, message);
  }
}

/**
 * Media of inbound messages, fetched once from the provider with the account's token and kept under
 * DATA_DIR/media (named by a hash of the message and position), then served from there to signed-in users
 * who may read the conversation.
 */
@Injectable()
export class MediaService {
  private readonly dir: string;
  private readonly inFlight = new Map<string, Promise<FetchedMedia>>();

  constructor(
    private readonly config: AppConfig,
    private readonly conversations: ConversationsService,
    private readonly contacts: ContactsService,
  ) {
    this.dir = path.join(config.dataDir, 'media');
  }

  /**
   * A small preview of an image attachment (at most 320 px, WebP), made once from the kept file and kept
   * beside it; the console blurs it until an agent chooses to look. Not an image (video, PDF): 404.
   */
  async thumbnail(
    actor: Actor,
    conversationId: string,
    messageId: string,
    index: number,
  ): Promise<FetchedMedia> {
    const media = await this.media(actor, conversationId, messageId, index);
    if (!THUMBNAIL_SOURCES.has(media.contentType) || !media.file) {
      throw new MediaUnavailableException('There is no preview of this kind of media', 404);
    }
    const file = `${media.file}.thumb`;
    const kept = await readFile(file).catch(() => null);
    if (kept) return { bytes: kept, contentType: 'image/webp' };
    let bytes: Buffer;
    try {
      bytes = await sharp(media.bytes, { limitInputPixels: 64_000_000, animated: false, failOn: 'error' })
        .rotate()
        .resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: 'inside', withoutEnlargement: true })
        .webp({ quality: 60 })
        .toBuffer();
    } catch {
      throw new MediaUnavailableException('This image cannot be previewed', 415);
    }
    await writeFile(`${file}.tmp`, bytes, { mode: 0o600 });
    await rename(`${file}.tmp`, file);
    return { bytes, contentType: 'image/webp' };
  }

  async media(
    actor: Actor,
    conversationId: string,
    messageId: string,
    index: number,
  ): Promise<FetchedMedia & { file?: string }> {
    const conversation = await this.conversations.findAccessible(actor, conversationId, {
      channelAccount: true,
    });
    const message = await this.conversations.inboundMessage(conversationId, messageId);
    const attachment = message?.attachments[index];
    if (!message || !attachment || !isVisualMediaUrl(attachment.url)) {
      throw new MediaUnavailableException('There is no media here', 404);
    }
    const own = WEBCHAT_REF.exec(attachment.url);
    if (own) {
      const key = path.join('webchat', own[1], own[2]);
      const stored = await this.read(key);
      if (!stored) throw new MediaUnavailableException('This image is no longer kept', 404);
      return { ...stored, file: path.join(this.dir, key) };
    }
    const provider = conversation.channelAccount.provider;
    // Web chat media is only ever our own upload: nothing of it is fetched from elsewhere.
    if (provider === 'webchat') throw new MediaUnavailableException('There is no media here', 404);
    const key = mediaKey(messageId, index);
    const file = path.join(this.dir, key);
    const stored = await this.read(key);
    if (stored) return { ...stored, file };
    let pending = this.inFlight.get(key);
    if (!pending) {
      pending = this.fetchAndStore(key, {
        provider,
        accountId: conversation.channelAccount.externalId,
        url: attachment.url,
      }).finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, pending);
    }
    return { ...(await pending), file };
  }

  private async fetchAndStore(
    key: string,
    source: Parameters<typeof fetchProviderMedia>[0],
  ): Promise<FetchedMedia> {
    let media: FetchedMedia;
    try {
      media = await fetchProviderMedia(source, {
        whatsappGraphUrl: this.config.whatsappGraphUrl,
        tokenFor: async (provider, accountId) => {
          const token =
            (await this.contacts.accessTokenFor(accountId)) ??
            (provider === 'whatsapp'
              ? this.config.whatsappAccessToken
              : provider === 'x'
                ? this.config.xAccessToken
                : this.config.metaAccessToken);
          if (!token) throw new Error('no token');
          return token;
        },
        twilioBasic: this.config.twilioAccountSid
          ? Buffer.from(`${this.config.twilioAccountSid}:${this.config.twilioAuthToken}`).toString('base64')
          : null,
      });
    } catch (error) {
      if (error instanceof MediaFetchError) throw new MediaUnavailableException(error.message, error.status);
      throw error;
    }
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    const file = path.join(this.dir, key);
    await writeFile(`${file}.tmp`, media.bytes, { mode: 0o600 });
    await writeFile(`${file}.type`, media.contentType, { mode: 0o600 });
    await rename(`${file}.tmp`, file);
    return media;
  }

  /**
   * Keeps an image a web chat visitor uploaded (type checked against the bytes by the caller's limits)
   * and answers the reference a message attaches it with.
   */
  async storeWebchatImage(visitorId: string, bytes: Buffer): Promise<{ ref: string; contentType: string }> {
    const contentType = sniffImageType(bytes);
    if (!contentType)
      throw new MediaUnavailableException('Only JPEG, PNG, GIF and WebP images can be sent', 415);
    const id = randomUUID();
    const dir = path.join(this.dir, 'webchat', visitorId);
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const file = path.join(dir, id);
    await writeFile(`${file}.type`, contentType, { mode: 0o600 });
    await writeFile(`${file}.tmp`, bytes, { mode: 0o600 });
    await rename(`${file}.tmp`, file);
    return { ref: `${WEBCHAT_MEDIA_PREFIX}${visitorId}/${id}`, contentType };
  }

  /** Whether a visitor's upload reference names a kept image of that visitor. */
  async hasWebchatImage(visitorId: string, ref: string): Promise<boolean> {
    const match = WEBCHAT_REF.exec(ref);
    if (!match || match[1] !== visitorId) return false;
    return stat(path.join(this.dir, 'webchat', match[1], match[2])).then(
      (s) => s.isFile(),
      () => false,
    );
  }

  /**
   * Media retention: removes every kept media file (fetched from a provider or uploaded through web chat)
   * stored before `cutoff`, for the retention run's media period. A message's attachment whose file is
   * gone answers 404 ("no longer kept").
   */
  async purgeStoredBefore(cutoff: Date): Promise<MediaPurgeResult> {
    let deleted = 0;
    const walk = async (dir: string): Promise<void> => {
      const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
      for (const entry of entries) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          await walk(full);
          continue;
        }
        // The bytes decide; their `.type` (and a left-over `.tmp`) go with them.
        if (entry.name.endsWith('.type')) continue;
        const info = await stat(full).catch(() => null);
        if (!info || info.mtime >= cutoff) continue;
        const base = full.replace(/\.tmp$/, '');
        await rm(full, { force: true });
        await rm(`${base}.type`, { force: true });
        await rm(`${base}.thumb`, { force: true });
        if (!entry.name.endsWith('.tmp')) deleted++;
      }
    };
    await walk(this.dir);
    return { deleted };
  }

  /** Removes the kept media of particular messages at once (erasure of a person). */
  async deleteForMessages(messages: MessageRef[]): Promise<number> {
    let deleted = 0;
    for (const message of messages) {
      for (const [index, attachment] of message.attachments.entries()) {
        const own = WEBCHAT_REF.exec(attachment.url);
        const file = own
          ? path.join(this.dir, 'webchat', own[1], own[2])
          : path.join(this.dir, mediaKey(message.id, index));
        const existed = await stat(file).then(
          () => true,
          () => false,
        );
        await rm(file, { force: true });
        await rm(`${file}.type`, { force: true });
        await rm(`${file}.thumb`, { force: true });
        if (existed) deleted++;
      }
    }
    return deleted;
  }

  private async read(key: string): Promise<FetchedMedia | null> {
    const file = path.join(this.dir, key);
    try {
      const [bytes, contentType] = await Promise.all([readFile(file), readFile(`${file}.type`, 'utf8')]);
      return { bytes, contentType };
    } catch {
      return null;
    }
  }
}

/** Provider media is stored under a hash of its message and attachment index. */
function mediaKey(messageId: string, index: number): string {
  return createHash('sha256').update(`${messageId}:${index}`).digest('hex');
}
