import { mkdtempSync, rmSync } from 'node:fs';
import { mkdir, readdir, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import type { Actor } from '../common/current-user';
import type { AppConfig } from '../config/app-config';
import type { ContactsService } from '../contacts/contacts.service';
import type { ConversationsService } from '../conversations/conversations.service';
import { MediaService, MediaUnavailableException } from './media.service';

const DAY = 86_400_000;
const VISITOR = '11111111-2222-4333-8444-555555555555';

describe('MediaService: web chat uploads, thumbnails and retention', () => {
  let dataDir: string;
  let media: MediaService;
  let attachments: { url: string; type: string }[];

  beforeEach(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'webcare-media-'));
    attachments = [];
    const conversations = {
      findAccessible: () => Promise.resolve({ channelAccount: { provider: 'webchat', externalId: 'demo' } }),
      inboundMessage: () => Promise.resolve({ id: 'm1', attachments }),
    } as unknown as ConversationsService;
    media = new MediaService(
      { dataDir, mediaRetentionDays: 30, runWorkers: false } as AppConfig,
      conversations,
      {} as ContactsService,
    );
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  const actor = { id: 'u1', role: 'agent' } as Actor;

  async function png(width: number, height: number): Promise<Buffer> {
    return sharp({ create: { width, height, channels: 3, background: '#c0ffee' } })
      .png()
      .toBuffer();
  }

  it('keeps an uploaded image only when the bytes are an image, and serves it back', async () => {
    await expect(media.storeWebchatImage(VISITOR, Buffer.from('<svg onload=alert(1)>'))).rejects.toThrow(
      MediaUnavailableException,
    );
    const bytes = await png(10, 10);
    const { ref, contentType } = await media.storeWebchatImage(VISITOR, bytes);
    expect(contentType).toBe('image/png');
    expect(await media.hasWebchatImage(VISITOR, ref)).toBe(true);
    expect(await media.hasWebchatImage('99999999-2222-4333-8444-555555555555', ref)).toBe(false);
    expect(await media.hasWebchatImage(VISITOR, `webchat-media:${VISITOR}/../../etc/passwd`)).toBe(false);
    attachments.push({ url: ref, type: 'image' });
    const served = await media.media(actor, 'c1', 'm1', 0);
    expect(served.contentType).toBe('image/png');
    expect(served.bytes.equals(bytes)).toBe(true);
  });

  it('makes a thumbnail of at most 320 px, once', async () => {
    const { ref } = await media.storeWebchatImage(VISITOR, await png(1600, 800));
    attachments.push({ url: ref, type: 'image' });
    const thumb = await media.thumbnail(actor, 'c1', 'm1', 0);
    expect(thumb.contentType).toBe('image/webp');
    const meta = await sharp(thumb.bytes).metadata();
    expect([meta.width, meta.height]).toEqual([320, 160]);
    const again = await media.thumbnail(actor, 'c1', 'm1', 0);
    expect(again.bytes.equals(thumb.bytes)).toBe(true);
    const files = await readdir(path.join(dataDir, 'media', 'webchat', VISITOR));
    expect(files.filter((f) => f.endsWith('.thumb'))).toHaveLength(1);
  });

  it('purges media kept before the cutoff, with its type and thumbnail, and nothing newer', async () => {
    const old = await media.storeWebchatImage(VISITOR, await png(4, 4));
    const fresh = await media.storeWebchatImage(VISITOR, await png(4, 4));
    const provider = path.join(dataDir, 'media', 'a'.repeat(64));
    await writeFile(provider, await png(2, 2));
    await writeFile(`${provider}.type`, 'image/png');
    await mkdir(path.join(dataDir, 'media'), { recursive: true });
    const now = Date.now();
    const past = new Date(now - 40 * DAY);
    const oldFile = path.join(dataDir, 'media', 'webchat', VISITOR, old.ref.split('/').pop() as string);
    await writeFile(`${oldFile}.thumb`, 'thumb');
    await utimes(oldFile, past, past);
    await utimes(provider, past, past);

    expect(await media.purgeStoredBefore(new Date(now - 30 * DAY))).toEqual({ deleted: 2 });
    expect(await media.hasWebchatImage(VISITOR, old.ref)).toBe(false);
    expect(await media.hasWebchatImage(VISITOR, fresh.ref)).toBe(true);
    const left = await readdir(path.join(dataDir, 'media', 'webchat', VISITOR));
    expect(left.every((f) => f.startsWith(fresh.ref.split('/').pop() as string))).toBe(true);
    expect(await readdir(path.join(dataDir, 'media'))).toEqual(['webchat']);
    attachments.push({ url: old.ref, type: 'image' });
    await expect(media.media(actor, 'c1', 'm1', 0)).rejects.toThrow('no longer kept');
  });

  it('deletes the media of given messages at once (erasure)', async () => {
    const kept = await media.storeWebchatImage(VISITOR, await png(4, 4));
    expect(await media.deleteForMessages([{ id: 'm1', attachments: [{ url: kept.ref }] }])).toBe(1);
    expect(await media.hasWebchatImage(VISITOR, kept.ref)).toBe(false);
  });
});
