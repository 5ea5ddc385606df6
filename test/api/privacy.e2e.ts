import { spawnSync } from 'node:child_process';
import { createPublicKey, verify } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type {
  AuditCheckpoint,
  AuditCheckpointExport,
  AuditVerification,
  ConversationSummary,
  ErasureResult,
  RetentionRunResult,
  SubjectExport,
  TeamSummary,
} from '@webcare/shared';
import { Client } from 'pg';
import { startFakeProvider, type FakeProvider } from '../../api/src/channels/testing/fake-provider';
import { startApp, type RunningApp } from '../support/app';
import { client, eventually, login } from '../support/api';
import { whatsappMessageDelivery, whatsappTextDelivery } from '../support/deliveries';
import { postMeta } from '../support/payloads';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

const databaseUrl = (app: RunningApp) => {
  const url = new URL(app.databaseAdminUrl);
  url.pathname = `/${app.databaseName}`;
  return url.toString();
};

/**
 * Every place in the database a string could hide: each text, json and bytea column of every table in
 * every schema (the app's, the job queue's), searched the way a `pg_dump | grep` would find it.
 */
async function databaseHits(app: RunningApp, needles: string[]): Promise<string[]> {
  const db = new Client({ connectionString: databaseUrl(app) });
  await db.connect();
  try {
    const { rows: columns } = await db.query<{ s: string; t: string; c: string; type: string }>(
      `SELECT c.table_schema AS s, c.table_name AS t, c.column_name AS c, c.data_type AS type
         FROM information_schema.columns c JOIN information_schema.tables t
           ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
        WHERE c.table_schema NOT IN ('pg_catalog', 'information_schema')
          AND c.data_type IN ('text', 'character varying', 'jsonb', 'json', 'bytea', 'ARRAY', 'USER-DEFINED')`,
    );
    const hits: string[] = [];
    for (const { s, t, c, type } of columns) {
      for (const needle of needles) {
        const column = `"${s}"."${t}"."${c}"`.replace(/^"[^"]+"\./, '');
        const where =
          type === 'bytea'
            ? `position(convert_to($1, 'UTF8') IN "${c}") > 0`
            : `"${c}"::text ILIKE '%' || $1 || '%'`;
        const { rows } = await db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM "${s}"."${t}" WHERE ${where}`,
          [needle],
        );
        if (rows[0].n > 0) hits.push(`${column} holds "${needle}" (${rows[0].n})`);
      }
    }
    return hits;
  } finally {
    await db.end();
  }
}

/** pg_dump of the app's database, when a pg_dump that can read this server is installed. */
function pgDump(app: RunningApp): string | null {
  const result = spawnSync('pg_dump', ['--data-only', databaseUrl(app)], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return result.status === 0 ? result.stdout : null;
}

describe('privacy lifecycle: subject export, erasure, retention (black box)', () => {
  let provider: FakeProvider;
  let app: RunningApp;
  let agent: ReturnType<typeof client>;
  let supervisor: ReturnType<typeof client>;
  let admin: ReturnType<typeof client>;
  let agentName: string;

  const conversationWith = async (preview: string) =>
    eventually(
      async () =>
        (await agent.conversations('?limit=200')).items.find((c: ConversationSummary) =>
          c.lastMessagePreview.includes(preview),
        ),
      20_000,
      `conversation "${preview}"`,
    );

  beforeAll(async () => {
    provider = await startFakeProvider({ media: { '7700112233': { bytes: PNG, mimeType: 'image/png' } } });
    app = await startApp({
      META_GRAPH_URL: provider.baseUrl,
      WHATSAPP_ACCESS_TOKEN: 'wa-token-for-tests',
    });
    const agentLogin = await login(app.url, 'agent@example.org');
    agentName = agentLogin.user.name;
    agent = client(app.url, agentLogin.accessToken);
    supervisor = client(app.url, (await login(app.url, 'supervisor@example.org')).accessToken);
    admin = client(app.url, (await login(app.url, 'admin@example.org')).accessToken);
  });
  afterAll(async () => {
    await app?.stop();
    await provider?.close();
  });

  describe('a person who asks for their data and then for erasure', () => {
    const PHONE = '31612340077';
    const NAME = 'Wilhelmina Zonneveld';
    const SECRET = 'koortslip-XQ7-vraag';
    let conversationId: string;
    let contactId: string;

    beforeAll(async () => {
      await postMeta(
        app.url,
        '/webhooks/whatsapp',
        whatsappTextDelivery({ id: 'wamid.priv.1', from: PHONE, name: NAME, text: `Vraag over ${SECRET}` }),
      );
      const conversation = await conversationWith(SECRET);
      conversationId = conversation.id;
      contactId = conversation.contact.id;
      await postMeta(
        app.url,
        '/webhooks/whatsapp',
        whatsappMessageDelivery({
          id: 'wamid.priv.2',
          from: PHONE,
          name: NAME,
          content: {
            type: 'image',
            image: { id: '7700112233', mime_type: 'image/png', caption: 'foto-XQ7' },
          },
        }),
      );
      await conversationWith('foto-XQ7');
      const detail = await agent.conversation(conversationId);
      const image = detail.messages.find((m) => m.attachments.length > 0);
      expect(image).toBeDefined();
      const media = await fetch(`${app.url}${image!.attachments[0].url}`, {
        headers: { authorization: `Bearer ${(await login(app.url, 'agent@example.org')).accessToken}` },
      });
      expect(media.status).toBe(200);
      expect(
        (
          await agent.post(`/api/conversations/${conversationId}/replies`, {
            text: `Dag Wilhelmina, over ${SECRET}`,
          })
        ).status,
      ).toBe(201);
      expect(
        (
          await agent.post(`/api/conversations/${conversationId}/notes`, {
            text: `Zonneveld belt morgen over ${SECRET}`,
          })
        ).status,
      ).toBe(201);
    });

    it('exports everything held and who accessed it, as JSON and as a readable PDF; agents may not', async () => {
      expect((await agent.get(`/api/contacts/${contactId}/export`)).status).toBe(403);
      const exported = await supervisor.get<SubjectExport>(`/api/contacts/${contactId}/export`);
      expect(exported.status).toBe(200);
      const data = exported.body;
      expect(data.contact.displayName).toBe(NAME);
      expect(data.identities.map((i) => i.externalId)).toContain(PHONE);
      const texts = data.conversations.flatMap((c) => c.messages.map((m) => m.text));
      expect(texts).toEqual(
        expect.arrayContaining([`Vraag over ${SECRET}`, `Zonneveld belt morgen over ${SECRET}`]),
      );
      expect(data.conversations[0].messages.some((m) => m.attachments.length === 1)).toBe(true);
      const read = data.accessLog.find((line) => line.action === 'conversation.read');
      expect(read).toMatchObject({ who: agentName, role: 'agent', what: 'Gesprek bekeken' });

      const pdf = await fetch(`${app.url}/api/contacts/${contactId}/export?format=pdf`, {
        headers: { authorization: `Bearer ${(await login(app.url, 'supervisor@example.org')).accessToken}` },
      });
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      const bytes = Buffer.from(await pdf.arrayBuffer()).toString('latin1');
      expect(bytes.startsWith('%PDF-1.4')).toBe(true);
      expect(bytes).toContain(NAME);
      expect(bytes).toContain(`Vraag over ${SECRET}`);
      expect(bytes).toContain(`${agentName} \\(agent\\): Gesprek bekeken`);
      expect(bytes.trimEnd().endsWith('%%EOF')).toBe(true);

      // The export is itself an access to the person's data, and is logged.
      const log = await supervisor.get<{ items: { action: string }[] }>(`/api/audit?contact=${contactId}`);
      expect(log.body.items.map((i) => i.action)).toContain('contact.export');
    });

    it('refuses bad erasure requests: unknown person 404, no reason 400, agent 403, open escalation needs a confirm', async () => {
      const unknown = await supervisor.post('/api/contacts/00000000-0000-4000-8000-000000000000/erasure', {
        reason: 'Verzoek per brief',
      });
      expect(unknown.status).toBe(404);
      expect(unknown.body).toMatchObject({ code: 'CONTACT_NOT_FOUND' });
      expect(
        (await supervisor.post('/api/contacts/not-an-id/erasure', { reason: 'Verzoek per brief' })).status,
      ).toBe(404);
      const noReason = await supervisor.post(`/api/contacts/${contactId}/erasure`, {});
      expect(noReason.status).toBe(400);
      expect((await agent.post(`/api/contacts/${contactId}/erasure`, { reason: 'Verzoek' })).status).toBe(
        403,
      );

      const teams = await agent.get<TeamSummary[]>('/api/teams');
      const escalated = await agent.post(`/api/conversations/${conversationId}/escalations`, {
        teamId: teams.body[0].id,
        mode: 'consult',
        reason: `Advies nodig voor Wilhelmina over ${SECRET}`,
      });
      expect(escalated.status).toBe(201);
      const unconfirmed = await supervisor.post(`/api/contacts/${contactId}/erasure`, {
        reason: 'Verzoek per brief',
      });
      expect(unconfirmed.status).toBe(409);
      expect(unconfirmed.body).toMatchObject({ code: 'CONFIRM_REQUIRED' });
      // Nothing was lost by the refused requests.
      expect((await agent.conversation(conversationId)).contact.displayName).toBe(NAME);
    });

    it('erases text, media, names and identifiers everywhere; the conversation stays counted and the chain verifies', async () => {
      const mediaDir = path.join(app.dataDir, 'media');
      expect(readdirSync(mediaDir).length).toBeGreaterThan(0);
      const erased = await supervisor.post<ErasureResult>(`/api/contacts/${contactId}/erasure`, {
        reason: 'Verzoek van de persoon per brief van 1 december',
        confirm: true,
      });
      expect(erased.status).toBe(200);
      expect(erased.body).toMatchObject({ contactId, conversations: 1, mediaFiles: 1 });
      expect(erased.body.messages).toBeGreaterThanOrEqual(4);

      // No answer of the API names the person or repeats what they wrote.
      const needles = [
        NAME,
        'Wilhelmina',
        'Zonneveld',
        PHONE,
        SECRET,
        'XQ7',
        'wamid.priv.1',
        'wamid.priv.2',
        '7700112233',
      ];
      const answers = JSON.stringify([
        await agent.conversations('?limit=200'),
        await agent.conversation(conversationId),
        (await supervisor.get(`/api/contacts/${contactId}/export`)).body,
        (await supervisor.get('/api/escalations?status=open')).body,
        (await supervisor.get('/api/call-backs')).body,
        (await supervisor.get(`/api/audit?contact=${contactId}&limit=500`)).body,
      ]);
      for (const needle of needles) expect(answers).not.toContain(needle);
      const detail = await agent.conversation(conversationId);
      expect(detail.contact.displayName).toBe('Gewist op verzoek');
      expect(detail.messages.length).toBeGreaterThanOrEqual(4);
      expect(detail.messages.every((m) => m.text === '' && m.attachments.length === 0)).toBe(true);

      // Nor does the database, in any table or schema, nor the media store on disk.
      expect(await databaseHits(app, needles)).toEqual([]);
      const dump = pgDump(app);
      if (dump !== null) for (const needle of needles) expect(dump).not.toContain(needle);
      expect(existsSync(mediaDir) ? readdirSync(mediaDir) : []).toEqual([]);

      // The access log kept every access, under a pseudonym, and its chain verifies unchanged.
      const lines = await supervisor.get<{ items: { action: string; contactRef: string | null }[] }>(
        `/api/audit?contact=${contactId}&limit=500`,
      );
      const actions = lines.body.items.map((i) => i.action);
      expect(actions).toEqual(
        expect.arrayContaining(['contact.erase', 'contact.export', 'conversation.read']),
      );
      expect(lines.body.items.find((i) => i.action === 'contact.erase')?.contactRef).toBe(
        erased.body.accessLogPseudonym,
      );
      const verify = await supervisor.get<{ ok: boolean; count: number }>('/api/audit/verify');
      expect(verify.body).toMatchObject({ ok: true });

      // Reports still count the conversation.
      expect((await agent.conversations('?limit=200')).items.map((c) => c.id)).toContain(conversationId);
    });
  });

  describe('retention per data category', () => {
    async function resolvedConversation(from: string, name: string, text: string, ageDays: number) {
      await postMeta(
        app.url,
        '/webhooks/whatsapp',
        whatsappTextDelivery({ id: `wamid.ret.${from}`, from, name, text }),
      );
      const conversation = await conversationWith(text);
      expect(
        (await agent.post(`/api/conversations/${conversation.id}/notes`, { text: `notitie ${text}` })).status,
      ).toBe(201);
      const closed = await agent.post(`/api/conversations/${conversation.id}/status`, { status: 'resolved' });
      expect(closed.status).toBe(200);
      const db = new Client({ connectionString: databaseUrl(app) });
      await db.connect();
      await db.query(`UPDATE conversations SET resolved_at = now() - $2 * interval '1 day' WHERE id = $1`, [
        conversation.id,
        ageDays,
      ]);
      await db.end();
      return conversation;
    }

    it('refuses an access-log period below the legal minimum, naming it, and changes nothing', async () => {
      const before = await admin.get<{ auditLogDays: number }>('/api/settings/retention');
      expect(before.status).toBe(200);
      const low = await admin.request('PUT', '/api/settings/retention', { auditLogDays: 365 });
      expect(low.status).toBe(400);
      expect(low.body).toMatchObject({ code: 'RETENTION_BELOW_MINIMUM' });
      expect((low.body as { message: string }).message).toContain(String(before.body.auditLogDays));
      expect((await admin.get('/api/settings/retention')).body).toEqual(before.body);
      expect((await supervisor.request('PUT', '/api/settings/retention', { mediaDays: 30 })).status).toBe(
        403,
      );
      expect((await supervisor.post('/api/retention/run')).status).toBe(403);
    });

    it('purges content past its period and leaves younger conversations alone', async () => {
      const old = await resolvedConversation('31611110001', 'Gerrit Oudeboer', 'oude-vraag-RT1', 40);
      const young = await resolvedConversation('31611110002', 'Jonna Jongsma', 'nieuwe-vraag-RT2', 5);
      const set = await admin.request('PUT', '/api/settings/retention', {
        messageContentDays: 30,
        mediaDays: 30,
        notesDays: 30,
        contactDetailsDays: 30,
      });
      expect(set.status).toBe(200);
      const run = await admin.post<RetentionRunResult>('/api/retention/run');
      expect(run.status).toBe(200);
      expect(run.body.purged.messageContent).toBeGreaterThanOrEqual(1);
      expect(run.body.purged.notes).toBeGreaterThanOrEqual(1);
      expect(run.body.purged.contactDetails).toBe(1);
      expect(run.body.purged.auditLog).toBe(0);

      const oldDetail = await agent.conversation(old.id);
      expect(oldDetail.contact.displayName).toBe('Verlopen bewaartermijn');
      expect(oldDetail.messages.every((m) => m.text === '')).toBe(true);
      const youngDetail = await agent.conversation(young.id);
      expect(youngDetail.contact.displayName).toBe('Jonna Jongsma');
      expect(youngDetail.messages.map((m) => m.text)).toEqual(
        expect.arrayContaining(['nieuwe-vraag-RT2', 'notitie nieuwe-vraag-RT2']),
      );
      expect(await databaseHits(app, ['oude-vraag-RT1', 'Oudeboer', '31611110001'])).toEqual([]);

      // The run is in the access log with what it did; the chain still verifies.
      const log = await supervisor.get<{ items: { action: string; details: { purged?: unknown } }[] }>(
        '/api/audit?action=retention.run',
      );
      expect(log.body.items[0].details.purged).toEqual(run.body.purged);
      expect((await supervisor.get<{ ok: boolean }>('/api/audit/verify')).body.ok).toBe(true);
    });
  });

  describe('access-log anchoring', () => {
    it('checkpoints the chain head outside the database, signed, and detects a truncated tail', async () => {
      const made = await supervisor.post<AuditCheckpoint>('/api/audit/checkpoints');
      expect(made.status).toBe(201);
      const exported = await supervisor.get<AuditCheckpointExport>('/api/audit/checkpoints');
      expect(exported.body.verified).toEqual({ ok: true });
      const last = exported.body.checkpoints.at(-1)!;
      expect(last.lastId).toBe(made.body.lastId);
      const signed = Buffer.from(`${last.at}|${last.lastId}|${last.count}|${last.hash}`);
      expect(
        verify(null, signed, createPublicKey(exported.body.publicKey), Buffer.from(last.signature, 'base64')),
      ).toBe(true);
      expect(readFileSync(path.join(app.dataDir, 'audit-anchors', 'checkpoints.jsonl'), 'utf8')).toContain(
        last.hash,
      );

      // Someone with database superuser rights removes the newest lines: the chain alone still verifies.
      const db = new Client({ connectionString: databaseUrl(app) });
      await db.connect();
      await db.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change');
      await db.query('DELETE FROM audit_log WHERE id >= $1::bigint - 1', [last.lastId]);
      await db.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change');
      await db.end();
      const verified = await supervisor.get<AuditVerification>('/api/audit/verify');
      expect(verified.body.firstBrokenId).toBeUndefined();
      expect(verified.body.ok).toBe(false);
      expect(verified.body.anchored?.problem).toContain('truncated');
    });
  });
});
