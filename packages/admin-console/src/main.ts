import { preferredLang } from './i18n/index.js';
import './elements/psybook-admin/psybook-admin.js';

// Every element speaks the page's language; the select in the header changes it.
document.documentElement.lang = preferredLang();
