import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The role the API's sessions run as (`SET role` at connection start, see data-source.ts): it reads
 * and writes the tables, may add to the audit trail but neither change nor remove it, and owns
 * nothing, so it cannot drop or alter a table or switch a trigger off. Migrations run as the owner.
 * Where the migrating user may not create roles (some managed servers), the role is left out and the
 * API runs as the connecting user; the triggers still guard the audit trail.
 */
export class AppRole1795924159251 implements MigrationInterface {
  name = 'AppRole1795924159251';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DO $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'hanbin_app') THEN
          IF NOT (SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user) THEN
            RAISE NOTICE 'cannot create role hanbin_app; the API will run as the connecting user';
            RETURN;
          END IF;
          CREATE ROLE hanbin_app NOLOGIN;
        END IF;
        GRANT hanbin_app TO CURRENT_USER;
        GRANT USAGE ON SCHEMA public TO hanbin_app;
        GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO hanbin_app;
        GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO hanbin_app;
        REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM hanbin_app;
        REVOKE ALL ON migrations FROM hanbin_app;
        -- Tables later migrations create are usable too; each migration that adds an append-only
        -- table revokes what it must.
        ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO hanbin_app;
        ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO hanbin_app;
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DO $$
      BEGIN
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'hanbin_app') THEN
          ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON TABLES FROM hanbin_app;
          ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON SEQUENCES FROM hanbin_app;
          REVOKE ALL ON ALL TABLES IN SCHEMA public FROM hanbin_app;
          REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM hanbin_app;
          REVOKE USAGE ON SCHEMA public FROM hanbin_app;
        END IF;
      END $$`);
  }
}
