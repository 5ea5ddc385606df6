import type { ConversationSummary } from '@webcare/shared';
import { startApp, type RunningApp } from '../support/app';
import { eventually, login } from '../support/api';
import { asciiJson, postMeta } from '../support/payloads';
import { connectSocket, record, type AppSocket } from '../support/socket';

describe('two API replicas on one PostgreSQL (black box)', () => {
  let first: RunningApp;
  let second: RunningApp;
  let socket: AppSocket;

  beforeAll(async () => {
    first = await startApp();
    const url = new URL(first.databaseAdminUrl);
    url.pathname = `/${first.databaseName}`;
    second = await startApp({ DATABASE_URL: url.toString(), DEMO: '1' });
  });
  afterAll(async () => {
    socket?.close();
    await second?.stop();
    await first?.stop();
  });

  it('pushes a message taken in by one replica to a console connected to the other', async () => {
    socket = await connectSocket(first.url, (await login(first.url, 'agent@example.org')).accessToken);
    const created = record(socket, 'conversation.created');
    const now = Date.now();
    const body = asciiJson({
      object: 'page',
      entry: [
        {
          id: '104523889012345',
          time: now,
          messaging: [
            {
              sender: { id: '4242' },
              recipient: { id: '104523889012345' },
              timestamp: now,
              message: { mid: 'm_replica', text: 'Via de andere replica' },
            },
          ],
        },
      ],
    });
    expect((await postMeta(second.url, '/webhooks/meta', body)).status).toBe(200);
    const summary = await eventually(async () =>
      created.find((c: ConversationSummary) => c.lastMessagePreview === 'Via de andere replica'),
    );
    expect(summary.channel).toBe('messenger');
  });
});
