-- Roles that a request's JWT `role` claim maps to (as PostgREST does), and the API's login role.
-- Applied everywhere, Supabase included (which already has anon and authenticated).
-- Idempotent: roles are cluster-wide, so a second database on the same server finds them made.
DO $$
DECLARE
  r text;
BEGIN
  FOREACH r IN ARRAY ARRAY['anon', 'authenticated', 'admin', 'service', 'whatsapp_service'] LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
      EXECUTE format('CREATE ROLE %I NOLOGIN NOINHERIT', r);
    END IF;
  END LOOP;
  -- The request pool logs in as this role: it owns nothing, cannot bypass RLS, and can only
  -- become one of the five roles above, so even an injected RESET ROLE reads nothing.
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'psybook_api') THEN
    CREATE ROLE psybook_api LOGIN NOINHERIT NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
END
$$;

GRANT anon, authenticated, admin, service, whatsapp_service TO psybook_api;
