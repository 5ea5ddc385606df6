import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A reply sent as an approved WhatsApp template keeps the template's name, language and variables. */
export class MessageTemplates1795434000000 implements MigrationInterface {
  name = 'MessageTemplates1795434000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "messages" ADD "template" jsonb`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "messages" DROP COLUMN "template"`);
  }
}
