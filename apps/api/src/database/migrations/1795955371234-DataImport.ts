import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DataImport1795955371234 implements MigrationInterface {
  name = 'DataImport1795955371234';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."import_status" AS ENUM('CHECKED', 'REJECTED', 'COMMITTED')`);
    await queryRunner.query(
      `CREATE TABLE "import_batch" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "dataset" character varying(40) NOT NULL, "file_name" character varying(200) NOT NULL, "sha256" character(64) NOT NULL, "byte_size" integer NOT NULL, "file" bytea NOT NULL, "user_id" uuid NOT NULL, "status" "public"."import_status" NOT NULL, "rows" integer NOT NULL, "created" integer NOT NULL DEFAULT '0', "updated" integer NOT NULL DEFAULT '0', "unchanged" integer NOT NULL DEFAULT '0', "problem_count" integer NOT NULL DEFAULT '0', "problems" jsonb NOT NULL DEFAULT '[]', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "committed_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_f408daa3bbc77ffc37eca041312" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "import_batch_owner_idx" ON "import_batch"  ("user_id", "created_at") `);
    await queryRunner.query(
      `ALTER TABLE "import_batch" ADD CONSTRAINT "FK_8ac98d5dc63628e7e9f25c04426" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "import_batch" DROP CONSTRAINT "FK_8ac98d5dc63628e7e9f25c04426"`);
    await queryRunner.query(`DROP INDEX "public"."import_batch_owner_idx"`);
    await queryRunner.query(`DROP TABLE "import_batch"`);
    await queryRunner.query(`DROP TYPE "public"."import_status"`);
  }
}
