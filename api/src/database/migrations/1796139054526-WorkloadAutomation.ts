import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Workload automation: settings, presence, assignment time, the paused clock and four eyes on replies. */
export class WorkloadAutomation1796139054526 implements MigrationInterface {
  name = 'WorkloadAutomation1796139054526';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "workload_settings" ("id" text NOT NULL, "assignment_mode" text NOT NULL DEFAULT 'manual', "max_open_per_agent" integer NOT NULL DEFAULT '8', "reassign_after_offline_minutes" integer NOT NULL DEFAULT '10', "unanswered_after_assignment_minutes" integer, "unanswered_return_team_id" uuid, "pending_reminder_days" integer, "pending_resolve_days" integer, "reminder_text" text, "pending_on_reply" boolean NOT NULL DEFAULT false, "approval_public_replies" text NOT NULL DEFAULT 'never', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1d18413dd7ae333fc0052a84ecf" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "agent_presence" ("user_id" uuid NOT NULL, "choice" text NOT NULL DEFAULT 'available', "last_seen_at" TIMESTAMP WITH TIME ZONE, "languages" text array NOT NULL DEFAULT '{}', "channels" text array NOT NULL DEFAULT '{}', CONSTRAINT "PK_ce57b4ad45acf791e0d6eae7560" PRIMARY KEY ("user_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "presence_connections" ("socket_id" text NOT NULL, "user_id" uuid NOT NULL, "seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_f9783e6a64e1ebe53e25932880e" PRIMARY KEY ("socket_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_presence_connections_user" ON "presence_connections" ("user_id", "seen_at") `,
    );
    await queryRunner.query(`ALTER TABLE "conversations" ADD "assigned_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "conversations" ADD "returned_from" uuid`);
    await queryRunner.query(`ALTER TABLE "conversations" ADD "language" text`);
    await queryRunner.query(`ALTER TABLE "conversations" ADD "paused_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "conversations" ADD "paused_seconds" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(
      `ALTER TABLE "conversations" ADD "paused_business_seconds" integer NOT NULL DEFAULT '0'`,
    );
    await queryRunner.query(`ALTER TABLE "conversations" ADD "reminder_sent_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "messages" ADD "approval_state" text`);
    await queryRunner.query(`ALTER TABLE "messages" ADD "approval_decided_by" uuid`);
    await queryRunner.query(`ALTER TABLE "messages" ADD "approval_decided_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "messages" ADD "approval_remark" text`);
    await queryRunner.query(`CREATE INDEX "ix_conversations_paused" ON "conversations" ("paused_at") `);
    await queryRunner.query(`CREATE INDEX "ix_conversations_assigned" ON "conversations" ("assigned_at") `);
    await queryRunner.query(
      `CREATE INDEX "ix_conversations_unassigned_waiting" ON "conversations" ("priority_rank", "sla_sort_at", "last_message_at", "id") WHERE assignee_id IS NULL AND status IN ('new', 'open') AND awaiting_since IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_messages_awaiting_approval" ON "messages" ("approval_state") WHERE approval_state = 'awaiting'`,
    );
    // Reports also read resolution and paused time: keep them index-only scans.
    await queryRunner.query(`DROP INDEX "public"."ix_conversations_report"`);
    await queryRunner.query(
      `CREATE INDEX "ix_conversations_report" ON "conversations" ("first_inbound_at") INCLUDE ("channel", "team_id", "first_response_by", "first_response_at", "first_response_due_at", "first_response_seconds", "first_response_business_seconds", "resolved_at", "paused_seconds")`,
    );
    await queryRunner.query(
      `ALTER TABLE "messages" ADD CONSTRAINT "FK_90ad42fdf7d12b41ecaa348bbfd" FOREIGN KEY ("approval_decided_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_conversations_report"`);
    await queryRunner.query(
      `CREATE INDEX "ix_conversations_report" ON "conversations" ("first_inbound_at") INCLUDE ("channel", "team_id", "first_response_by", "first_response_at", "first_response_due_at", "first_response_seconds", "first_response_business_seconds")`,
    );
    await queryRunner.query(`ALTER TABLE "messages" DROP CONSTRAINT "FK_90ad42fdf7d12b41ecaa348bbfd"`);
    await queryRunner.query(`DROP INDEX "public"."ix_messages_awaiting_approval"`);
    await queryRunner.query(`DROP INDEX "public"."ix_conversations_unassigned_waiting"`);
    await queryRunner.query(`DROP INDEX "public"."ix_conversations_assigned"`);
    await queryRunner.query(`DROP INDEX "public"."ix_conversations_paused"`);
    await queryRunner.query(`ALTER TABLE "messages" DROP COLUMN "approval_remark"`);
    await queryRunner.query(`ALTER TABLE "messages" DROP COLUMN "approval_decided_at"`);
    await queryRunner.query(`ALTER TABLE "messages" DROP COLUMN "approval_decided_by"`);
    await queryRunner.query(`ALTER TABLE "messages" DROP COLUMN "approval_state"`);
    await queryRunner.query(`ALTER TABLE "conversations" DROP COLUMN "reminder_sent_at"`);
    await queryRunner.query(`ALTER TABLE "conversations" DROP COLUMN "paused_business_seconds"`);
    await queryRunner.query(`ALTER TABLE "conversations" DROP COLUMN "paused_seconds"`);
    await queryRunner.query(`ALTER TABLE "conversations" DROP COLUMN "paused_at"`);
    await queryRunner.query(`ALTER TABLE "conversations" DROP COLUMN "language"`);
    await queryRunner.query(`ALTER TABLE "conversations" DROP COLUMN "returned_from"`);
    await queryRunner.query(`ALTER TABLE "conversations" DROP COLUMN "assigned_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_presence_connections_user"`);
    await queryRunner.query(`DROP TABLE "presence_connections"`);
    await queryRunner.query(`DROP TABLE "agent_presence"`);
    await queryRunner.query(`DROP TABLE "workload_settings"`);
  }
}
