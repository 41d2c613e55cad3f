-- Psybook schema. Everything above the "Additions" heading is the seed schema
-- (shared/seed/000_41f25a0b5202738b.txt) as written there; do not edit it.
-- Later changes to a released database go in new files under db/migrations/.

CREATE TABLE users (
    id SERIAL PRIMARY KEY,
    auth_id UUID REFERENCES auth.users(id) ON DELETE CASCADE,
    first_name VARCHAR(100) NOT NULL,
    last_name VARCHAR(100) NOT NULL,
    phone VARCHAR(20) UNIQUE NOT NULL,  -- WhatsApp number
    email VARCHAR(100),
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now()
);

-- Set up RLS (Row Level Security) for users table
ALTER TABLE users ENABLE ROW LEVEL SECURITY;

CREATE TABLE psychologists (
    id SERIAL PRIMARY KEY,
    auth_id UUID REFERENCES auth.users(id) ON DELETE CASCADE,
    first_name VARCHAR(100) NOT NULL,
    last_name VARCHAR(100) NOT NULL,
    phone VARCHAR(20) UNIQUE,
    email VARCHAR(100) NOT NULL UNIQUE,
    bio TEXT,
    is_active BOOLEAN NOT NULL DEFAULT TRUE,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now()
);

-- RLS policies will limit write access to admins only
ALTER TABLE psychologists ENABLE ROW LEVEL SECURITY;

CREATE TABLE availability (
    id SERIAL PRIMARY KEY,
    psychologist_id INTEGER NOT NULL REFERENCES psychologists(id) ON DELETE CASCADE,
    day_of_week INTEGER NOT NULL, -- 0-6 (Sunday-Saturday)
    start_time TIME NOT NULL,
    end_time TIME NOT NULL,
    is_active BOOLEAN NOT NULL DEFAULT TRUE,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
    CONSTRAINT valid_time_range CHECK (start_time < end_time)
);

-- RLS for availability
ALTER TABLE availability ENABLE ROW LEVEL SECURITY;

CREATE TABLE appointments (
    id SERIAL PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    psychologist_id INTEGER NOT NULL REFERENCES psychologists(id) ON DELETE CASCADE,
    appointment_date DATE NOT NULL,
    start_time TIME NOT NULL,
    end_time TIME NOT NULL,
    status VARCHAR(20) NOT NULL DEFAULT 'scheduled', -- scheduled, confirmed, cancelled, completed
    notes TEXT,
    entry_method VARCHAR(20) NOT NULL, -- 'click_to_chat' or 'web_form'
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
    CONSTRAINT valid_appointment_time CHECK (start_time < end_time)
);

-- RLS for appointments
ALTER TABLE appointments ENABLE ROW LEVEL SECURITY;

CREATE TABLE metrics (
    id SERIAL PRIMARY KEY,
    user_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
    entry_method VARCHAR(20) NOT NULL,
    event_type VARCHAR(50) NOT NULL,
    event_timestamp TIMESTAMP NOT NULL DEFAULT NOW(),
    appointment_id INTEGER REFERENCES appointments(id) ON DELETE SET NULL,
    session_id VARCHAR(100) NOT NULL,
    time_taken INTEGER,
    additional_data JSONB
);

-- NEW POLICIES
ALTER TABLE metrics ENABLE ROW LEVEL SECURITY;

CREATE TABLE chat_sessions (
    id SERIAL PRIMARY KEY,
    user_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
    whatsapp_id VARCHAR(100) NOT NULL, -- WhatsApp chat identifier
    session_start TIMESTAMP WITH TIME ZONE DEFAULT now(),
    session_end TIMESTAMP WITH TIME ZONE,
    status VARCHAR(20) NOT NULL DEFAULT 'active', -- active, completed, abandoned
    entry_method VARCHAR(20) NOT NULL, -- 'click_to_chat' or 'web_form'
    appointment_id INTEGER REFERENCES appointments(id) ON DELETE SET NULL
);

-- RLS for chat sessions
ALTER TABLE chat_sessions ENABLE ROW LEVEL SECURITY;

CREATE TABLE session_states (
    id SERIAL PRIMARY KEY,
    chat_session_id INTEGER NOT NULL REFERENCES chat_sessions(id) ON DELETE CASCADE,
    current_step VARCHAR(50) NOT NULL, -- 'welcome', 'date_selection', 'time_selection', etc.
    context JSONB NOT NULL DEFAULT '{}', -- Stores conversation context
    last_updated TIMESTAMP WITH TIME ZONE DEFAULT now()
);

-- RLS for session states
ALTER TABLE session_states ENABLE ROW LEVEL SECURITY;

CREATE OR REPLACE FUNCTION update_updated_at_column()
RETURNS TRIGGER AS $$
BEGIN
    NEW.updated_at = now();
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER update_users_updated_at
BEFORE UPDATE ON users
FOR EACH ROW EXECUTE FUNCTION update_updated_at_column();

CREATE TRIGGER update_psychologists_updated_at
BEFORE UPDATE ON psychologists
FOR EACH ROW EXECUTE FUNCTION update_updated_at_column();

CREATE TRIGGER update_availability_updated_at
BEFORE UPDATE ON availability
FOR EACH ROW EXECUTE FUNCTION update_updated_at_column();

CREATE TRIGGER update_appointments_updated_at
BEFORE UPDATE ON appointments
FOR EACH ROW EXECUTE FUNCTION update_updated_at_column();

CREATE INDEX idx_appointments_date ON appointments(appointment_date);
CREATE INDEX idx_appointments_user ON appointments(user_id);
CREATE INDEX idx_appointments_status ON appointments(status);
CREATE INDEX idx_metrics_entry_method ON metrics(entry_method);
CREATE INDEX idx_metrics_event_type ON metrics(event_type);
CREATE INDEX idx_chat_sessions_whatsapp ON chat_sessions(whatsapp_id);

-- =============================================================================
-- Additions (not in the seed). Each says why it exists.
-- =============================================================================

-- btree_gist lets one exclusion constraint mix `=` on an integer with `&&` on a range.
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- No double booking, enforced by the database: two live appointments of one psychologist
-- can never overlap. Back-to-back sessions are fine ([) ranges). Cancelled ones free the time.
ALTER TABLE appointments ADD CONSTRAINT appointments_no_overlap
  EXCLUDE USING gist (
    psychologist_id WITH =,
    tsrange(appointment_date + start_time, appointment_date + end_time) WITH &&
  ) WHERE (status IN ('scheduled', 'confirmed'));

-- The enumerated text columns accept only the values the domain knows.
ALTER TABLE appointments ADD CONSTRAINT appointments_status_check
  CHECK (status IN ('scheduled', 'confirmed', 'cancelled', 'completed'));
ALTER TABLE appointments ADD CONSTRAINT appointments_entry_method_check
  CHECK (entry_method IN ('click_to_chat', 'web_form'));
ALTER TABLE metrics ADD CONSTRAINT metrics_entry_method_check
  CHECK (entry_method IN ('click_to_chat', 'web_form'));
ALTER TABLE chat_sessions ADD CONSTRAINT chat_sessions_entry_method_check
  CHECK (entry_method IN ('click_to_chat', 'web_form'));
ALTER TABLE chat_sessions ADD CONSTRAINT chat_sessions_status_check
  CHECK (status IN ('active', 'completed', 'abandoned'));

-- Weekdays are 0 (Sunday) to 6 (Saturday), as the seed's comment says.
ALTER TABLE availability ADD CONSTRAINT availability_day_of_week_check
  CHECK (day_of_week BETWEEN 0 AND 6);

-- Phones are stored in E.164 so the web form and WhatsApp find the same patient.
ALTER TABLE users ADD CONSTRAINT users_phone_e164_check
  CHECK (phone ~ '^\+[1-9][0-9]{6,14}$');
ALTER TABLE psychologists ADD CONSTRAINT psychologists_phone_e164_check
  CHECK (phone IS NULL OR phone ~ '^\+[1-9][0-9]{6,14}$');

-- A status only moves forward: scheduled -> confirmed -> completed, and either live state
-- may be cancelled. Cancelled and completed are final, whoever asks (app, admin or SQL).
CREATE OR REPLACE FUNCTION enforce_appointment_status_transition()
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
     AND EXISTS (SELECT 1 FROM users u WHERE u.id = NEW.user_id AND u.auth_id = auth.uid())
     AND NOT EXISTS (SELECT 1 FROM psychologists p WHERE p.id = NEW.psychologist_id AND p.auth_id = auth.uid())
  THEN
    RAISE EXCEPTION 'a patient can only cancel an appointment'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'appointments_status_transition';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER enforce_appointments_status_transition
BEFORE UPDATE OF status ON appointments
FOR EACH ROW EXECUTE FUNCTION enforce_appointment_status_transition();

-- WhatsApp delivers webhooks at least once: a message id seen before is a no-op, across
-- processes too, because the primary key decides.
CREATE TABLE whatsapp_processed_messages (
  wamid VARCHAR(200) PRIMARY KEY,
  received_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
ALTER TABLE whatsapp_processed_messages ENABLE ROW LEVEL SECURITY;

-- The slot query reads one psychologist's live appointments over a date range.
CREATE INDEX idx_appointments_psychologist_date ON appointments(psychologist_id, appointment_date)
  WHERE status IN ('scheduled', 'confirmed');
-- The slot query reads one psychologist's weekly windows.
CREATE INDEX idx_availability_psychologist ON availability(psychologist_id, day_of_week);
-- Every auth.uid() policy looks a signed-in person up by auth_id.
CREATE INDEX idx_users_auth_id ON users(auth_id);
CREATE INDEX idx_psychologists_auth_id ON psychologists(auth_id);
-- Psychologists list their own appointments.
CREATE INDEX idx_appointments_psychologist ON appointments(psychologist_id);

-- -----------------------------------------------------------------------------
-- Additions: booking API
-- -----------------------------------------------------------------------------

-- Manage links: only a SHA-256 of each token is stored, so a copy of the database cannot act on bookings.
CREATE TABLE manage_tokens (
  token_hash CHAR(64) PRIMARY KEY CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  appointment_id INTEGER NOT NULL REFERENCES appointments(id) ON DELETE CASCADE,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  revoked_at TIMESTAMP WITH TIME ZONE
);
ALTER TABLE manage_tokens ENABLE ROW LEVEL SECURITY;
-- Revoking an appointment's links finds them by appointment.
CREATE INDEX idx_manage_tokens_appointment ON manage_tokens(appointment_id);

-- Idempotency-Key: the key's row is inserted first, so a concurrent retry waits on the primary
-- key and then replays the stored response, from any process.
CREATE TABLE idempotency_keys (
  scope VARCHAR(50) NOT NULL,
  key VARCHAR(255) NOT NULL,
  request_hash CHAR(64) NOT NULL,
  response_status INTEGER,
  response_body JSONB,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  PRIMARY KEY (scope, key)
);
ALTER TABLE idempotency_keys ENABLE ROW LEVEL SECURITY;

-- Rate limits hold across processes: one counter per bucket, client (hashed ip) and minute.
CREATE TABLE rate_limit_hits (
  bucket VARCHAR(50) NOT NULL,
  client CHAR(32) NOT NULL,
  window_start TIMESTAMP WITH TIME ZONE NOT NULL,
  hits INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (bucket, client, window_start)
);
ALTER TABLE rate_limit_hits ENABLE ROW LEVEL SECURITY;
-- Old rate-limit windows and idempotency keys are pruned by age.
CREATE INDEX idx_rate_limit_hits_window ON rate_limit_hits(window_start);
CREATE INDEX idx_idempotency_keys_created ON idempotency_keys(created_at);

-- -----------------------------------------------------------------------------
-- Additions: WhatsApp bot
-- -----------------------------------------------------------------------------

-- One live chat per sender, even when two server processes receive their first message at once.
CREATE UNIQUE INDEX chat_sessions_one_active_per_sender ON chat_sessions(whatsapp_id) WHERE status = 'active';
-- A chat has exactly one conversation state; the bot updates it in place.
CREATE UNIQUE INDEX session_states_one_per_chat ON session_states(chat_session_id);

-- Additions: A/B report
-- The report reads one date range of metrics; without this it scans the whole table (seq scan
-- of 1M rows), with it only the range (bench/ab-report-index.ts measures both engines).
CREATE INDEX idx_metrics_report_range ON metrics(event_timestamp);
