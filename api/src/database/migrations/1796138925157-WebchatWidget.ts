import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Web chat: widget accounts (allowed origins, colours, privacy notice), anonymous visitors, message limits. */
export class WebchatWidget1796138925157 implements MigrationInterface {
  name = 'WebchatWidget1796138925157';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "webchat_visitors" ("id" uuid NOT NULL, "account_key" text NOT NULL, "phone_requested_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_95c8014624d5064e26907b1e3c5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_webchat_visitors_seen" ON "webchat_visitors" ("last_seen_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "webchat_rate_limits" ("bucket" text NOT NULL, "window_start" TIMESTAMP WITH TIME ZONE NOT NULL, "count" integer NOT NULL, CONSTRAINT "PK_8f3e241795c80c425231484b774" PRIMARY KEY ("bucket"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "webchat_accounts" ("key" text NOT NULL, "name" text NOT NULL, "allowed_origins" text array NOT NULL DEFAULT '{}', "language" text NOT NULL DEFAULT 'nl', "primary_color" text NOT NULL DEFAULT '#0f766e', "text_color" text NOT NULL DEFAULT '#ffffff', "privacy_nl" text, "privacy_en" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cff9366e5849074d21b858b4393" PRIMARY KEY ("key"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "webchat_accounts"`);
    await queryRunner.query(`DROP TABLE "webchat_rate_limits"`);
    await queryRunner.query(`DROP INDEX "public"."ix_webchat_visitors_seen"`);
    await queryRunner.query(`DROP TABLE "webchat_visitors"`);
  }
}
