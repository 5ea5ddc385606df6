import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where the application's database user is no superuser, it loses UPDATE, DELETE and TRUNCATE on the
 * access log (as owner it could otherwise disable the append-only trigger and then change lines).
 */
export const REVOKE_AUDIT_LOG_CHANGES = `DO $$ BEGIN
  REVOKE UPDATE, DELETE, TRUNCATE ON "audit_log" FROM PUBLIC;
  IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON "audit_log" FROM %I', current_user);
  END IF;
END $$`;

export class SlaAndReports1795432104373 implements MigrationInterface {
  name = 'SlaAndReports1795432104373';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "business_hours" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "team_id" uuid, "time_zone" text NOT NULL DEFAULT 'Europe/Amsterdam', "always_open" boolean NOT NULL DEFAULT false, "weekly" jsonb NOT NULL DEFAULT '{}', "holidays" jsonb NOT NULL DEFAULT '["NL"]', "closed_dates" jsonb NOT NULL DEFAULT '[]', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_560a76077605005da835fe505a5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_business_hours_team" ON "business_hours" ("team_id") `);
    await queryRunner.query(
      `CREATE TABLE "sla_policies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "priority" text NOT NULL, "channel" text NOT NULL DEFAULT '*', "first_response_s" integer NOT NULL, "next_response_s" integer NOT NULL, "resolution_s" integer NOT NULL, "escalation_pickup_s" integer NOT NULL, "business_hours" boolean NOT NULL DEFAULT true, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_sla_policies_priority_channel" UNIQUE ("priority", "channel"), CONSTRAINT "PK_41b6803cef982534243a67b6302" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`ALTER TABLE "conversations" ADD "sla_near_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "conversations" ADD "resolution_due_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `ALTER TABLE "conversations" ADD "first_response_due_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(`ALTER TABLE "conversations" ADD "first_response_seconds" integer`);
    await queryRunner.query(`ALTER TABLE "conversations" ADD "first_response_business_seconds" integer`);
    await queryRunner.query(`ALTER TABLE "conversations" ADD "first_response_breached" boolean`);
    await queryRunner.query(`ALTER TABLE "conversations" ADD "first_response_by" uuid`);
    await queryRunner.query(`CREATE INDEX "ix_conversations_sla_near" ON "conversations" ("sla_near_at") `);
    await queryRunner.query(`CREATE INDEX "ix_conversations_sla_due" ON "conversations" ("sla_due_at") `);

    // Reports read one index range over first_inbound_at and aggregate stored facts (index-only scans).
    await queryRunner.query(
      `CREATE INDEX "ix_conversations_report" ON "conversations" ("first_inbound_at") INCLUDE ("channel", "team_id", "first_response_by", "first_response_at", "first_response_due_at", "first_response_seconds", "first_response_business_seconds")`,
    );
    // Default targets (seconds). Urgent and high count around the clock; the rest in opening hours.
    // A public comment is visible to everyone: normal questions there get a faster first answer.
    await queryRunner.query(
      `INSERT INTO "sla_policies" ("priority", "channel", "first_response_s", "next_response_s", "resolution_s", "escalation_pickup_s", "business_hours") VALUES
        ('urgent', '*', 900, 900, 14400, 600, false),
        ('high', '*', 3600, 3600, 86400, 1800, false),
        ('normal', '*', 14400, 14400, 57600, 7200, true),
        ('low', '*', 28800, 28800, 144000, 28800, true),
        ('normal', 'facebook_comment', 7200, 7200, 57600, 7200, true),
        ('normal', 'instagram_comment', 7200, 7200, 57600, 7200, true),
        ('normal', 'x_mention', 7200, 7200, 57600, 7200, true)`,
    );
    // The organisation's opening hours: Monday to Friday 08:30-17:00 in Amsterdam, Dutch public holidays.
    await queryRunner.query(
      `INSERT INTO "business_hours" ("team_id", "time_zone", "always_open", "weekly", "holidays") VALUES
        (NULL, 'Europe/Amsterdam', false,
         '{"mon":[{"start":"08:30","end":"17:00"}],"tue":[{"start":"08:30","end":"17:00"}],"wed":[{"start":"08:30","end":"17:00"}],"thu":[{"start":"08:30","end":"17:00"}],"fri":[{"start":"08:30","end":"17:00"}]}',
         '["NL"]')`,
    );
    // Conversations answered before this release: wall-clock first-response seconds for the reports.
    await queryRunner.query(
      `UPDATE "conversations" SET "first_response_seconds" = greatest(0, round(extract(epoch FROM "first_response_at" - "first_inbound_at")))::int
        WHERE "first_response_at" IS NOT NULL AND "first_inbound_at" IS NOT NULL`,
    );
    await queryRunner.query(
      `UPDATE "conversations" SET "first_response_due_at" = "sla_due_at" WHERE "first_response_at" IS NULL`,
    );
    // The access log: the append-only trigger stops the application's user from changing lines. Where that
    // user is no superuser, it also loses the privilege to UPDATE, DELETE or TRUNCATE the table at all.
    // A superuser (a DBA) can still change anything; the hash chain (GET /api/audit/verify) detects that.
    await queryRunner.query(REVOKE_AUDIT_LOG_CHANGES);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DO $$ BEGIN
         IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
           EXECUTE format('GRANT UPDATE, DELETE, TRUNCATE ON "audit_log" TO %I', current_user);
         END IF;
       END $$`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_conversations_report"`);
    await queryRunner.query(`DROP INDEX "public"."ix_conversations_sla_due"`);
    await queryRunner.query(`DROP INDEX "public"."ix_conversations_sla_near"`);
    await queryRunner.query(`ALTER TABLE "conversations" DROP COLUMN "first_response_by"`);
    await queryRunner.query(`ALTER TABLE "conversations" DROP COLUMN "first_response_breached"`);
    await queryRunner.query(`ALTER TABLE "conversations" DROP COLUMN "first_response_business_seconds"`);
    await queryRunner.query(`ALTER TABLE "conversations" DROP COLUMN "first_response_seconds"`);
    await queryRunner.query(`ALTER TABLE "conversations" DROP COLUMN "first_response_due_at"`);
    await queryRunner.query(`ALTER TABLE "conversations" DROP COLUMN "resolution_due_at"`);
    await queryRunner.query(`ALTER TABLE "conversations" DROP COLUMN "sla_near_at"`);
    await queryRunner.query(`DROP TABLE "sla_policies"`);
    await queryRunner.query(`DROP INDEX "public"."ux_business_hours_team"`);
    await queryRunner.query(`DROP TABLE "business_hours"`);
  }
}
