-- The second wall between offices (the first is the query scope of lib/offices/scope.ts): row-level
-- security on every table whose rows name an office. The application's requests run as the role
-- ect_app (lib/db/office-pools.ts: each office's connections start with `role=ect_app` and
-- `ect.office_id=<id>`), which sees and writes only that office's rows. The owner and superusers
-- (migrations, the scheduler, cross-office reads of published content) are not subject to it.

DO $$
BEGIN
  CREATE ROLE ect_app NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL; -- roles belong to the whole server: another database of it made it already
END
$$;

-- The connecting user switches to ect_app at connection start, which needs membership.
DO $$
BEGIN
  EXECUTE format('GRANT ect_app TO %I', current_user);
EXCEPTION WHEN OTHERS THEN
  NULL; -- already a member, or a superuser (who needs none)
END
$$;

GRANT USAGE ON SCHEMA public TO ect_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ect_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ect_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ect_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ect_app;

-- The office a connection serves: its ect.office_id setting, else the install's default office.
CREATE FUNCTION ect_office_id() RETURNS INTEGER LANGUAGE sql STABLE AS
  $$ SELECT COALESCE(NULLIF(current_setting('ect.office_id', true), '')::integer, default_office_id()) $$;

ALTER TABLE "User" ENABLE ROW LEVEL SECURITY;
CREATE POLICY office_wall ON "User" TO ect_app
  USING ("officeId" = ect_office_id()) WITH CHECK ("officeId" = ect_office_id());

ALTER TABLE "Post" ENABLE ROW LEVEL SECURITY;
CREATE POLICY office_wall ON "Post" TO ect_app
  USING ("officeId" = ect_office_id()) WITH CHECK ("officeId" = ect_office_id());

ALTER TABLE "Asset" ENABLE ROW LEVEL SECURITY;
CREATE POLICY office_wall ON "Asset" TO ect_app
  USING ("officeId" = ect_office_id()) WITH CHECK ("officeId" = ect_office_id());

ALTER TABLE "Tag" ENABLE ROW LEVEL SECURITY;
CREATE POLICY office_wall ON "Tag" TO ect_app
  USING ("officeId" = ect_office_id()) WITH CHECK ("officeId" = ect_office_id());

ALTER TABLE "Event" ENABLE ROW LEVEL SECURITY;
CREATE POLICY office_wall ON "Event" TO ect_app
  USING ("officeId" = ect_office_id()) WITH CHECK ("officeId" = ect_office_id());

ALTER TABLE "SiteSettings" ENABLE ROW LEVEL SECURITY;
CREATE POLICY office_wall ON "SiteSettings" TO ect_app
  USING ("officeId" = ect_office_id()) WITH CHECK ("officeId" = ect_office_id());

ALTER TABLE "AuditLog" ENABLE ROW LEVEL SECURITY;
CREATE POLICY office_wall ON "AuditLog" TO ect_app
  USING ("officeId" = ect_office_id()) WITH CHECK ("officeId" = ect_office_id());

ALTER TABLE "OnlineVisitor" ENABLE ROW LEVEL SECURITY;
CREATE POLICY office_wall ON "OnlineVisitor" TO ect_app
  USING ("officeId" = ect_office_id()) WITH CHECK ("officeId" = ect_office_id());

ALTER TABLE "Election" ENABLE ROW LEVEL SECURITY;
CREATE POLICY office_wall ON "Election" TO ect_app
  USING ("officeId" = ect_office_id()) WITH CHECK ("officeId" = ect_office_id());

ALTER TABLE "OfficePage" ENABLE ROW LEVEL SECURITY;
CREATE POLICY office_wall ON "OfficePage" TO ect_app
  USING ("officeId" = ect_office_id()) WITH CHECK ("officeId" = ect_office_id());

ALTER TABLE "Executive" ENABLE ROW LEVEL SECURITY;
CREATE POLICY office_wall ON "Executive" TO ect_app
  USING ("officeId" = ect_office_id()) WITH CHECK ("officeId" = ect_office_id());

ALTER TABLE "ProcurementDisclosure" ENABLE ROW LEVEL SECURITY;
CREATE POLICY office_wall ON "ProcurementDisclosure" TO ect_app
  USING ("officeId" = ect_office_id()) WITH CHECK ("officeId" = ect_office_id());

ALTER TABLE "CentralPin" ENABLE ROW LEVEL SECURITY;
CREATE POLICY office_wall ON "CentralPin" TO ect_app
  USING ("officeId" = ect_office_id()) WITH CHECK ("officeId" = ect_office_id());

-- A platform administrator acting in another office leaves their name on its posts and audit
-- entries: that office may read (only read) their account's row.
CREATE POLICY platform_admins_visible ON "User" FOR SELECT TO ect_app USING ("isPlatformAdmin");
