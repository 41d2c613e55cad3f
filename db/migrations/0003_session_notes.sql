-- Clinical notes apart from the patient's note (hardening 6). `appointments.notes` is what the
-- patient wrote when booking, and the patient may read and change it; what a psychologist writes
-- about a session is health data (GDPR special category) that only that psychologist and the
-- clinic's admins may read or write. One note per appointment.
CREATE TABLE public.session_notes (
  appointment_id INTEGER PRIMARY KEY REFERENCES public.appointments(id) ON DELETE CASCADE,
  body TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- The seed's trigger function keeps updated_at honest here as on its own tables.
CREATE TRIGGER session_notes_touch_updated_at
BEFORE UPDATE ON public.session_notes
FOR EACH ROW EXECUTE FUNCTION public.update_updated_at_column();

ALTER TABLE public.session_notes ENABLE ROW LEVEL SECURITY;

-- The psychologist of the session, and only them, among signed-in people (a patient is
-- `authenticated` too, and matches no psychologist's auth_id).
CREATE POLICY "Psychologists can manage notes of their sessions"
ON public.session_notes FOR ALL
TO authenticated
USING (EXISTS (
  SELECT 1 FROM public.appointments a JOIN public.psychologists p ON p.id = a.psychologist_id
   WHERE a.id = session_notes.appointment_id AND p.auth_id = (select auth.uid())))
WITH CHECK (EXISTS (
  SELECT 1 FROM public.appointments a JOIN public.psychologists p ON p.id = a.psychologist_id
   WHERE a.id = session_notes.appointment_id AND p.auth_id = (select auth.uid())));

-- Admins run the clinic, as they may every appointment.
CREATE POLICY "Admins can manage all session notes"
ON public.session_notes FOR ALL
TO admin
USING ((select auth.jwt()) ->> 'role' = 'admin')
WITH CHECK ((select auth.jwt()) ->> 'role' = 'admin');

-- Exactly these; nobody else (anon, service, the bot, a host's defaults) gets the table.
DO $$
DECLARE
  grantees text := (
    SELECT string_agg(quote_ident(rolname), ', ' ORDER BY rolname) FROM pg_roles
    WHERE rolname IN ('anon', 'authenticated', 'admin', 'service', 'whatsapp_service', 'service_role')
  );
BEGIN
  EXECUTE 'REVOKE ALL ON TABLE public.session_notes FROM PUBLIC, ' || grantees;
END
$$;
GRANT SELECT, INSERT, UPDATE, DELETE ON public.session_notes TO authenticated, admin;
