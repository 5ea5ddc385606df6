import type {
  BulkReplyResult,
  ConversationSummary,
  EvaluationReport,
  SpikeList,
  SpikeView,
  TopicReport,
} from '@webcare/shared';
import { detectTopics } from '@webcare/shared';
import { startFakeProvider, type FakeProvider } from '../../api/src/channels/testing/fake-provider';
import { startApp, type RunningApp } from '../support/app';
import { client, eventually, login } from '../support/api';
import { messengerDelivery, pageCommentDelivery, POST_ID } from '../support/deliveries';
import { postMeta } from '../support/payloads';

/** A wave of comments under one post after a broadcast: one of them is a person in crisis. */
const WAVE = [
  {
    commentId: '122145678901234567_7001',
    authorId: '77001',
    name: 'Anouk',
    text: 'Ik zag de uitzending van Zembla. Hoe lang is de wachtlijst nu?',
  },
  {
    commentId: '122145678901234567_7002',
    authorId: '77002',
    name: 'Bram',
    text: 'Mag ik zondag op bezoek bij mijn tante?',
  },
  {
    commentId: '122145678901234567_7003',
    authorId: '77003',
    name: 'Chantal',
    text: 'Waar kan ik de uitzending terugkijken?',
  },
  {
    commentId: '122145678901234567_7004',
    authorId: '77004',
    name: 'Dirk',
    text: 'Ik heb vannacht de pillen klaargelegd, ik neem afscheid van iedereen. Het is beter zo.',
  },
  {
    commentId: '122145678901234567_7005',
    authorId: '77005',
    name: 'Els',
    text: 'Hebben jullie nog vacatures in de nachtdienst?',
  },
  {
    commentId: '122145678901234567_7006',
    authorId: '77006',
    name: 'Fenna',
    text: 'Wat een goede uitzending, dank jullie wel',
  },
];
const REPLY = 'Dank voor uw reactie op de uitzending. Op onze website leest u wat wij eraan doen.';

describe('insight: a spike after a broadcast, its bulk answer, topics and the evaluation (black box)', () => {
  let provider: FakeProvider;
  let app: RunningApp;
  let supervisor: ReturnType<typeof client>;
  let agent: ReturnType<typeof client>;
  const started = new Date(Date.now() - 60_000).toISOString();

  beforeAll(async () => {
    provider = await startFakeProvider({});
    app = await startApp({
      OUTBOUND_TRANSPORT: 'live',
      META_GRAPH_URL: provider.baseUrl,
      META_ACCESS_TOKEN: 'page-token-for-tests',
      BULK_REPLY_INTERVAL_MS: '100',
      DEMO_QUEUE: '0',
    });
    supervisor = client(app.url, (await login(app.url, 'supervisor@example.org')).accessToken);
    agent = client(app.url, (await login(app.url, 'agent@example.org')).accessToken);
  });
  afterAll(async () => {
    await app?.stop();
    await provider?.close();
  });

  const postSpike = async (): Promise<SpikeView | undefined> =>
    (await supervisor.get<SpikeList>('/api/spikes')).body.items.find(
      (spike) => spike.kind === 'post' && spike.postId === POST_ID,
    );

  const commentReplies = (commentId: string) =>
    provider.requests.filter((r) => r.method === 'POST' && r.path === `/${commentId}/comments`);

  it('raises a spike on the post within a minute of a burst of comments', async () => {
    const burstAt = Date.now();
    for (const comment of WAVE) {
      const response = await postMeta(app.url, '/webhooks/meta', pageCommentDelivery(comment));
      expect(response.status).toBe(200);
    }
    const spike = await eventually(
      async () => {
        const found = await postSpike();
        return found && found.conversations === WAVE.length ? found : undefined;
      },
      60_000,
      'the spike on the post',
    );
    expect(Date.now() - burstAt).toBeLessThan(60_000);
    expect(spike).toMatchObject({
      kind: 'post',
      threadKey: `post:${POST_ID}`,
      count: WAVE.length,
      active: true,
    });
    expect(spike.flagged).toBeGreaterThanOrEqual(1);

    // Agents see it too, with the spike's messages grouped.
    const detail = await agent.get<SpikeView>(`/api/spikes/${spike.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.members).toHaveLength(WAVE.length);
    const crisis = detail.body.members!.find((m) => m.contactName === 'Dirk');
    expect(crisis?.flags).toContain('crisis');
  });

  it('answers the spike in bulk: one public reply per unflagged comment, the flagged ones left for a person', async () => {
    const spike = (await postSpike())!;
    const conversations = (await agent.conversations('?limit=200')).items.filter((c: ConversationSummary) =>
      WAVE.some((w) => c.contact.displayName === w.name),
    );
    expect(conversations).toHaveLength(WAVE.length);
    const flagged = conversations.filter((c) => c.flags.length > 0).map((c) => c.id);
    const unflagged = conversations.filter((c) => c.flags.length === 0);
    expect(flagged.length).toBeGreaterThanOrEqual(1);
    expect(unflagged.length).toBeGreaterThanOrEqual(3);

    const result = await agent.post<BulkReplyResult>(`/api/spikes/${spike.id}/bulk-reply`, { text: REPLY });
    expect(result.status).toBe(200);
    expect(result.body.sent).toBe(unflagged.length);
    expect(result.body.skipped.sort()).toEqual(flagged.sort());

    // The fake Graph API received each reply, once, under its own comment; none under the crisis comment.
    const byName = new Map(WAVE.map((w) => [w.name, w.commentId]));
    await eventually(
      async () => unflagged.every((c) => commentReplies(byName.get(c.contact.displayName)!).length === 1),
      30_000,
      'every reply at the provider',
    );
    for (const c of unflagged) {
      expect(commentReplies(byName.get(c.contact.displayName)!)[0].body).toMatchObject({ message: REPLY });
    }
    expect(commentReplies(byName.get('Dirk')!)).toHaveLength(0);

    // Progress is part of the spike; each reply is in its conversation as a public message.
    const done = await eventually(
      async () => {
        const view = (await agent.get<SpikeView>(`/api/spikes/${spike.id}`)).body;
        return view.bulkReply?.sent === unflagged.length ? view : undefined;
      },
      20_000,
      'bulk progress',
    );
    expect(done.bulkReply).toEqual({ queued: 0, sent: unflagged.length, failed: 0 });
    const thread = await agent.conversation(unflagged[0].id);
    expect(thread.messages.filter((m) => m.direction === 'out' && m.text === REPLY)).toHaveLength(1);

    // Each reply is in the access log.
    const audit = await supervisor.get<{ items: { action: string; conversationId: string | null }[] }>(
      `/api/audit?action=message.reply&limit=500&from=${encodeURIComponent(started)}&to=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`,
    );
    const replied = new Set(
      audit.body.items.filter((i) => i.action === 'message.reply').map((i) => i.conversationId),
    );
    for (const c of unflagged) expect(replied.has(c.id)).toBe(true);
  });

  it('sends nothing twice on a retry, and asks again before answering comments that came in since', async () => {
    const spike = (await postSpike())!;
    const requestsBefore = provider.requests.length;
    const retry = await agent.post<BulkReplyResult>(`/api/spikes/${spike.id}/bulk-reply`, { text: REPLY });
    expect(retry.status).toBe(200);
    expect(retry.body.sent).toBe(0);
    expect(retry.body.alreadySent.length).toBeGreaterThanOrEqual(3);

    const late = {
      commentId: '122145678901234567_7007',
      authorId: '77007',
      name: 'Gijs',
      text: 'Ik heb de uitzending ook gezien, wanneer komt er meer informatie?',
    };
    await postMeta(app.url, '/webhooks/meta', pageCommentDelivery(late));
    const grown = await eventually(async () => {
      const found = await postSpike();
      return found && found.conversations === WAVE.length + 1 ? found : undefined;
    });
    const refused = await agent.post<{ code: string; count: number }>(`/api/spikes/${grown.id}/bulk-reply`, {
      text: REPLY,
    });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'SPIKE_GREW', count: WAVE.length + 1 });
    await new Promise((r) => setTimeout(r, 500));
    expect(provider.requests.length).toBe(requestsBefore);

    const confirmed = await agent.post<BulkReplyResult>(`/api/spikes/${grown.id}/bulk-reply`, {
      text: REPLY,
      count: WAVE.length + 1,
    });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.sent).toBe(1);
    await eventually(async () => commentReplies(late.commentId).length === 1, 20_000, 'the late reply');
  });

  it('reads topic rows per week and per region, and the CSV for Dutch Excel', async () => {
    const period = `from=${encodeURIComponent(started)}&to=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`;
    const total = await supervisor.get<TopicReport>(`/api/reports/topics?${period}`);
    expect(total.status).toBe(200);
    const broadcast = total.body.rows.find((row) => row.topic === 'uitzending');
    expect(broadcast).toMatchObject({ label: 'Uitzending en media', count: 4, conversations: 4 });
    expect(total.body.rows.find((row) => row.topic === 'wachtlijst')?.count).toBe(1);

    const byRegion = await supervisor.get<TopicReport>(`/api/reports/topics?${period}&groupBy=region`);
    expect(byRegion.body.rows.find((row) => row.topic === 'uitzending')?.key).toBe('Regio Noord');
    const byWeek = await supervisor.get<TopicReport>(`/api/reports/topics?${period}&groupBy=week`);
    expect(byWeek.body.rows[0].key).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const csv = await fetch(`${app.url}/api/reports/topics.csv?${period}&groupBy=region`, {
      headers: { authorization: `Bearer ${(await login(app.url, 'supervisor@example.org')).accessToken}` },
    });
    expect(csv.status).toBe(200);
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('Onderwerp;Regio;Berichten;Gesprekken');
    expect(lines).toContain('Uitzending en media;Regio Noord;4;4');

    expect((await agent.get(`/api/reports/topics?${period}`)).status).toBe(403);
  });

  it('gives a message whose topic is only described (no phrase of the list) that topic', async () => {
    const text = 'De telefoon gaat eindeloos over bij de receptie, hoe krijg ik jullie te pakken?';
    expect(detectTopics(text)).toEqual([]);
    const response = await postMeta(
      app.url,
      '/webhooks/meta',
      messengerDelivery({ mid: 'm_topic_described_1', senderId: '77100', text }),
    );
    expect(response.status).toBe(200);
    const period = `from=${encodeURIComponent(started)}&to=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`;
    const row = await eventually(
      async () =>
        (await supervisor.get<TopicReport>(`/api/reports/topics?${period}`)).body.rows.find(
          (r) => r.topic === 'bereikbaarheid',
        ),
      20_000,
      'the described topic in the report',
    );
    expect(row).toMatchObject({ label: 'Bereikbaarheid', count: 1, conversations: 1 });
  });

  it('refuses a goal with an unknown metric, naming the known ones', async () => {
    const response = await supervisor.request<{ code: string; message: string; known: string[] }>(
      'PUT',
      '/api/goals',
      { items: [{ metric: 'happiness', target: 10 }] },
    );
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('UNKNOWN_METRIC');
    expect(response.body.known).toContain('first_response_within_60m_pct');
    expect(response.body.message).toContain('first_response_within_60m_pct');
  });

  it('evaluates the goals (actual, met, trend) and downloads the evaluation as a PDF', async () => {
    const saved = await supervisor.request('PUT', '/api/goals', {
      items: [
        { metric: 'first_response_within_60m_pct', channel: 'facebook_comment', target: 90 },
        { metric: 'volume', target: 1 },
        { metric: 'breaches', target: 0 },
      ],
    });
    expect(saved.status).toBe(200);
    const period = `from=${encodeURIComponent(started)}&to=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`;
    const report = await supervisor.get<EvaluationReport>(`/api/reports/evaluation?${period}`);
    expect(report.status).toBe(200);
    const volume = report.body.items.find((item) => item.metric === 'volume')!;
    expect(volume.actual).toBeGreaterThanOrEqual(WAVE.length + 1);
    expect(volume.met).toBe(true);
    expect(volume.trend).toBe('up');
    const within = report.body.items.find((item) => item.metric === 'first_response_within_60m_pct')!;
    expect(within).toMatchObject({ channel: 'facebook_comment', target: 90, actual: 100, met: true });

    const pdf = await fetch(`${app.url}/api/reports/evaluation?${period}&format=pdf&lang=en`, {
      headers: { authorization: `Bearer ${(await login(app.url, 'supervisor@example.org')).accessToken}` },
    });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toContain('application/pdf');
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(1000);
  });
});
