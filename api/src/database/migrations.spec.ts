import { createTestDatabase, type TestDatabase } from '../../test-support/database';
import { pendingSchemaChanges } from './data-source';

describe('migrations', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it('create exactly the schema the entities describe (nothing pending)', async () => {
    expect(await pendingSchemaChanges(database.dataSource)).toEqual([]);
  });

  it('keep the access log append-only', async () => {
    await database.dataSource.query(
      `INSERT INTO audit_log (at, action, prev_hash, hash) VALUES (now(), 'login', 'a', 'b')`,
    );
    await expect(database.dataSource.query(`UPDATE audit_log SET action = 'x'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(database.dataSource.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
  });
});
