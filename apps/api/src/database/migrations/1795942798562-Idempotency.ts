import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Idempotency1795942798562 implements MigrationInterface {
  name = 'Idempotency1795942798562';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "idempotency_key" ("principal" character varying(60) NOT NULL, "key" character varying(100) NOT NULL, "operation" character varying(60) NOT NULL, "request_hash" character(64) NOT NULL, "result_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_58f453824c55154128cad7e4a60" PRIMARY KEY ("principal", "key"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "idempotency_key"`);
  }
}
