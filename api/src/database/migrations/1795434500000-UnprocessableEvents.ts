import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Events that failed every retry are marked, so supervisors see them and can retry them. */
export class UnprocessableEvents1795434500000 implements MigrationInterface {
  name = 'UnprocessableEvents1795434500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "inbound_events" ADD "failed_at" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "inbound_events" DROP COLUMN "failed_at"`);
  }
}
