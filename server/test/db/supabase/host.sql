-- A Supabase-like host database, for tests only: what a new Supabase project's database holds
-- before our migrations run, reduced to what decides whether they hold there. Written for this
-- suite after Supabase's published init SQL (not a copy of it):
--   supabase/postgres migrations/db/init-scripts/00000000000000-initial-schema.sql
--     USAGE on public and, above all, the default privileges that give anon, authenticated and
--     service_role ALL on every new table, sequence and function in public (for the role that
--     ran the script, postgres, and for supabase_admin);
--   .../00000000000001-auth-schema.sql
--     schema auth owned by supabase_admin, auth.users, auth.uid()/role()/email(), USAGE on auth
--     for anon, authenticated and service_role only;
--   migrations/db/migrations/10000000000000_demote-postgres.sql, 20211115181400_update-auth-permissions.sql
--     what postgres holds on auth: ALL, but without grant option;
--   .../20211124212715_update-auth-owner.sql  the auth functions owned by supabase_auth_admin;
--   supabase/auth migrations 20220224000811_update_auth_functions.up.sql and
--     20220531120530_add_auth_jwt_function.up.sql (today's auth.uid(), auth.role(), auth.jwt()),
--     20240612123726_enable_rls_update_grants.up.sql (RLS on auth.users, SELECT to postgres with
--     grant option).
-- The cluster-wide part (the roles and their memberships) is in host.ts.
--
-- Left out, and why: the extensions schema and uuid-ossp, pgcrypto and pgjwt (pgjwt is not on
-- this machine, and our files use none of them: gen_random_uuid() is core); storage, realtime,
-- graphql, vault and pgsodium (our files touch none of them); the event triggers for pg_cron,
-- pg_net and PostgREST's schema cache (their extensions are not here); the other auth tables
-- (refresh_tokens, sessions, identities, mfa_*…) and most columns of auth.users that later
-- supabase/auth migrations add (our schema references only auth.users(id)); the per-role
-- statement timeouts (ALTER ROLE … SET is cluster-wide and would reach the other suites'
-- databases); supautils, a closed extension on the hosted platform.
--
-- Applied by a superuser to a new database owned by psybook_supabase_postgres, the stand-in for
-- Supabase's demoted `postgres` that runs a project's migrations (this machine's postgres is a
-- superuser, for whom no grant is ever missing).

-- The public schema: the API roles may look inside, and whatever the project's migration role
-- (or supabase_admin) creates there later is theirs entirely.
GRANT USAGE ON SCHEMA public TO psybook_supabase_postgres, anon, authenticated, service_role;
ALTER DEFAULT PRIVILEGES FOR ROLE psybook_supabase_postgres IN SCHEMA public
  GRANT ALL ON TABLES TO psybook_supabase_postgres, anon, authenticated, service_role;
ALTER DEFAULT PRIVILEGES FOR ROLE psybook_supabase_postgres IN SCHEMA public
  GRANT ALL ON FUNCTIONS TO psybook_supabase_postgres, anon, authenticated, service_role;
ALTER DEFAULT PRIVILEGES FOR ROLE psybook_supabase_postgres IN SCHEMA public
  GRANT ALL ON SEQUENCES TO psybook_supabase_postgres, anon, authenticated, service_role;
ALTER DEFAULT PRIVILEGES FOR ROLE supabase_admin IN SCHEMA public
  GRANT ALL ON TABLES TO psybook_supabase_postgres, anon, authenticated, service_role;
ALTER DEFAULT PRIVILEGES FOR ROLE supabase_admin IN SCHEMA public
  GRANT ALL ON FUNCTIONS TO psybook_supabase_postgres, anon, authenticated, service_role;
ALTER DEFAULT PRIVILEGES FOR ROLE supabase_admin IN SCHEMA public
  GRANT ALL ON SEQUENCES TO psybook_supabase_postgres, anon, authenticated, service_role;

-- Supabase Auth's schema: not the project's; the API roles may use it, nobody else.
CREATE SCHEMA auth AUTHORIZATION supabase_admin;

CREATE TABLE auth.users (
  instance_id uuid,
  id uuid NOT NULL UNIQUE,
  aud varchar(255),
  role varchar(255),
  email varchar(255) UNIQUE,
  encrypted_password varchar(255),
  confirmed_at timestamptz,
  last_sign_in_at timestamptz,
  raw_app_meta_data jsonb,
  raw_user_meta_data jsonb,
  is_super_admin boolean,
  created_at timestamptz,
  updated_at timestamptz,
  CONSTRAINT users_pkey PRIMARY KEY (id)
);
ALTER TABLE auth.users OWNER TO supabase_auth_admin;
ALTER TABLE auth.users ENABLE ROW LEVEL SECURITY;

-- Claims come from the transaction setting PostgREST sets per request (request.jwt.claims),
-- or from the single-claim settings of PostgREST before 9.
CREATE FUNCTION auth.uid() RETURNS uuid LANGUAGE sql STABLE AS $$
  SELECT coalesce(
    nullif(current_setting('request.jwt.claim.sub', true), ''),
    (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub')
  )::uuid
$$;
CREATE FUNCTION auth.role() RETURNS text LANGUAGE sql STABLE AS $$
  SELECT coalesce(
    nullif(current_setting('request.jwt.claim.role', true), ''),
    (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'role')
  )::text
$$;
CREATE FUNCTION auth.email() RETURNS text LANGUAGE sql STABLE AS $$
  SELECT coalesce(
    nullif(current_setting('request.jwt.claim.email', true), ''),
    (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'email')
  )::text
$$;
CREATE FUNCTION auth.jwt() RETURNS jsonb LANGUAGE sql STABLE AS $$
  SELECT coalesce(
    nullif(current_setting('request.jwt.claim', true), ''),
    nullif(current_setting('request.jwt.claims', true), '')
  )::jsonb
$$;
ALTER FUNCTION auth.uid() OWNER TO supabase_auth_admin;
ALTER FUNCTION auth.role() OWNER TO supabase_auth_admin;
ALTER FUNCTION auth.email() OWNER TO supabase_auth_admin;
ALTER FUNCTION auth.jwt() OWNER TO supabase_auth_admin;

GRANT USAGE ON SCHEMA auth TO anon, authenticated, service_role;
GRANT ALL ON SCHEMA auth TO supabase_auth_admin;
-- The project's postgres: everything on auth, but no grant option on the schema, so it cannot
-- pass USAGE on to a role of its own (GRANT only warns "no privileges were granted").
GRANT ALL ON SCHEMA auth TO psybook_supabase_postgres;
GRANT ALL ON ALL TABLES IN SCHEMA auth TO psybook_supabase_postgres;
GRANT ALL ON ALL ROUTINES IN SCHEMA auth TO psybook_supabase_postgres;
GRANT SELECT ON auth.users TO psybook_supabase_postgres WITH GRANT OPTION;
