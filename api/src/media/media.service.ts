import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Injectable } from '@nestjs/common';
import { fetchProviderMedia, type FetchedMedia, MediaFetchError } from '../channels/media-fetch';
import { isVisualMediaUrl } from '../conversations/conversation.presenter';
import type { Actor } from '../common/current-user';
import { AppConfig } from '../config/app-config';
import { ContactsService } from '../contacts/contacts.service';
import { ConversationsService, type MessageRef } from '../conversations/conversations.service';
import { AppException } from '../common/app.exception';
import { ERROR_CODES } from '@webcare/shared';

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

  async media(actor: Actor, conversationId: string, messageId: string, index: number): Promise<FetchedMedia> {
    const conversation = await this.conversations.findAccessible(actor, conversationId, {
      channelAccount: true,
    });
    const message = await this.conversations.inboundMessage(conversationId, messageId);
    const attachment = message?.attachments[index];
    if (!message || !attachment || !isVisualMediaUrl(attachment.url)) {
      throw new MediaUnavailableException('There is no media here', 404);
    }
    const key = mediaKey(messageId, index);
    const stored = await this.read(key);
    if (stored) return stored;
    let pending = this.inFlight.get(key);
    if (!pending) {
      pending = this.fetchAndStore(key, {
        provider: conversation.channelAccount.provider,
        accountId: conversation.channelAccount.externalId,
        url: attachment.url,
      }).finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, pending);
    }
    return pending;
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
   * Erasure and retention: removes the stored copies of these messages' media. The one place that knows
   * how media is stored; returns how many files were removed.
   */
  async purge(messages: MessageRef[]): Promise<number> {
    let removed = 0;
    for (const message of messages) {
      for (let index = 0; index < message.attachments; index++) {
        const file = path.join(this.dir, mediaKey(message.id, index));
        const existed = await readFile(`${file}.type`).then(
          () => true,
          () => false,
        );
        await Promise.all([
          rm(file, { force: true }),
          rm(`${file}.type`, { force: true }),
          rm(`${file}.tmp`, { force: true }),
        ]);
        if (existed) removed++;
      }
    }
    return removed;
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

function mediaKey(messageId: string, index: number): string {
  return createHash('sha256').update(`${messageId}:${index}`).digest('hex');
}
