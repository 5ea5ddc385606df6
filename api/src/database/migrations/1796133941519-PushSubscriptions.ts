import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Devices of advisors and supervisors subscribed to Web Push for crises outside office hours. */
export class PushSubscriptions1796133941519 implements MigrationInterface {
  name = 'PushSubscriptions1796133941519';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "push_subscriptions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "endpoint" text NOT NULL, "p256dh" text NOT NULL, "auth" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_757fc8f00c34f66832668dc2e53" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_push_subscriptions_user" ON "push_subscriptions" ("user_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_push_subscriptions_endpoint" ON "push_subscriptions" ("endpoint") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_push_subscriptions_endpoint"`);
    await queryRunner.query(`DROP INDEX "public"."ix_push_subscriptions_user"`);
    await queryRunner.query(`DROP TABLE "push_subscriptions"`);
  }
}
