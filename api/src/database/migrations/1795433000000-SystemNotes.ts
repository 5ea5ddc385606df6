import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Notes the inbox writes itself keep their code and parameters, so consoles word them in their language. */
export class SystemNotes1795433000000 implements MigrationInterface {
  name = 'SystemNotes1795433000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "messages" ADD "note_code" text`);
    await queryRunner.query(`ALTER TABLE "messages" ADD "note_params" jsonb`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "messages" DROP COLUMN "note_params"`);
    await queryRunner.query(`ALTER TABLE "messages" DROP COLUMN "note_code"`);
  }
}
