import { Router } from 'express';
import { routes, type ClinicConfig } from '@psybook/client-sdk/schema';
import type { RouteDeps } from '../../deps.js';
import { register } from '../../platform/http/register.js';

/** `GET /v1/config`: what a widget or custom UI needs to know about the clinic. */
export function configRoutes({ config }: RouteDeps): Router {
  const body: ClinicConfig = {
    clinicName: config.CLINIC_NAME,
    timezone: config.CLINIC_TIMEZONE,
    whatsappNumber: config.WHATSAPP_PHONE_NUMBER.startsWith('+')
      ? config.WHATSAPP_PHONE_NUMBER
      : `+${config.WHATSAPP_PHONE_NUMBER}`,
    experiment: { webFormShare: config.EXPERIMENT_SPLIT },
    sessionMinutes: config.SESSION_MINUTES,
    bookingHorizonDays: config.BOOKING_HORIZON_DAYS,
    defaultCountry: config.DEFAULT_COUNTRY,
    ...(config.WHATSAPP_CHAT_URL ? { chatUrl: config.WHATSAPP_CHAT_URL } : {}),
  };
  const router = Router();
  register(router, routes.getConfig, ({ res }) => {
    res.set('Cache-Control', 'public, max-age=60');
    return body;
  });
  return router;
}
