import type { ConversationSummary } from '@webcare/shared';
import { startApp, type RunningApp } from '../support/app';
import { client, eventually, login } from '../support/api';
import { pageCommentDelivery, whatsappMessageDelivery, whatsappTextDelivery } from '../support/deliveries';
import { postMeta } from '../support/payloads';

describe('triage in the product (black box)', () => {
  let app: RunningApp;
  let agent: ReturnType<typeof client>;
  const find = (part: string) =>
    eventually(async () =>
      (await agent.conversations('?limit=200')).items.find((c: ConversationSummary) =>
        c.lastMessagePreview.includes(part),
      ),
    );

  beforeAll(async () => {
    app = await startApp();
    agent = client(app.url, (await login(app.url, 'agent@example.org')).accessToken);
    await postMeta(
      app.url,
      '/webhooks/whatsapp',
      whatsappTextDelivery({
        id: 'wamid.t1',
        from: '31600000001',
        name: 'Iemand',
        text: 'Hoe laat gaat de polikliniek open?',
      }),
    );
    await postMeta(
      app.url,
      '/webhooks/whatsapp',
      whatsappTextDelivery({
        id: 'wamid.t2',
        from: '31600000002',
        name: 'Iemand',
        text: 'Ik wil niet meer leven. Niemand zou me missen.',
      }),
    );
    await postMeta(
      app.url,
      '/webhooks/meta',
      pageCommentDelivery({
        commentId: 'c_t3',
        authorId: '5003',
        name: 'Peter',
        text: 'Ik wacht al weken op de uitslag van mijn MRI. Mijn BSN is 111222333, bel me op 06-12345678.',
      }),
    );
    await postMeta(
      app.url,
      '/webhooks/whatsapp',
      whatsappMessageDelivery({
        id: 'wamid.t4',
        from: '31600000004',
        name: 'Iemand',
        content: {
          type: 'image',
          image: { id: '555', mime_type: 'image/jpeg', caption: 'sexy foto voor jou 😏' },
        },
      }),
    );
  });
  afterAll(() => app.stop());

  it('puts a crisis at the top, urgent, with a call-back suggestion naming the crisis lines', async () => {
    const crisis = await find('niet meer leven');
    await find('polikliniek');
    expect(crisis).toMatchObject({ priority: 'urgent', suggestedSwitch: 'call_back' });
    expect(crisis.flags).toContainEqual({ code: 'crisis', severity: expect.any(String) });
    const queue = await agent.conversations();
    expect(queue.items[0].id).toBe(crisis.id);
    const detail = await agent.conversation(crisis.id);
    expect(detail.suggestedSwitch?.template.nl).toMatch(/113/);
    expect(detail.suggestedSwitch?.template.nl).toMatch(/112/);
    const [message] = detail.messages;
    const flag = message.flags.find((f) => f.code === 'crisis');
    expect(flag?.reason.nl.length).toBeGreaterThan(0);
    expect(flag?.evidence.length).toBeGreaterThan(0);
    for (const span of flag?.evidence ?? [])
      expect(message.text.slice(span.start, span.end).length).toBeGreaterThan(0);
  });

  it('filters the queue by flag', async () => {
    await find('niet meer leven');
    const crisisOnly = await agent.conversations('?flag=crisis');
    expect(crisisOnly.items.length).toBe(1);
    expect(crisisOnly.items[0].lastMessagePreview).toContain('niet meer leven');
  });

  it('flags identifiers and health details posted in public, with evidence on the BSN itself', async () => {
    const comment = await find('uitslag van mijn MRI');
    const codes = comment.flags.map((f) => f.code);
    expect(codes).toEqual(expect.arrayContaining(['pii_public', 'medical_public']));
    const detail = await agent.conversation(comment.id);
    const message = detail.messages[0];
    const pii = message.flags.find((f) => f.code === 'pii_public');
    const quoted = (pii?.evidence ?? []).map((span) => message.text.slice(span.start, span.end));
    expect(quoted.join(' ')).toContain('111222333');
  });

  it('flags an explicit image', async () => {
    const image = await find('sexy foto');
    expect(image.flags.map((f) => f.code)).toContain('explicit_media');
  });

  it('acts on a suggestion with one click: template sent, switch recorded, call-back task created', async () => {
    const crisis = await find('niet meer leven');
    const result = await agent.post<{
      message: { text: string; direction: string };
      callBackId: string | null;
    }>(`/api/conversations/${crisis.id}/switch`, { kind: 'call_back' });
    expect(result.status).toBe(201);
    expect(result.body.message.direction).toBe('out');
    expect(result.body.message.text).toMatch(/113/);
    expect(result.body.callBackId).toEqual(expect.any(String));
    const after = await agent.conversation(crisis.id);
    expect(after.suggestedSwitch).toBeNull();
    expect(after.callBackDueAt).not.toBeNull();
    expect(after.messages.some((m) => m.direction === 'note' && m.text.includes('terugbellen'))).toBe(true);
    expect((await agent.post(`/api/conversations/${crisis.id}/switch`, { kind: 'teleport' })).status).toBe(
      400,
    );
  });

  it('hides a public comment and records a look at media', async () => {
    const comment = await find('uitslag van mijn MRI');
    const hidden = await agent.post<{ hiddenAt: string | null }>(`/api/conversations/${comment.id}/hide`, {});
    expect(hidden.status).toBe(200);
    expect(hidden.body.hiddenAt).toEqual(expect.any(String));
    const image = await find('sexy foto');
    const detail = await agent.conversation(image.id);
    const reveal = await agent.post(
      `/api/conversations/${image.id}/messages/${detail.messages[0].id}/reveal`,
    );
    expect(reveal.status).toBe(204);
    const supervisor = client(app.url, (await login(app.url, 'supervisor@example.org')).accessToken);
    const audit = await supervisor.get<{ items: { action: string; conversationId: string }[] }>(
      `/api/audit?conversation=${image.id}`,
    );
    expect(audit.body.items.map((i) => i.action)).toEqual(
      expect.arrayContaining(['message.reveal_media', 'conversation.read']),
    );
    // Hiding on a private channel is refused.
    expect((await agent.post(`/api/conversations/${image.id}/hide`, {})).status).toBe(404);
  });
});
