-- Admins on a Supabase project. Supabase Auth signs every user's access token with
-- `role: authenticated`, so no Supabase token is ever `admin` (an `app_metadata.role` is only a
-- claim inside the token, not the role our API or Supabase's Data API switches to). This Custom
-- Access Token hook (supabase.com/docs/guides/auth/auth-hooks/custom-access-token-hook) sets the
-- `role` claim to `admin` for the clinic's admins: the users listed in public.clinic_admins, and
-- those whose app_metadata.role is 'admin' (app_metadata is written only with the service key or
-- from the dashboard, never by the user). Everyone else's token is left as Supabase Auth made it.
--
-- Apply it on a Supabase project only, after `npm run db:migrate`, as the project's postgres
-- (the SQL editor, or psql on the direct connection string), then enable the hook in the
-- dashboard: README.md, "Admins on Supabase". Applying it again changes nothing.
-- It is not a migration: it needs Supabase's supabase_auth_admin role, and roles are
-- cluster-wide, so a migration guarded on that role would give a plain Postgres database a
-- different schema depending on what else its server hosts (as on a shared test server).

BEGIN;

-- Additions (not in the seed): who the clinic's admins are, one row per Supabase Auth user.
CREATE TABLE IF NOT EXISTS public.clinic_admins (
  auth_id uuid PRIMARY KEY REFERENCES auth.users (id) ON DELETE CASCADE
);
ALTER TABLE public.clinic_admins ENABLE ROW LEVEL SECURITY;

-- Exactly these privileges, whatever the project's default privileges gave: admins read the
-- list, Supabase Auth reads it to issue tokens, and only the owner (postgres) changes it.
REVOKE ALL ON public.clinic_admins
  FROM PUBLIC, anon, authenticated, service_role, admin, service, whatsapp_service, supabase_auth_admin;
GRANT SELECT ON public.clinic_admins TO admin, supabase_auth_admin;

DROP POLICY IF EXISTS "Admins can see the clinic's admins" ON public.clinic_admins;
CREATE POLICY "Admins can see the clinic's admins"
ON public.clinic_admins FOR SELECT
TO admin
USING ((select auth.jwt()) ->> 'role' = 'admin');

-- Supabase Auth calls the hook as supabase_auth_admin, inside the sign-in's own transaction.
DROP POLICY IF EXISTS "Supabase Auth reads the clinic's admins" ON public.clinic_admins;
CREATE POLICY "Supabase Auth reads the clinic's admins"
ON public.clinic_admins FOR SELECT
TO supabase_auth_admin
USING (true);

-- The event is {user_id, claims, authentication_method}; Supabase Auth signs the claims the
-- hook returns. Not SECURITY DEFINER (Supabase's advice): it runs with supabase_auth_admin's
-- privileges, which are the two grants below and the SELECT above.
CREATE OR REPLACE FUNCTION public.custom_access_token_hook(event jsonb)
RETURNS jsonb
LANGUAGE sql STABLE
SET search_path = ''
AS $$
  SELECT CASE
    WHEN EXISTS (SELECT 1 FROM public.clinic_admins a WHERE a.auth_id = (event ->> 'user_id')::uuid)
      OR event #>> '{claims,app_metadata,role}' = 'admin'
    THEN jsonb_set(event, '{claims,role}', '"admin"')
    ELSE event
  END
$$;

-- Only Supabase Auth may call it; through the Data API nobody can.
REVOKE ALL ON FUNCTION public.custom_access_token_hook(jsonb)
  FROM PUBLIC, anon, authenticated, service_role, admin, service, whatsapp_service;
GRANT EXECUTE ON FUNCTION public.custom_access_token_hook(jsonb) TO supabase_auth_admin;
GRANT USAGE ON SCHEMA public TO supabase_auth_admin;

COMMIT;
