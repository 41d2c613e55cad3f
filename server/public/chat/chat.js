/* global document, localStorage, fetch, URLSearchParams, location */
// The simulator page: posts what the patient types or taps to /chat/api/send (the server signs
// it and delivers it to the real webhook) and renders the bot's replies from the outbox.
const $ = (id) => document.getElementById(id);
const log = $('log');
const waIdInput = $('wa-id');
const profileInput = $('profile');

function randomWaId() {
  // A Spanish mobile number, as WhatsApp would send it: digits, no "+".
  return `346${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
}

waIdInput.value = localStorage.getItem('psybook-sim-wa-id') ?? randomWaId();
profileInput.value = localStorage.getItem('psybook-sim-profile') ?? 'Ana García';
for (const input of [waIdInput, profileInput]) {
  input.addEventListener('change', () => {
    localStorage.setItem('psybook-sim-wa-id', waIdInput.value);
    localStorage.setItem('psybook-sim-profile', profileInput.value);
  });
}

function bubble(kind, text) {
  const item = document.createElement('li');
  item.className = `msg ${kind}`;
  item.textContent = text;
  log.append(item);
  item.scrollIntoView({ block: 'end' });
  return item;
}

function choiceButton(kind, id, title, description) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'choice';
  button.textContent = title;
  if (description) {
    const small = document.createElement('small');
    small.textContent = description;
    button.append(small);
  }
  button.addEventListener('click', () => send({ choice: { kind, id, title } }, title));
  return button;
}

function render(reply) {
  const message = reply.message;
  const item = bubble('out', message.body);
  if (message.type === 'text') return;
  const choices = document.createElement('div');
  choices.className = 'choices';
  if (message.type === 'buttons') {
    for (const b of message.buttons) choices.append(choiceButton('button_reply', b.id, b.title));
  } else {
    const label = document.createElement('span');
    label.className = 'label';
    label.textContent = `☰ ${message.button}`;
    choices.append(label);
    for (const row of message.rows) choices.append(choiceButton('list_reply', row.id, row.title, row.description));
  }
  item.append(choices);
}

async function send(payload, shown) {
  bubble('in', shown);
  const body = { waId: waIdInput.value, ...(profileInput.value ? { name: profileInput.value } : {}), ...payload };
  try {
    const response = await fetch('/chat/api/send', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const result = await response.json();
    if (!response.ok) return bubble('error', result.detail ?? result.title ?? `Error ${response.status}`);
    if (result.webhookStatus !== 200) bubble('error', `The webhook answered ${result.webhookStatus}`);
    for (const reply of result.replies) render(reply);
  } catch (error) {
    bubble('error', `Could not reach the server: ${error.message}`);
  }
}

$('composer').addEventListener('submit', (event) => {
  event.preventDefault();
  const text = $('text').value.trim();
  if (!text) return;
  $('text').value = '';
  send({ text }, text);
});

// A click-to-chat link in the demo points here with the prefilled message, like wa.me does.
const prefill = new URLSearchParams(location.search).get('text');
if (prefill) $('text').value = prefill;
$('text').focus();
