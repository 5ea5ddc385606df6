import { CHANNELS } from '@webcare/shared';
import { ChannelAdapterRegistry } from './channel-adapters';
import { MetaSendAdapter } from './meta/meta-send.adapter';
import { OutboundError, type OutboundRequest } from './outbound';
import { SandboxAdapter } from './sandbox.adapter';
import { WhatsAppSendAdapter } from './whatsapp/whatsapp-send.adapter';

const base: OutboundRequest = {
  channel: 'messenger',
  accountId: '104523889012345',
  recipientId: '6523987412365478',
  text: 'Hoi!',
  idempotencyKey: 'k-1',
};

describe('SandboxAdapter', () => {
  it('records every send and answers with a sandbox id', async () => {
    const sandbox = new SandboxAdapter();
    const first = await sandbox.send(base);
    const second = await sandbox.send({ ...base, channel: 'x_dm', idempotencyKey: 'k-2' });
    expect(first.providerMessageId).toMatch(/^sandbox\.[0-9a-f-]{36}$/);
    expect(second.providerMessageId).not.toBe(first.providerMessageId);
    expect(
      sandbox.sent.map((s) => [s.request.channel, s.request.idempotencyKey, s.providerMessageId]),
    ).toEqual([
      ['messenger', 'k-1', first.providerMessageId],
      ['x_dm', 'k-2', second.providerMessageId],
    ]);
    expect(sandbox.sent[0].at).toBeInstanceOf(Date);
  });

  it('records hidden comments and can be cleared', async () => {
    const sandbox = new SandboxAdapter();
    await sandbox.hideComment('104523889012345', 'c-1');
    await sandbox.hideComment('17841405822304914', 'c-2', 'instagram_comment');
    expect(sandbox.hidden).toEqual([
      { accountId: '104523889012345', commentId: 'c-1', at: expect.any(Date) },
      {
        accountId: '17841405822304914',
        commentId: 'c-2',
        channel: 'instagram_comment',
        at: expect.any(Date),
      },
    ]);
    sandbox.clear();
    expect(sandbox.sent).toHaveLength(0);
    expect(sandbox.hidden).toHaveLength(0);
  });

  it('serves every channel', () => {
    expect(new SandboxAdapter().channels).toEqual(CHANNELS);
  });
});

describe('ChannelAdapterRegistry', () => {
  const options = { baseUrl: 'http://127.0.0.1:9', tokenFor: () => 't' };

  it('picks the adapter for each channel', () => {
    const meta = new MetaSendAdapter(options);
    const whatsapp = new WhatsAppSendAdapter(options);
    const registry = new ChannelAdapterRegistry([meta, whatsapp]);
    expect(registry.for('messenger')).toBe(meta);
    expect(registry.for('facebook_comment')).toBe(meta);
    expect(registry.for('instagram_dm')).toBe(meta);
    expect(registry.for('instagram_comment')).toBe(meta);
    expect(registry.for('whatsapp')).toBe(whatsapp);
    expect(registry.has('sms')).toBe(false);
    expect(registry.channels().sort()).toEqual(
      ['facebook_comment', 'instagram_comment', 'instagram_dm', 'messenger', 'whatsapp'].sort(),
    );
  });

  it('says plainly when no adapter sends on a channel', () => {
    const registry = new ChannelAdapterRegistry();
    expect(() => registry.for('sms')).toThrow(OutboundError);
    expect(() => registry.for('sms')).toThrow('replies cannot be sent on sms yet');
  });

  it('lets a later adapter take over the channels it names', () => {
    const sandbox = new SandboxAdapter();
    const whatsapp = new WhatsAppSendAdapter(options);
    const registry = new ChannelAdapterRegistry([sandbox]).register(whatsapp);
    expect(registry.for('whatsapp')).toBe(whatsapp);
    expect(registry.for('messenger')).toBe(sandbox);
  });
});
