-- Demo clinic for `npm start` on an empty database: three psychologists with weekly hours in
-- the clinic's time zone. Applied only when there are no psychologists yet.
INSERT INTO psychologists (first_name, last_name, email, phone, bio) VALUES
  ('Lucía', 'Fernández', 'lucia.fernandez@demo.psybook.dev', '+34600100001',
   'Clinical psychologist. Anxiety, stress and life transitions; cognitive behavioural therapy.'),
  ('Daniel', 'Okafor', 'daniel.okafor@demo.psybook.dev', '+34600100002',
   'Couples and family therapy. Sessions in English and Spanish.'),
  ('Marta', 'Ruiz', 'marta.ruiz@demo.psybook.dev', '+34600100003',
   'Child and adolescent psychology; parenting support.');

-- Monday to Friday mornings and afternoons, with different patterns per person.
INSERT INTO availability (psychologist_id, day_of_week, start_time, end_time)
SELECT p.id, d.day, w.start_time, w.end_time
FROM psychologists p
CROSS JOIN generate_series(1, 5) AS d(day)
JOIN (VALUES
  ('lucia.fernandez@demo.psybook.dev', TIME '09:00', TIME '13:00'),
  ('lucia.fernandez@demo.psybook.dev', TIME '15:00', TIME '19:00'),
  ('daniel.okafor@demo.psybook.dev', TIME '10:00', TIME '14:00'),
  ('daniel.okafor@demo.psybook.dev', TIME '16:00', TIME '20:00'),
  ('marta.ruiz@demo.psybook.dev', TIME '09:00', TIME '14:00')
) AS w(email, start_time, end_time) ON w.email = p.email
WHERE p.email LIKE '%@demo.psybook.dev';

-- Marta also sees families on Saturday mornings.
INSERT INTO availability (psychologist_id, day_of_week, start_time, end_time)
SELECT id, 6, TIME '10:00', TIME '13:00' FROM psychologists WHERE email = 'marta.ruiz@demo.psybook.dev';
