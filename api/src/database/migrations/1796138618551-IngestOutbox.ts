import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Stored inbound events are their own outbox: workers claim unprocessed rows with FOR UPDATE SKIP LOCKED
 * and a lease (`lease_until`, extended while they work; also the earliest next try after a failure),
 * counting attempts. Every insert statement wakes the workers of every replica (LISTEN webcare_ingest).
 */
export class IngestOutbox1796138618551 implements MigrationInterface {
  name = 'IngestOutbox1796138618551';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "inbound_events" ADD "attempts" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "inbound_events" ADD "lease_until" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`CREATE FUNCTION webcare_ingest_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('webcare_ingest', '');
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER tr_inbound_events_notify AFTER INSERT ON "inbound_events"
      FOR EACH STATEMENT EXECUTE FUNCTION webcare_ingest_notify()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER tr_inbound_events_notify ON "inbound_events"`);
    await queryRunner.query(`DROP FUNCTION webcare_ingest_notify()`);
    await queryRunner.query(`ALTER TABLE "inbound_events" DROP COLUMN "lease_until"`);
    await queryRunner.query(`ALTER TABLE "inbound_events" DROP COLUMN "attempts"`);
  }
}
