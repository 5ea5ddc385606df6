import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Spikes and their bulk answers, the organisation's topics and goals; topics per message; a region per account. */
export class Insight1796138976790 implements MigrationInterface {
  name = 'Insight1796138976790';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "spike_arrivals" ("key" text NOT NULL, "message_id" uuid NOT NULL, "conversation_id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_352ce647401de7db9eff904ff70" PRIMARY KEY ("key", "message_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_spike_arrivals_at" ON "spike_arrivals" ("at") `);
    await queryRunner.query(`CREATE INDEX "ix_spike_arrivals_key_at" ON "spike_arrivals" ("key", "at") `);
    await queryRunner.query(
      `CREATE TABLE "spikes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "key" text NOT NULL, "post_id" text, "topic" text, "channel" text, "channel_account_id" uuid, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expected" double precision NOT NULL, "confirmed_count" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bf3668f92034cbf26f3d3ce9d77" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_spikes_last" ON "spikes" ("last_at") `);
    await queryRunner.query(`CREATE INDEX "ix_spikes_key_last" ON "spikes" ("key", "last_at") `);
    await queryRunner.query(
      `CREATE TABLE "spike_replies" ("spike_id" uuid NOT NULL, "conversation_id" uuid NOT NULL, "message_id" uuid NOT NULL, "author_id" uuid NOT NULL, "send_after" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b04f1b0bb0bb4a746911c7bc627" PRIMARY KEY ("spike_id", "conversation_id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_spike_replies_message" ON "spike_replies" ("message_id") `,
    );
    await queryRunner.query(`CREATE INDEX "ix_spike_replies_send_after" ON "spike_replies" ("send_after") `);
    await queryRunner.query(
      `CREATE TABLE "topics" ("code" text NOT NULL, "label_nl" text NOT NULL, "label_en" text NOT NULL, "phrases" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_928bc2d3805e0e6a7519f57ba00" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "goals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "metric" text NOT NULL, "channel" text, "target" double precision NOT NULL, "set_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_26e17b251afab35580dff769223" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`ALTER TABLE "channel_accounts" ADD "region" text`);
    await queryRunner.query(`ALTER TABLE "messages" ADD "topics" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(
      `CREATE INDEX "ix_messages_topics_sent" ON "messages" ("sent_at") WHERE direction = 'in' AND topics <> '{}'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_messages_topics_sent"`);
    await queryRunner.query(`ALTER TABLE "messages" DROP COLUMN "topics"`);
    await queryRunner.query(`ALTER TABLE "channel_accounts" DROP COLUMN "region"`);
    await queryRunner.query(`DROP TABLE "goals"`);
    await queryRunner.query(`DROP TABLE "topics"`);
    await queryRunner.query(`DROP INDEX "public"."ix_spike_replies_send_after"`);
    await queryRunner.query(`DROP INDEX "public"."uq_spike_replies_message"`);
    await queryRunner.query(`DROP TABLE "spike_replies"`);
    await queryRunner.query(`DROP INDEX "public"."ix_spikes_key_last"`);
    await queryRunner.query(`DROP INDEX "public"."ix_spikes_last"`);
    await queryRunner.query(`DROP TABLE "spikes"`);
    await queryRunner.query(`DROP INDEX "public"."ix_spike_arrivals_key_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_spike_arrivals_at"`);
    await queryRunner.query(`DROP TABLE "spike_arrivals"`);
  }
}
