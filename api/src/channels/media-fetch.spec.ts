import { fetchProviderMedia, MAX_MEDIA_BYTES, MediaFetchError } from './media-fetch';
import { type FakeProvider, startFakeProvider } from './testing/fake-provider';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

let provider: FakeProvider;

beforeEach(async () => {
  provider = await startFakeProvider({
    media: {
      '1013859600285441': { bytes: PNG, mimeType: 'image/png' },
      '1013859600285442': { bytes: Buffer.from('<html>not an image</html>'), mimeType: 'image/png' },
      '1013859600285443': { bytes: Buffer.from('MZ executable'), mimeType: 'application/x-msdownload' },
    },
  });
});

afterEach(async () => {
  await provider.close();
});

const options = () => ({
  whatsappGraphUrl: provider.baseUrl,
  tokenFor: () => 'wa-token',
  twilioBasic: null,
});

describe('fetchProviderMedia', () => {
  it('fetches WhatsApp media by id with the number token, then its short-lived URL', async () => {
    const media = await fetchProviderMedia(
      { provider: 'whatsapp', accountId: '612345678901234', url: 'whatsapp-media:1013859600285441' },
      options(),
    );
    expect(media).toEqual({ contentType: 'image/png', bytes: PNG });
    expect(provider.requests.map((r) => [r.path, r.accessToken])).toEqual([
      ['/1013859600285441', 'wa-token'],
      ['/media-download/1013859600285441', 'wa-token'],
    ]);
  });

  it('refuses a file that is not what its content type says, and types not shown', async () => {
    const disguised = await fetchProviderMedia(
      { provider: 'whatsapp', accountId: '6', url: 'whatsapp-media:1013859600285442' },
      options(),
    ).catch((e: unknown) => e);
    expect(disguised).toBeInstanceOf(MediaFetchError);
    expect((disguised as MediaFetchError).status).toBe(415);
    const exe = await fetchProviderMedia(
      { provider: 'whatsapp', accountId: '6', url: 'whatsapp-media:1013859600285443' },
      options(),
    ).catch((e: unknown) => e);
    expect((exe as MediaFetchError).status).toBe(415);
  });

  it('says when the provider no longer has it', async () => {
    const gone = await fetchProviderMedia(
      { provider: 'whatsapp', accountId: '6', url: 'whatsapp-media:999' },
      options(),
    ).catch((e: unknown) => e);
    expect(gone).toBeInstanceOf(MediaFetchError);
  });

  it('keeps to 16 MB', () => {
    expect(MAX_MEDIA_BYTES).toBe(16 * 1024 * 1024);
  });
});
