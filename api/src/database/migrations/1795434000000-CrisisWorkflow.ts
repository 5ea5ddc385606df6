import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Crisis and safeguarding work: who closed a conversation and why when nobody had answered, the newest
 * danger for the first-contact lane, the on-call escalation, and the crisis policy.
 */
export class CrisisWorkflow1795434000000 implements MigrationInterface {
  name = 'CrisisWorkflow1795434000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "conversations" ADD "resolved_by" uuid`);
    await queryRunner.query(`ALTER TABLE "conversations" ADD "danger_since" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `ALTER TABLE "conversations" ADD "closed_unanswered_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(`ALTER TABLE "conversations" ADD "closed_unanswered_by" uuid`);
    await queryRunner.query(`ALTER TABLE "conversations" ADD "close_reason" text`);
    await queryRunner.query(
      `ALTER TABLE "conversations" ADD "first_contact_escalated_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(
      `CREATE TABLE "crisis_policy" ("id" smallint NOT NULL DEFAULT 1, "call_back_due_s" integer NOT NULL, "retry_due_s" integer NOT NULL, "max_failed_attempts" integer NOT NULL, "first_contact_escalate_s" integer NOT NULL, "on_call_team_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_crisis_policy" PRIMARY KEY ("id"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "crisis_policy"`);
    await queryRunner.query(`ALTER TABLE "conversations" DROP COLUMN "first_contact_escalated_at"`);
    await queryRunner.query(`ALTER TABLE "conversations" DROP COLUMN "close_reason"`);
    await queryRunner.query(`ALTER TABLE "conversations" DROP COLUMN "closed_unanswered_by"`);
    await queryRunner.query(`ALTER TABLE "conversations" DROP COLUMN "closed_unanswered_at"`);
    await queryRunner.query(`ALTER TABLE "conversations" DROP COLUMN "danger_since"`);
    await queryRunner.query(`ALTER TABLE "conversations" DROP COLUMN "resolved_by"`);
  }
}
