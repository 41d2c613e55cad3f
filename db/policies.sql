-- Psybook Row Level Security. Everything above the "Additions" heading is the seed's policies
-- (shared/seed/000_41f25a0b5202738b.txt) with the seed's names, as written there.
-- Policies bind only roles that are not superusers, not BYPASSRLS and not table owners: the
-- API's pool logs in as psybook_api and switches to one of the five roles per transaction.
-- Frozen as the baseline with db/schema.sql: later changes go in new files under db/migrations/.

-- Policy: Users can only read/write their own data
CREATE POLICY "Users can see their own data" 
ON users FOR SELECT USING (auth.uid() = auth_id);

CREATE POLICY "Users can update their own data" 
ON users FOR UPDATE USING (auth.uid() = auth_id);

-- NEW POLICIES
CREATE POLICY "Users can insert their own data" 
ON users FOR INSERT WITH CHECK (auth.uid() = auth_id);

CREATE POLICY "Users cannot delete their accounts" 
ON users FOR DELETE USING (false);

-- Admin policy for user management (will need to be applied to all tables)
CREATE POLICY "Admins can manage all user data" 
ON users USING (auth.jwt() ->> 'role' = 'admin');

-- Policy: Everyone can see active psychologists
CREATE POLICY "Anyone can view active psychologists" 
ON psychologists FOR SELECT USING (is_active = TRUE);

-- NEW POLICIES
CREATE POLICY "Psychologists can update their own profile" 
ON psychologists FOR UPDATE 
USING (auth.uid() = auth_id);

CREATE POLICY "Only admins can create psychologist accounts" 
ON psychologists FOR INSERT
WITH CHECK (auth.jwt() ->> 'role' = 'admin');

CREATE POLICY "Only admins can delete psychologist accounts" 
ON psychologists FOR DELETE
USING (auth.jwt() ->> 'role' = 'admin');

-- Policy: All users can read availability
CREATE POLICY "Anyone can see availability" 
ON availability FOR SELECT USING (TRUE);

-- NEW POLICIES
CREATE POLICY "Psychologists can manage their own availability" 
ON availability FOR INSERT
WITH CHECK (
    auth.uid() IN (
        SELECT auth_id FROM psychologists WHERE id = availability.psychologist_id
    )
);

CREATE POLICY "Psychologists can update their own availability" 
ON availability FOR UPDATE
USING (
    auth.uid() IN (
        SELECT auth_id FROM psychologists WHERE id = availability.psychologist_id
    )
);

CREATE POLICY "Psychologists can delete their own availability" 
ON availability FOR DELETE
USING (
    auth.uid() IN (
        SELECT auth_id FROM psychologists WHERE id = availability.psychologist_id
    )
);

CREATE POLICY "Admins can manage all availability" 
ON availability 
USING (auth.jwt() ->> 'role' = 'admin');

-- Policy: Users can only see their own appointments
CREATE POLICY "Users can see their own appointments" 
ON appointments FOR SELECT 
USING (
    auth.uid() IN (
        SELECT auth_id FROM users WHERE id = appointments.user_id
    )
);

-- Policy: Psychologists can see appointments assigned to them
CREATE POLICY "Psychologists can see their appointments" 
ON appointments FOR SELECT 
USING (
    auth.uid() IN (
        SELECT auth_id FROM psychologists WHERE id = appointments.psychologist_id
    )
);

-- NEW POLICIES
CREATE POLICY "Users can create their own appointments" 
ON appointments FOR INSERT
WITH CHECK (
    auth.uid() IN (
        SELECT auth_id FROM users WHERE id = appointments.user_id
    )
);

CREATE POLICY "Users can update their own appointments" 
ON appointments FOR UPDATE
USING (
    auth.uid() IN (
        SELECT auth_id FROM users WHERE id = appointments.user_id
    )
);

CREATE POLICY "Psychologists can update their appointments" 
ON appointments FOR UPDATE
USING (
    auth.uid() IN (
        SELECT auth_id FROM psychologists WHERE id = appointments.psychologist_id
    )
);

CREATE POLICY "Users can cancel their own appointments" 
ON appointments FOR DELETE
USING (
    auth.uid() IN (
        SELECT auth_id FROM users WHERE id = appointments.user_id
    )
);

CREATE POLICY "Admins can manage all appointments" 
ON appointments 
USING (auth.jwt() ->> 'role' = 'admin');

CREATE POLICY "System services can insert metrics" 
ON metrics FOR INSERT
WITH CHECK (auth.jwt() ->> 'role' = 'service');

CREATE POLICY "Admins can view all metrics" 
ON metrics FOR SELECT
USING (auth.jwt() ->> 'role' = 'admin');

CREATE POLICY "No one can update metrics" 
ON metrics FOR UPDATE
USING (false);

CREATE POLICY "Only admins can delete metrics" 
ON metrics FOR DELETE
USING (auth.jwt() ->> 'role' = 'admin');

-- NEW POLICIES
CREATE POLICY "Users can see their own chat sessions" 
ON chat_sessions FOR SELECT
USING (
    auth.uid() IN (
        SELECT auth_id FROM users WHERE id = chat_sessions.user_id
    )
);

CREATE POLICY "Whatsapp service can manage chat sessions" 
ON chat_sessions
USING (auth.jwt() ->> 'role' = 'whatsapp_service');

CREATE POLICY "Admins can manage all chat sessions" 
ON chat_sessions
USING (auth.jwt() ->> 'role' = 'admin');

-- NEW POLICIES
CREATE POLICY "Whatsapp service can manage session states" 
ON session_states
USING (auth.jwt() ->> 'role' = 'whatsapp_service');

CREATE POLICY "Admins can view all session states" 
ON session_states FOR SELECT
USING (auth.jwt() ->> 'role' = 'admin');

-- =============================================================================
-- Additions (not in the seed). Each says why it exists.
-- =============================================================================

-- The seed lets admins create and delete psychologists but not see inactive ones or edit them.
CREATE POLICY "Admins can view all psychologists"
ON psychologists FOR SELECT
USING (auth.jwt() ->> 'role' = 'admin');

CREATE POLICY "Admins can update psychologists"
ON psychologists FOR UPDATE
USING (auth.jwt() ->> 'role' = 'admin');

-- Web-form bookings: the API finds or creates the patient by phone and books as `service`.
CREATE POLICY "Service can manage patients for bookings"
ON users FOR ALL
USING (auth.jwt() ->> 'role' = 'service')
WITH CHECK (auth.jwt() ->> 'role' = 'service');

CREATE POLICY "Service can manage appointments for bookings"
ON appointments FOR ALL
USING (auth.jwt() ->> 'role' = 'service')
WITH CHECK (auth.jwt() ->> 'role' = 'service');

-- The WhatsApp bot books too: it finds or creates the patient by their WhatsApp number.
CREATE POLICY "Whatsapp service can manage patients"
ON users FOR ALL
USING (auth.jwt() ->> 'role' = 'whatsapp_service')
WITH CHECK (auth.jwt() ->> 'role' = 'whatsapp_service');

CREATE POLICY "Whatsapp service can manage appointments"
ON appointments FOR ALL
USING (auth.jwt() ->> 'role' = 'whatsapp_service')
WITH CHECK (auth.jwt() ->> 'role' = 'whatsapp_service');

-- The bot writes the chat half of the funnel, and only that half.
CREATE POLICY "Whatsapp service can insert chat metrics"
ON metrics FOR INSERT
WITH CHECK (auth.jwt() ->> 'role' = 'whatsapp_service' AND entry_method = 'click_to_chat');

-- Redelivered webhooks are recognised by message id.
CREATE POLICY "Whatsapp service can record processed messages"
ON whatsapp_processed_messages FOR ALL
USING (auth.jwt() ->> 'role' = 'whatsapp_service')
WITH CHECK (auth.jwt() ->> 'role' = 'whatsapp_service');

-- Anonymous visitors must see free times without seeing anyone's appointment: this returns
-- only busy time ranges of one psychologist (no ids, names or notes), and only live ones.
-- plpgsql, not sql: a SECURITY DEFINER SQL function cannot be inlined and is planned again on
-- every call (measured ~0.6 ms of each slot list); plpgsql keeps its plan for the session.
CREATE OR REPLACE FUNCTION public.busy_ranges(p_psychologist_id integer, p_from date, p_to date)
RETURNS TABLE (appointment_date date, start_time time, end_time time)
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = public, pg_temp
AS $$
BEGIN
  RETURN QUERY
  SELECT a.appointment_date, a.start_time, a.end_time
  FROM public.appointments a
  WHERE a.psychologist_id = p_psychologist_id
    AND a.appointment_date BETWEEN p_from AND p_to
    AND a.status IN ('scheduled', 'confirmed')
  ORDER BY a.appointment_date, a.start_time;
END
$$;
REVOKE ALL ON FUNCTION public.busy_ranges(integer, date, date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.busy_ranges(integer, date, date)
  TO anon, authenticated, admin, service, whatsapp_service;

-- Table privileges: RLS filters rows, but a role first needs the privilege at all.
-- Column lists keep signed-in people to what the flows need (a patient or psychologist
-- changes an appointment's status and notes, never its time or owner).
GRANT USAGE ON SCHEMA public TO anon, authenticated, admin, service, whatsapp_service;

GRANT SELECT ON psychologists, availability TO anon, authenticated, service, whatsapp_service;

GRANT SELECT, INSERT ON users TO authenticated;
GRANT UPDATE (first_name, last_name, phone, email) ON users TO authenticated;
GRANT UPDATE (first_name, last_name, phone, bio) ON psychologists TO authenticated;
GRANT INSERT, UPDATE, DELETE ON availability TO authenticated;
GRANT SELECT, INSERT, DELETE ON appointments TO authenticated;
GRANT UPDATE (status, notes) ON appointments TO authenticated;
GRANT SELECT ON chat_sessions TO authenticated;

GRANT SELECT, INSERT, UPDATE, DELETE ON
  users, psychologists, availability, appointments, metrics, chat_sessions, session_states,
  whatsapp_processed_messages
  TO admin;

GRANT SELECT, INSERT, UPDATE ON users, appointments TO service, whatsapp_service;
GRANT INSERT ON metrics TO service, whatsapp_service;
GRANT SELECT, INSERT, UPDATE, DELETE ON chat_sessions, session_states TO whatsapp_service;
GRANT SELECT, INSERT ON whatsapp_processed_messages TO whatsapp_service;

GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO authenticated, admin, service, whatsapp_service;

-- -----------------------------------------------------------------------------
-- Additions: booking API
-- -----------------------------------------------------------------------------

-- Manage links, idempotency keys and rate-limit counters are the API's own server-side state.
CREATE POLICY "Service manages manage tokens"
ON manage_tokens FOR ALL
USING (auth.jwt() ->> 'role' = 'service')
WITH CHECK (auth.jwt() ->> 'role' = 'service');

CREATE POLICY "Service manages idempotency keys"
ON idempotency_keys FOR ALL
USING (auth.jwt() ->> 'role' = 'service')
WITH CHECK (auth.jwt() ->> 'role' = 'service');

CREATE POLICY "Service manages rate limit counters"
ON rate_limit_hits FOR ALL
USING (auth.jwt() ->> 'role' = 'service')
WITH CHECK (auth.jwt() ->> 'role' = 'service');

GRANT SELECT, INSERT, UPDATE, DELETE ON manage_tokens, idempotency_keys, rate_limit_hits TO service;

-- A psychologist's appointment list names the patient; a definer function avoids the policy
-- recursion (users -> appointments -> users) and returns only the caller's patients' ids.
CREATE OR REPLACE FUNCTION public.my_patient_ids()
RETURNS SETOF integer
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp
AS $$
  SELECT a.user_id
  FROM public.appointments a
  JOIN public.psychologists p ON p.id = a.psychologist_id
  WHERE p.auth_id = auth.uid()
$$;
REVOKE ALL ON FUNCTION public.my_patient_ids() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.my_patient_ids() TO authenticated;

CREATE POLICY "Psychologists can see their patients"
ON users FOR SELECT
TO authenticated
USING (id IN (SELECT public.my_patient_ids()));

-- A psychologist who was deactivated still sees their own profile next to their appointments.
CREATE POLICY "Psychologists can see their own profile"
ON psychologists FOR SELECT
TO authenticated
USING (auth.uid() = auth_id);
