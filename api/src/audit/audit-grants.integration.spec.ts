import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '../../test-support/database';
import { REVOKE_AUDIT_LOG_CHANGES } from '../database/migrations/1795432104373-SlaAndReports';

/**
 * What protects the access log from whom. The trigger stops the application's own user; where that
 * user is no superuser, the migration also takes away its right to change the table, so even as the
 * table's owner (who may disable triggers) it cannot alter lines. A superuser still can: the hash chain
 * is what detects that (see audit.integration.spec.ts).
 */
describe('access-log privileges for a non-superuser application user', () => {
  let database: TestDatabase;
  let app: Client;
  const role = `webcare_app_${process.pid}`;

  beforeAll(async () => {
    database = await createTestDatabase();
    const admin = database.dataSource;
    await admin.query(`CREATE ROLE ${role} LOGIN PASSWORD 'app-password' NOSUPERUSER`);
    await admin.query(`GRANT USAGE ON SCHEMA public TO ${role}`);
    await admin.query(`ALTER TABLE audit_log OWNER TO ${role}`);
    await admin.query(`GRANT USAGE ON SEQUENCE audit_log_id_seq TO ${role}`);
    await admin.query(
      `INSERT INTO audit_log (at, action, prev_hash, hash) VALUES (now(), 'login', 'a', 'b')`,
    );
    const url = new URL(database.url);
    url.username = role;
    url.password = 'app-password';
    app = new Client({ connectionString: url.toString() });
    await app.connect();
  });
  afterAll(async () => {
    await app?.end();
    await database.dataSource.query(`REASSIGN OWNED BY ${role} TO CURRENT_USER`).catch(() => undefined);
    await database.dataSource.query(`DROP OWNED BY ${role}`).catch(() => undefined);
    await database.drop();
    const admin = new Client({ connectionString: process.env.WEBCARE_TEST_ADMIN_URL });
    await admin.connect();
    await admin.query(`DROP ROLE IF EXISTS ${role}`);
    await admin.end();
  });

  it('lets the owner disable the trigger and change lines until the privileges are revoked', async () => {
    await app.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change');
    await app.query(`UPDATE audit_log SET action = 'changed'`);
    await app.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change');

    await app.query(REVOKE_AUDIT_LOG_CHANGES);

    await app.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change');
    await expect(app.query(`UPDATE audit_log SET action = 'again'`)).rejects.toThrow(/permission denied/);
    await expect(app.query('DELETE FROM audit_log')).rejects.toThrow(/permission denied/);
    await expect(app.query('TRUNCATE audit_log')).rejects.toThrow(/permission denied/);
    await app.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change');
    // Appending and reading still work.
    await app.query(`INSERT INTO audit_log (at, action, prev_hash, hash) VALUES (now(), 'login', 'b', 'c')`);
    const { rows } = await app.query('SELECT count(*)::int AS n FROM audit_log');
    expect(rows[0].n).toBe(2);
  });

  it('leaves a superuser unaffected (the hash chain covers that case)', async () => {
    await database.dataSource.query(REVOKE_AUDIT_LOG_CHANGES);
    await database.dataSource.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change');
    await database.dataSource.query(`UPDATE audit_log SET ip = '198.51.100.1'`);
    await database.dataSource.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change');
  });
});
