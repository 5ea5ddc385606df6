import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Web chat: a widget account can be switched off (and on again) without losing its conversations. */
export class WebchatAccountActive1796150000000 implements MigrationInterface {
  name = 'WebchatAccountActive1796150000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "webchat_accounts" ADD "active" boolean NOT NULL DEFAULT true`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "webchat_accounts" DROP COLUMN "active"`);
  }
}
