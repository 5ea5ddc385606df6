import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * One owner per table: only the owning feature's folder holds SQL that writes a table, and reads of
 * another feature's table are the few joins listed below (names shown beside a row, a read model for
 * reports). Everything else asks the owner's service. Migrations, specs and benchmarks set up data
 * and are left out.
 */
const OWNERS: Record<string, string> = {
  conversations: 'conversations',
  messages: 'conversations',
  conversation_reads: 'conversations',
  contacts: 'contacts',
  contact_identities: 'contacts',
  channel_accounts: 'contacts',
  escalations: 'escalations',
  call_back_tasks: 'callbacks',
  teams: 'teams',
  users: 'users',
  team_members: 'users',
  audit_log: 'audit',
  sla_policies: 'sla',
  business_hours: 'sla',
  crisis_policy: 'sla',
  push_subscriptions: 'push',
  inbound_events: 'ingest',
  webhook_deliveries: 'ingest',
  login_throttle: 'auth',
  sso_login_codes: 'auth',
  spikes: 'insight',
  spike_arrivals: 'insight',
  spike_replies: 'insight',
  topics: 'insight',
  goals: 'insight',
  workload_settings: 'workload',
  agent_presence: 'workload',
  presence_connections: 'workload',
  retention_settings: 'privacy',
  webchat_accounts: 'webchat',
  webchat_visitors: 'webchat',
  webchat_rate_limits: 'webchat',
  saved_replies: 'saved-replies',
};

/** Read-only joins across owners, each for a reason; never a write. */
const READS: Record<string, string[]> = {
  // The queue row names the contact and the assignee and shows the next call-back.
  conversations: ['contacts', 'users', 'call_back_tasks'],
  // An escalation shows its team, the contact, who asked and who accepted.
  escalations: ['teams', 'conversations', 'contacts', 'users'],
  // A call-back shows the contact and who made it; advisors see their teams' conversations only.
  callbacks: ['contacts', 'conversations', 'users'],
  // Pushes go to the devices of users in the on-call roles.
  push: ['users'],
  // Presence lists the people working the queue by name and role.
  workload: ['users'],
  // The access log names the people in it: the users who acted and, while it is held, the person.
  audit: ['users', 'conversations', 'contacts'],
  // Spikes group messages and their conversations and show who wrote them; topic reports and the
  // evaluation are a read model of messages per account and region team.
  insight: ['messages', 'conversations', 'contacts', 'channel_accounts', 'teams'],
  // Reports are a read model over the whole inbox.
  reports: Object.keys(OWNERS),
};

const SRC = path.join(__dirname, '..');
const WRITE = /\b(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM|TRUNCATE(?:\s+TABLE)?)\s+([a-z_]+)\b/g;
const READ = /\b(?:FROM|JOIN)\s+([a-z_]+)\b/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'migrations' ? [] : sourceFiles(full);
    return /\.ts$/.test(entry.name) && !/\.(spec|bench)\.ts$/.test(entry.name) ? [full] : [];
  });
}

interface Touch {
  file: string;
  feature: string;
  table: string;
  write: boolean;
}

function touches(): Touch[] {
  const found: Touch[] = [];
  for (const file of sourceFiles(SRC)) {
    const feature = path.relative(SRC, file).split(path.sep)[0];
    const text = readFileSync(file, 'utf8');
    for (const [pattern, write] of [
      [WRITE, true],
      [READ, false],
    ] as const) {
      for (const match of text.matchAll(pattern)) {
        const table = match[1];
        if (table in OWNERS) found.push({ file: path.relative(SRC, file), feature, table, write });
      }
    }
  }
  return found;
}

describe('table owners', () => {
  const all = touches();

  it('finds the SQL it checks', () => {
    expect(all.filter((t) => t.table === 'conversations' && t.write).length).toBeGreaterThan(5);
  });

  it('writes a table only in the feature that owns it', () => {
    const strays = all
      .filter((t) => t.write && OWNERS[t.table] !== t.feature)
      .map((t) => `${t.file} writes ${t.table} (owner: ${OWNERS[t.table]})`);
    expect(strays).toEqual([]);
  });

  it("reads another feature's table only in the joins listed", () => {
    const strays = all
      .filter((t) => !t.write && OWNERS[t.table] !== t.feature && !READS[t.feature]?.includes(t.table))
      .map((t) => `${t.file} reads ${t.table} (owner: ${OWNERS[t.table]})`);
    expect(strays).toEqual([]);
  });

  it("uses TypeORM repositories only for the feature's own entities", () => {
    const entityTable = new Map<string, string>();
    for (const file of sourceFiles(SRC).filter((f) => f.endsWith('.entity.ts'))) {
      const text = readFileSync(file, 'utf8');
      const table = /@Entity\('([a-z_]+)'\)/.exec(text)?.[1];
      const name = /export class (\w+)/.exec(text)?.[1];
      if (table && name) entityTable.set(name, table);
    }
    const strays: string[] = [];
    for (const file of sourceFiles(SRC)) {
      const feature = path.relative(SRC, file).split(path.sep)[0];
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/(?:getRepository|InjectRepository|forFeature)\(\[?(\w+Entity)/g)) {
        const table = entityTable.get(match[1]);
        if (table && OWNERS[table] !== feature) {
          strays.push(`${path.relative(SRC, file)} uses ${match[1]} (owner: ${OWNERS[table]})`);
        }
      }
    }
    expect(strays).toEqual([]);
  });
});
