import { css } from 'lit';

// Lit adopts these as constructable stylesheets: no <style> element, nothing a strict CSP
// (`style-src 'self'`, no 'unsafe-inline') would block.
export const styles = css`
  :host {
    --_brand: var(--psybook-brand, #2f6f73);
    --_on-brand: var(--psybook-on-brand, #ffffff);
    --_radius: var(--psybook-radius, 10px);
    --_surface: var(--psybook-surface, #ffffff);
    --_text: var(--psybook-text, #1d2327);
    --_muted: var(--psybook-muted, #5b6770);
    --_error: var(--psybook-error, #b3261e);
    --_line: color-mix(in srgb, var(--_text) 18%, transparent);
    display: block;
    font-family: var(--psybook-font, inherit);
    color: var(--_text);
    line-height: 1.45;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .base {
    background: var(--_surface);
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    padding: 1.25rem;
    max-width: 34rem;
  }
  .heading {
    font-size: 1.25rem;
    margin: 0 0 0.75rem;
  }
  .heading:focus {
    outline: none;
  }
  .heading:focus-visible {
    outline: 2px solid var(--_brand);
    outline-offset: 4px;
  }
  .progress,
  .hint {
    color: var(--_muted);
    font-size: 0.875rem;
    margin: 0 0 0.25rem;
  }
  .lead {
    font-size: 1.05rem;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  button,
  .chat-button {
    cursor: pointer;
    border-radius: calc(var(--_radius) * 0.7);
    min-height: 2.75rem;
  }
  :is(button, a, input, select, textarea):focus-visible {
    outline: 3px solid var(--_brand);
    outline-offset: 2px;
  }
  .primary,
  .chat-button {
    background: var(--_brand);
    color: var(--_on-brand);
    border: 1px solid var(--_brand);
    padding: 0.6rem 1.2rem;
    font-weight: 600;
  }
  .primary[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }
  .secondary,
  .icon-button {
    background: transparent;
    color: var(--_text);
    border: 1px solid var(--_line);
    padding: 0.6rem 1rem;
  }
  .icon-button {
    min-width: 2.75rem;
    font-size: 1.3rem;
    line-height: 1;
  }
  button:disabled {
    opacity: 0.4;
    cursor: default;
  }
  .link-button {
    background: none;
    border: none;
    padding: 0.5rem 0;
    color: var(--_brand);
    text-decoration: underline;
    margin-top: 0.5rem;
  }
  .choices,
  .times,
  .links {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .choice {
    width: 100%;
    text-align: start;
    background: var(--_surface);
    border: 1px solid var(--_line);
    padding: 0.75rem 1rem;
    display: grid;
    gap: 0.2rem;
  }
  .choice:hover,
  .time:hover,
  .day:hover {
    border-color: var(--_brand);
  }
  .choice-title {
    font-weight: 600;
  }
  .choice-text {
    color: var(--_muted);
    font-size: 0.9rem;
  }
  .month-bar {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
  }
  .month-title {
    font-weight: 600;
    margin: 0;
    text-transform: capitalize;
  }
  .calendar {
    width: 100%;
    border-collapse: collapse;
    margin: 0.5rem 0;
    table-layout: fixed;
  }
  .calendar th {
    font-size: 0.8rem;
    color: var(--_muted);
    font-weight: 500;
    padding: 0.25rem 0;
  }
  .calendar abbr {
    text-decoration: none;
  }
  .calendar td {
    text-align: center;
    padding: 2px;
  }
  .day {
    width: 100%;
    min-height: 2.5rem;
    background: color-mix(in srgb, var(--_brand) 12%, var(--_surface));
    border: 1px solid color-mix(in srgb, var(--_brand) 40%, transparent);
    font-weight: 600;
  }
  .day-off {
    display: inline-block;
    padding: 0.55rem 0;
    color: var(--_muted);
  }
  .times {
    grid-template-columns: repeat(auto-fill, minmax(7rem, 1fr));
    margin-top: 0.5rem;
  }
  .time {
    width: 100%;
    background: var(--_surface);
    border: 1px solid var(--_line);
    padding: 0.5rem;
    font-weight: 600;
  }
  .clinic-time {
    display: block;
    font-weight: 400;
    color: var(--_muted);
    font-size: 0.85em;
  }
  .row {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    gap: 0 0.75rem;
  }
  .field {
    display: grid;
    gap: 0.25rem;
    margin-bottom: 0.9rem;
    align-content: start;
  }
  label {
    font-weight: 600;
    font-size: 0.95rem;
  }
  input,
  select,
  textarea {
    width: 100%;
    border: 1px solid color-mix(in srgb, var(--_text) 45%, transparent);
    border-radius: calc(var(--_radius) * 0.6);
    padding: 0.55rem 0.65rem;
    background: var(--_surface);
  }
  [aria-invalid='true'] {
    border-color: var(--_error);
    border-width: 2px;
  }
  .field-error {
    color: var(--_error);
    font-size: 0.9rem;
    margin: 0;
  }
  .field .hint {
    margin: 0;
  }
  .alert {
    border: 1px solid var(--_error);
    border-inline-start-width: 4px;
    border-radius: calc(var(--_radius) * 0.6);
    padding: 0.6rem 0.8rem;
    color: var(--_error);
    margin: 0 0 0.75rem;
  }
  .alert p {
    margin: 0 0 0.5rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.5rem;
    margin-top: 1rem;
  }
  .summary {
    margin: 0;
    display: grid;
    gap: 0.5rem;
  }
  .summary div {
    display: grid;
    grid-template-columns: 8rem 1fr;
    gap: 0.5rem;
  }
  .summary dt {
    color: var(--_muted);
  }
  .summary dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .links a {
    color: var(--_brand);
    font-weight: 600;
  }
  .loading {
    display: flex;
    align-items: center;
    gap: 0.6rem;
    color: var(--_muted);
    margin: 0.75rem 0;
  }
  .spinner {
    width: 1.1rem;
    height: 1.1rem;
    border-radius: 50%;
    border: 2px solid var(--_line);
    border-top-color: var(--_brand);
    animation: spin 0.9s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }
  .chat-button {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    text-decoration: none;
  }
`;
