import { OutboundError } from '../outbound';
import { type FakeProvider, FAKE_TEMPLATES, startFakeProvider } from '../testing/fake-provider';
import { WhatsAppSendAdapter } from './whatsapp-send.adapter';
import { fetchApprovedTemplates, renderTemplate, templateView } from './whatsapp-templates';

let provider: FakeProvider;

beforeEach(async () => {
  provider = await startFakeProvider();
});

afterEach(async () => {
  await provider.close();
});

describe('WhatsApp templates', () => {
  it('reads the approved templates of the Business Account with their variables', async () => {
    const items = await fetchApprovedTemplates(provider.baseUrl, '987654321098765', () => 'system-token');
    expect(items).toEqual([
      {
        name: 'afspraak_herinnering',
        language: 'nl',
        category: 'UTILITY',
        text: 'Beste {{1}}, we hebben uw bericht gezien. Wilt u ons bellen over {{2}}?',
        variables: ['1', '2'],
      },
      {
        name: 'terugbel_verzoek',
        language: 'en',
        category: 'UTILITY',
        text: 'We saw your message. Reply to this message to continue.',
        variables: [],
      },
    ]);
    expect(provider.requests[0]).toMatchObject({
      method: 'GET',
      path: '/987654321098765/message_templates',
      accessToken: 'system-token',
    });
  });

  it('fills in the variables as the person will read them', () => {
    const template = templateView(FAKE_TEMPLATES[0]);
    expect(template && renderTemplate(template, ['Sanne', 'uw afspraak'])).toBe(
      'Beste Sanne, we hebben uw bericht gezien. Wilt u ons bellen over uw afspraak?',
    );
    expect(templateView(FAKE_TEMPLATES[2])).toBeUndefined();
  });

  it('says so when the token is refused', async () => {
    provider.failNext(401, { error: { message: 'Invalid OAuth access token.', code: 190 } });
    const error = await fetchApprovedTemplates(provider.baseUrl, '987654321098765', () => 'old').catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(OutboundError);
    expect((error as OutboundError).message).toContain('expired');
  });

  it('sends a template with its body parameters', async () => {
    const adapter = new WhatsAppSendAdapter({ baseUrl: provider.baseUrl, tokenFor: () => 'token' });
    await adapter.send({
      channel: 'whatsapp',
      accountId: '612345678901234',
      recipientId: '31612345678',
      text: 'Beste Sanne, …',
      idempotencyKey: 'k1',
      template: { name: 'afspraak_herinnering', language: 'nl', variables: ['Sanne', 'uw afspraak'] },
    });
    expect(provider.requests[0].body).toMatchObject({
      messaging_product: 'whatsapp',
      to: '31612345678',
      type: 'template',
      template: {
        name: 'afspraak_herinnering',
        language: { code: 'nl' },
        components: [
          {
            type: 'body',
            parameters: [
              { type: 'text', text: 'Sanne' },
              { type: 'text', text: 'uw afspraak' },
            ],
          },
        ],
      },
    });
    expect(provider.requests[0].body).not.toHaveProperty('text');
  });
});
