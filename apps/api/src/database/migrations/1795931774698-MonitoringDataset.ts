import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MonitoringDataset1795931774698 implements MigrationInterface {
  name = 'MonitoringDataset1795931774698';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."dataset" ADD VALUE 'MONITORING'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."dataset_old" AS ENUM('PLACES', 'PROJECTS', 'FUNDS')`);
    await queryRunner.query(
      `ALTER TABLE "api_token" ALTER COLUMN "datasets" TYPE "public"."dataset_old"[] USING "datasets"::"text"::"public"."dataset_old"[]`,
    );
    await queryRunner.query(`DROP TYPE "public"."dataset"`);
    await queryRunner.query(`ALTER TYPE "public"."dataset_old" RENAME TO "dataset"`);
  }
}
