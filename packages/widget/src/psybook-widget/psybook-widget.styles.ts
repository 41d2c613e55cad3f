import { css } from 'lit';
import { formStyles } from './form.styles.js';
import { pickerStyles } from './pickers.styles.js';

// Lit adopts these as constructable stylesheets: no <style> element, nothing a strict CSP
// (`style-src 'self'`, no 'unsafe-inline') would block.
const base = css`
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

export const styles = [base, pickerStyles, formStyles];
