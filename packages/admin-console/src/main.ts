import './elements/admin-app.js';
