import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795431444598 implements MigrationInterface {
  name = 'Initial1795431444598';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "teams" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "kind" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_48c0c32e6247a2de155baeaf980" UNIQUE ("name"), CONSTRAINT "PK_7e5523774a38b08a6236d322403" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "name" text NOT NULL, "role" text NOT NULL, "password_hash" text NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_97672ac88f789774dd47f7c8be3" UNIQUE ("email"), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "webhook_deliveries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "provider" text NOT NULL, "raw_body" bytea NOT NULL, "content_type" text, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_535dd409947fb6d8fc6dfc0112a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "inbound_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "provider" text NOT NULL, "dedupe_key" text NOT NULL, "delivery_id" uuid NOT NULL, "kind" text NOT NULL, "payload" jsonb NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "processed_at" TIMESTAMP WITH TIME ZONE, "last_error" text, CONSTRAINT "uq_inbound_events_provider_key" UNIQUE ("provider", "dedupe_key"), CONSTRAINT "PK_b76e26fa0121da742b191b7ded0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_inbound_events_unprocessed" ON "inbound_events" ("received_at") WHERE processed_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "channel_accounts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "provider" text NOT NULL, "external_id" text NOT NULL, "name" text NOT NULL, "country" text NOT NULL DEFAULT 'NL', "auto_created" boolean NOT NULL DEFAULT false, "access_token" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_channel_accounts_provider_external" UNIQUE ("provider", "external_id"), CONSTRAINT "PK_b23fdcb822c5261260a4c88041e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "contact_identities" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "contact_id" uuid NOT NULL, "provider" text NOT NULL, "account_external_id" text NOT NULL, "external_id" text NOT NULL, "handle" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_contact_identities" UNIQUE ("provider", "account_external_id", "external_id"), CONSTRAINT "PK_38de992d13ad0ef3975ca176935" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "contacts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "display_name" text NOT NULL, "phone" text, "prefers_no_phone" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b99cd40cfd66a99f1571f4f72e6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "conversations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "channel" text NOT NULL, "visibility" text NOT NULL, "channel_account_id" uuid NOT NULL, "contact_id" uuid NOT NULL, "thread_key" text NOT NULL, "post_id" text, "reply_to_external_id" text, "status" text NOT NULL DEFAULT 'new', "priority" text NOT NULL DEFAULT 'normal', "priority_rank" smallint NOT NULL DEFAULT '2', "flags" jsonb NOT NULL DEFAULT '[]', "suggested_switch" jsonb, "assignee_id" uuid, "team_id" uuid, "awaiting_since" TIMESTAMP WITH TIME ZONE, "first_inbound_at" TIMESTAMP WITH TIME ZONE, "first_response_at" TIMESTAMP WITH TIME ZONE, "last_inbound_at" TIMESTAMP WITH TIME ZONE, "last_message_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_message_preview" text NOT NULL DEFAULT '', "sla_due_at" TIMESTAMP WITH TIME ZONE, "sla_sort_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT 'infinity', "cycle_started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "resolved_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_conversations_thread" UNIQUE ("channel_account_id", "channel", "thread_key"), CONSTRAINT "PK_ee34f4f7ced4ec8681f26bf04ef" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_conversations_first_inbound" ON "conversations" ("first_inbound_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_conversations_assignee" ON "conversations" ("assignee_id", "status") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_conversations_status_queue" ON "conversations" ("status", "priority_rank", "sla_sort_at", "last_message_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_conversations_queue" ON "conversations" ("priority_rank", "sla_sort_at", "last_message_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "conversation_id" uuid NOT NULL, "direction" text NOT NULL, "text" text NOT NULL, "attachments" jsonb NOT NULL DEFAULT '[]', "visibility" text NOT NULL, "provider" text, "provider_message_id" text, "author_id" uuid, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL, "delivery_status" text NOT NULL, "delivery_error" text, "flags" jsonb NOT NULL DEFAULT '[]', "priority" text, "suggested_switch" jsonb, "hidden_at" TIMESTAMP WITH TIME ZONE, "removed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_18325f38ae6de43878487eff986" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_messages_provider_id" ON "messages" ("provider", "provider_message_id") WHERE provider_message_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_messages_conversation" ON "messages" ("conversation_id", "sent_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "conversation_reads" ("user_id" uuid NOT NULL, "conversation_id" uuid NOT NULL, "last_read_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_05074524cfb8e1d6fad9fb51a90" PRIMARY KEY ("user_id", "conversation_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "call_back_tasks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "conversation_id" uuid NOT NULL, "contact_id" uuid NOT NULL, "phone" text, "reason" text NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status" text NOT NULL DEFAULT 'open', "outcome" text, "assignee_id" uuid, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "completed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_bd37666de1d275fddb7d7ada836" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_call_back_tasks_open" ON "call_back_tasks" ("conversation_id", "due_at") WHERE status = 'open'`,
    );
    await queryRunner.query(
      `CREATE TABLE "audit_log" ("id" BIGSERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_id" uuid, "actor_role" text, "on_behalf_of" uuid, "action" text NOT NULL, "conversation_id" uuid, "contact_id" uuid, "ip" text, "details" jsonb NOT NULL DEFAULT '{}', "prev_hash" text NOT NULL, "hash" text NOT NULL, CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_audit_log_actor" ON "audit_log" ("actor_id", "at") `);
    await queryRunner.query(
      `CREATE INDEX "ix_audit_log_conversation" ON "audit_log" ("conversation_id", "at") `,
    );
    await queryRunner.query(`CREATE INDEX "ix_audit_log_at" ON "audit_log" ("at") `);
    await queryRunner.query(
      `CREATE TABLE "team_members" ("user_id" uuid NOT NULL, "team_id" uuid NOT NULL, CONSTRAINT "PK_1d3c06a8217a8785e2af0ec4ab8" PRIMARY KEY ("user_id", "team_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_c2bf4967c8c2a6b845dadfbf3d" ON "team_members" ("user_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_fdad7d5768277e60c40e01cdce" ON "team_members" ("team_id") `);
    await queryRunner.query(
      `ALTER TABLE "contact_identities" ADD CONSTRAINT "FK_1d4a95cd88e42cb1ec58e5bc952" FOREIGN KEY ("contact_id") REFERENCES "contacts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "conversations" ADD CONSTRAINT "FK_9ac4839772d56642ad8d51e029a" FOREIGN KEY ("channel_account_id") REFERENCES "channel_accounts"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "conversations" ADD CONSTRAINT "FK_3e605129623b629ddd0583740db" FOREIGN KEY ("contact_id") REFERENCES "contacts"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "conversations" ADD CONSTRAINT "FK_eb33c4841a61e998a8c906fbcf1" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "messages" ADD CONSTRAINT "FK_3bc55a7c3f9ed54b520bb5cfe23" FOREIGN KEY ("conversation_id") REFERENCES "conversations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "messages" ADD CONSTRAINT "FK_05535bc695e9f7ee104616459d3" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_members" ADD CONSTRAINT "FK_c2bf4967c8c2a6b845dadfbf3d4" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_members" ADD CONSTRAINT "FK_fdad7d5768277e60c40e01cdcea" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_conversations_flags" ON "conversations" USING gin ("flags" jsonb_path_ops)`,
    );
    // socket.io fan-out between API replicas (@socket.io/postgres-adapter) keeps large payloads here.
    await queryRunner.query(
      `CREATE TABLE "socket_io_attachments" ("id" bigserial UNIQUE, "created_at" TIMESTAMP WITH TIME ZONE DEFAULT now(), "payload" bytea)`,
    );
    // The access log is append-only: no row may change or disappear (NEN 7513).
    await queryRunner.query(
      `CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON "audit_log" FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON "audit_log" FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "team_members" DROP CONSTRAINT "FK_fdad7d5768277e60c40e01cdcea"`);
    await queryRunner.query(`ALTER TABLE "team_members" DROP CONSTRAINT "FK_c2bf4967c8c2a6b845dadfbf3d4"`);
    await queryRunner.query(`ALTER TABLE "messages" DROP CONSTRAINT "FK_05535bc695e9f7ee104616459d3"`);
    await queryRunner.query(`ALTER TABLE "messages" DROP CONSTRAINT "FK_3bc55a7c3f9ed54b520bb5cfe23"`);
    await queryRunner.query(`ALTER TABLE "conversations" DROP CONSTRAINT "FK_eb33c4841a61e998a8c906fbcf1"`);
    await queryRunner.query(`ALTER TABLE "conversations" DROP CONSTRAINT "FK_3e605129623b629ddd0583740db"`);
    await queryRunner.query(`ALTER TABLE "conversations" DROP CONSTRAINT "FK_9ac4839772d56642ad8d51e029a"`);
    await queryRunner.query(
      `ALTER TABLE "contact_identities" DROP CONSTRAINT "FK_1d4a95cd88e42cb1ec58e5bc952"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_fdad7d5768277e60c40e01cdce"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c2bf4967c8c2a6b845dadfbf3d"`);
    await queryRunner.query(`DROP TABLE "team_members"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_log_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_log_conversation"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_log_actor"`);
    await queryRunner.query(`DROP TABLE "socket_io_attachments"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
    await queryRunner.query(`DROP FUNCTION audit_log_append_only()`);
    await queryRunner.query(`DROP INDEX IF EXISTS "ix_conversations_flags"`);
    await queryRunner.query(`DROP INDEX "public"."ix_call_back_tasks_open"`);
    await queryRunner.query(`DROP TABLE "call_back_tasks"`);
    await queryRunner.query(`DROP TABLE "conversation_reads"`);
    await queryRunner.query(`DROP INDEX "public"."ix_messages_conversation"`);
    await queryRunner.query(`DROP INDEX "public"."uq_messages_provider_id"`);
    await queryRunner.query(`DROP TABLE "messages"`);
    await queryRunner.query(`DROP INDEX "public"."ix_conversations_queue"`);
    await queryRunner.query(`DROP INDEX "public"."ix_conversations_status_queue"`);
    await queryRunner.query(`DROP INDEX "public"."ix_conversations_assignee"`);
    await queryRunner.query(`DROP INDEX "public"."ix_conversations_first_inbound"`);
    await queryRunner.query(`DROP TABLE "conversations"`);
    await queryRunner.query(`DROP TABLE "contacts"`);
    await queryRunner.query(`DROP TABLE "contact_identities"`);
    await queryRunner.query(`DROP TABLE "channel_accounts"`);
    await queryRunner.query(`DROP INDEX "public"."ix_inbound_events_unprocessed"`);
    await queryRunner.query(`DROP TABLE "inbound_events"`);
    await queryRunner.query(`DROP TABLE "webhook_deliveries"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP TABLE "teams"`);
  }
}
