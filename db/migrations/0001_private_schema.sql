-- Tables only the server uses leave the exposed `public` schema, which PostgREST (and so a
-- Supabase project's API) serves and where Supabase's default privileges grant anon and
-- authenticated everything on every new table.

-- The private schema: only the roles whose stores use its tables may even look inside.
CREATE SCHEMA IF NOT EXISTS psybook_private;
REVOKE ALL ON SCHEMA psybook_private FROM PUBLIC;
-- service keeps the booking API's state (manage links, idempotency, rate limits); whatsapp_service the bot's.
GRANT USAGE ON SCHEMA psybook_private TO service, whatsapp_service;

-- Indexes, constraints, policies and privileges travel with each table.
ALTER TABLE public.manage_tokens SET SCHEMA psybook_private;
ALTER TABLE public.idempotency_keys SET SCHEMA psybook_private;
ALTER TABLE public.rate_limit_hits SET SCHEMA psybook_private;
ALTER TABLE public.whatsapp_processed_messages SET SCHEMA psybook_private;

-- The privileges that travelled are replaced by exactly what each store needs: a request role
-- (anon, authenticated, admin) has no business here, whatever the host granted on public.
REVOKE ALL ON psybook_private.manage_tokens, psybook_private.idempotency_keys,
  psybook_private.rate_limit_hits, psybook_private.whatsapp_processed_messages
  FROM PUBLIC, anon, authenticated, admin, service, whatsapp_service;
-- Bookings, manage links and rate limits run as service.
GRANT SELECT, INSERT, UPDATE, DELETE ON psybook_private.manage_tokens, psybook_private.idempotency_keys,
  psybook_private.rate_limit_hits TO service;
-- The bot records a message id once and checks it; it never changes or forgets one.
GRANT SELECT, INSERT ON psybook_private.whatsapp_processed_messages TO whatsapp_service;

-- RLS stays on as a second lock behind the grants (it travels with the table; this states it).
ALTER TABLE psybook_private.manage_tokens ENABLE ROW LEVEL SECURITY;
ALTER TABLE psybook_private.idempotency_keys ENABLE ROW LEVEL SECURITY;
ALTER TABLE psybook_private.rate_limit_hits ENABLE ROW LEVEL SECURITY;
ALTER TABLE psybook_private.whatsapp_processed_messages ENABLE ROW LEVEL SECURITY;
