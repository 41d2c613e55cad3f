-- Our privileges hold on any host, not only where new tables start with none. Supabase's init
-- scripts run `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON TABLES, SEQUENCES,
-- FUNCTIONS TO anon, authenticated, service_role`, so there every table of schema.sql came with
-- every privilege (TRUNCATE included) for those roles, and the column lists of policies.sql
-- limited nothing, through our API or Supabase's Data API (public anon key). This file takes
-- back what a host gave and states our grants again, exactly; on plain Postgres and PGlite the
-- privileges after it are the ones before it. Roles a host may lack (service_role, authenticator)
-- are named only where they exist.

-- Everything any of these roles holds on our objects in public is taken back first; the GRANTs
-- below are then the whole of it. service_role is Supabase's (its key bypasses RLS): it gets no
-- privilege of ours either, nor keeps what the private tables brought along from public (0001).
DO $$
DECLARE
  grantees text := (
    SELECT string_agg(quote_ident(rolname), ', ' ORDER BY rolname) FROM pg_roles
    WHERE rolname IN ('anon', 'authenticated', 'admin', 'service', 'whatsapp_service', 'service_role')
  );
BEGIN
  EXECUTE 'REVOKE ALL ON TABLE public.users, public.psychologists, public.availability, public.appointments,
    public.metrics, public.chat_sessions, public.session_states FROM ' || grantees;
  EXECUTE 'REVOKE ALL ON SEQUENCE public.users_id_seq, public.psychologists_id_seq, public.availability_id_seq,
    public.appointments_id_seq, public.metrics_id_seq, public.chat_sessions_id_seq, public.session_states_id_seq
    FROM ' || grantees;
  EXECUTE 'REVOKE ALL ON FUNCTION public.busy_ranges(integer, date, date), public.my_patient_ids(),
    public.update_updated_at_column(), public.enforce_appointment_status_transition() FROM ' || grantees;
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'service_role') THEN
    REVOKE ALL ON psybook_private.manage_tokens, psybook_private.idempotency_keys,
      psybook_private.rate_limit_hits, psybook_private.whatsapp_processed_messages FROM service_role;
  END IF;
END
$$;

-- The grants of policies.sql for public, as they stand after 0001 (the private tables' are 0001's).
-- Anonymous visitors see who can be booked and when.
GRANT SELECT ON public.psychologists, public.availability TO anon, authenticated, service, whatsapp_service;
-- Signed-in people: their own rows as the policies allow, and of an appointment only its
-- status and notes, of a profile only name, phone, email or bio.
GRANT SELECT, INSERT ON public.users TO authenticated;
GRANT UPDATE (first_name, last_name, phone, email) ON public.users TO authenticated;
GRANT UPDATE (first_name, last_name, phone, bio) ON public.psychologists TO authenticated;
GRANT INSERT, UPDATE, DELETE ON public.availability TO authenticated;
GRANT SELECT, INSERT, DELETE ON public.appointments TO authenticated;
GRANT UPDATE (status, notes) ON public.appointments TO authenticated;
GRANT SELECT ON public.chat_sessions TO authenticated;
-- Admins manage everything in public (rows, never the tables themselves).
GRANT SELECT, INSERT, UPDATE, DELETE ON public.users, public.psychologists, public.availability,
  public.appointments, public.metrics, public.chat_sessions, public.session_states TO admin;
-- The API's bookings and metric ingest, and the bot's bookings, chats and conversation states.
GRANT SELECT, INSERT, UPDATE ON public.users, public.appointments TO service, whatsapp_service;
GRANT INSERT ON public.metrics TO service, whatsapp_service;
GRANT SELECT, INSERT, UPDATE, DELETE ON public.chat_sessions, public.session_states TO whatsapp_service;
-- Inserting a row takes the next id.
GRANT USAGE ON SEQUENCE public.users_id_seq, public.psychologists_id_seq, public.availability_id_seq,
  public.appointments_id_seq, public.metrics_id_seq, public.chat_sessions_id_seq, public.session_states_id_seq
  TO authenticated, admin, service, whatsapp_service;
-- Free times for everyone; a psychologist's own patients for the policy that shows them.
GRANT EXECUTE ON FUNCTION public.busy_ranges(integer, date, date)
  TO anon, authenticated, admin, service, whatsapp_service;
GRANT EXECUTE ON FUNCTION public.my_patient_ids() TO authenticated;

-- Emptying a table (TRUNCATE skips RLS), referencing it from a foreign key or adding triggers to
-- it is the owner's alone: whoever else holds one of those on a table of ours loses it
-- (MAINTAIN too, on Postgres 17, which also lets its holder LOCK the table).
DO $$
DECLARE
  held record;
BEGIN
  FOR held IN
    SELECT c.oid::regclass AS tbl, a.privilege_type,
           CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(a.grantee)) END AS grantee
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    CROSS JOIN LATERAL aclexplode(c.relacl) a
    WHERE c.relkind IN ('r', 'p')
      AND (n.nspname = 'psybook_private' OR (n.nspname = 'public' AND c.relname IN
        ('users', 'psychologists', 'availability', 'appointments', 'metrics', 'chat_sessions', 'session_states')))
      AND a.grantee <> c.relowner
      AND a.privilege_type IN ('TRUNCATE', 'REFERENCES', 'TRIGGER', 'MAINTAIN')
  LOOP
    EXECUTE format('REVOKE %s ON TABLE %s FROM %s', held.privilege_type, held.tbl, held.grantee);
  END LOOP;
END
$$;

-- What this role creates in public from now on starts with no privileges for the API roles,
-- as on plain Postgres: each migration grants what it means. (A host's defaults for other
-- creators, e.g. Supabase's supabase_admin, are theirs: a role may change only its own.)
DO $$
DECLARE
  grantees text := (
    SELECT string_agg(quote_ident(rolname), ', ' ORDER BY rolname) FROM pg_roles
    WHERE rolname IN ('anon', 'authenticated', 'service_role')
  );
BEGIN
  EXECUTE 'ALTER DEFAULT PRIVILEGES FOR ROLE CURRENT_USER IN SCHEMA public REVOKE ALL ON TABLES FROM ' || grantees;
  EXECUTE 'ALTER DEFAULT PRIVILEGES FOR ROLE CURRENT_USER IN SCHEMA public REVOKE ALL ON SEQUENCES FROM ' || grantees;
  EXECUTE 'ALTER DEFAULT PRIVILEGES FOR ROLE CURRENT_USER IN SCHEMA public REVOKE ALL ON FUNCTIONS FROM ' || grantees;
END
$$;

-- SQL that runs as the request role and names auth.uid() is resolved as that role, which then
-- needs USAGE on auth (policies do not: they hold the function itself). db/auth.sql grants it to
-- all five; a host's auth schema grants it to its own API roles only. Where the migration role
-- has no grant option on the host's auth schema (Supabase's postgres), GRANT grants nothing
-- and only warns; this names the roles left without it (0004 makes our SQL need it only for
-- `authenticated`).
DO $$
DECLARE
  r text;
BEGIN
  FOREACH r IN ARRAY ARRAY['admin', 'service', 'whatsapp_service'] LOOP
    IF NOT has_schema_privilege(r, 'auth', 'USAGE') THEN
      BEGIN
        EXECUTE format('GRANT USAGE ON SCHEMA auth TO %I', r);
      EXCEPTION WHEN insufficient_privilege THEN
        NULL;
      END;
      IF NOT has_schema_privilege(r, 'auth', 'USAGE') THEN
        RAISE NOTICE 'role % has no USAGE on schema auth: % holds no grant option on it', r, current_user;
      END IF;
    END IF;
  END LOOP;
END
$$;

-- PostgREST (Supabase's Data API) logs in as authenticator and switches to the role a token
-- names; it can switch only to roles it was granted, so an admin token meant nothing there.
DO $$
DECLARE
  r text;
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'authenticator') THEN
    FOREACH r IN ARRAY ARRAY['admin', 'service', 'whatsapp_service'] LOOP
      IF NOT pg_has_role('authenticator', r, 'MEMBER') THEN
        BEGIN
          EXECUTE format('GRANT %I TO authenticator', r);
        EXCEPTION
          -- Roles are cluster-wide: another database's migration granted it at the same moment.
          WHEN unique_violation THEN
            NULL;
          WHEN insufficient_privilege THEN
            RAISE WARNING 'authenticator cannot become %: % may not grant it; run GRANT % TO authenticator as a role that may',
              r, current_user, r;
        END;
      END IF;
    END LOOP;
  END IF;
END
$$;
