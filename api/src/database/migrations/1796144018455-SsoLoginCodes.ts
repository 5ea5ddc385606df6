import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Single sign-on: one-time codes the console trades for a session after the provider sent the user back. */
export class SsoLoginCodes1796144018455 implements MigrationInterface {
  name = 'SsoLoginCodes1796144018455';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "sso_login_codes" ("code_hash" text NOT NULL, "user_id" uuid NOT NULL, "mfa" boolean NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "pk_sso_login_codes" PRIMARY KEY ("code_hash"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "sso_login_codes"`);
  }
}
