-- The status trigger names auth.uid(), and plpgsql resolves that name as the role changing the
-- status, which needs USAGE on schema auth. On Supabase admin, service and whatsapp_service have
-- none and the project's postgres cannot grant it (0002 warns), so an admin confirming, the
-- booking API cancelling through a manage link or the bot cancelling failed there with
-- "permission denied for schema auth". The rule is the same; only the patient check, the one
-- part that needs auth.uid(), is now reached (and so resolved) only for `authenticated`, whose
-- USAGE on auth every host grants. Privileges and the trigger stay as they are.
CREATE OR REPLACE FUNCTION public.enforce_appointment_status_transition()
RETURNS TRIGGER AS $$
BEGIN
  IF NEW.status IS DISTINCT FROM OLD.status AND NOT (
    (OLD.status = 'scheduled' AND NEW.status IN ('confirmed', 'cancelled', 'completed')) OR
    (OLD.status = 'confirmed' AND NEW.status IN ('cancelled', 'completed'))
  ) THEN
    RAISE EXCEPTION 'appointment status cannot change from % to %', OLD.status, NEW.status
      USING ERRCODE = 'check_violation', CONSTRAINT = 'appointments_status_transition';
  END IF;
  -- A signed-in patient may cancel their appointment, not confirm or complete it: those are
  -- the psychologist's (the seed's update policy and the column grant cannot say this).
  IF NEW.status IS DISTINCT FROM OLD.status AND NEW.status <> 'cancelled'
     AND current_user = 'authenticated'
  THEN
    IF EXISTS (SELECT 1 FROM users u WHERE u.id = NEW.user_id AND u.auth_id = auth.uid())
       AND NOT EXISTS (SELECT 1 FROM psychologists p WHERE p.id = NEW.psychologist_id AND p.auth_id = auth.uid())
    THEN
      RAISE EXCEPTION 'a patient can only cancel an appointment'
        USING ERRCODE = 'check_violation', CONSTRAINT = 'appointments_status_transition';
    END IF;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
