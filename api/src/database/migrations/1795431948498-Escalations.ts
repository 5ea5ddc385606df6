import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Escalations1795431948498 implements MigrationInterface {
  name = 'Escalations1795431948498';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "escalations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "conversation_id" uuid NOT NULL, "team_id" uuid NOT NULL, "mode" text NOT NULL, "status" text NOT NULL DEFAULT 'open', "reason" text NOT NULL, "priority" text NOT NULL, "requested_by" uuid, "accepted_by" uuid, "response" text, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "answered_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_652a394609addaa4b0f2b3032a1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_escalations_requested_by" ON "escalations" ("requested_by", "status") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_escalations_conversation" ON "escalations" ("conversation_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_escalations_team_queue" ON "escalations" ("team_id", "status", "due_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "escalations" ADD CONSTRAINT "FK_efe9aa1c7727187f5e1dec79610" FOREIGN KEY ("conversation_id") REFERENCES "conversations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "escalations" ADD CONSTRAINT "FK_0d9b70557669a526e38d722c153" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "escalations" ADD CONSTRAINT "FK_bfe746cc794a978820bd01abd2b" FOREIGN KEY ("requested_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "escalations" ADD CONSTRAINT "FK_f55f3940955d81905da42b1d34e" FOREIGN KEY ("accepted_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "escalations" DROP CONSTRAINT "FK_f55f3940955d81905da42b1d34e"`);
    await queryRunner.query(`ALTER TABLE "escalations" DROP CONSTRAINT "FK_bfe746cc794a978820bd01abd2b"`);
    await queryRunner.query(`ALTER TABLE "escalations" DROP CONSTRAINT "FK_0d9b70557669a526e38d722c153"`);
    await queryRunner.query(`ALTER TABLE "escalations" DROP CONSTRAINT "FK_efe9aa1c7727187f5e1dec79610"`);
    await queryRunner.query(`DROP INDEX "public"."ix_escalations_team_queue"`);
    await queryRunner.query(`DROP INDEX "public"."ix_escalations_conversation"`);
    await queryRunner.query(`DROP INDEX "public"."ix_escalations_requested_by"`);
    await queryRunner.query(`DROP TABLE "escalations"`);
  }
}
