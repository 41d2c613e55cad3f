import { css } from 'lit';

/** Shared look of the console's elements (constructable stylesheets: no inline styles, CSP-clean). */
export const baseStyles = css`
  :host {
    display: block;
    --ink: #1d2433;
    --muted: #566074;
    --line: #d5d9e3;
    --panel: #ffffff;
    --accent: #2450a6;
    --web: #2450a6;
    --chat: #0f7a4d;
    --danger: #a4262c;
    color: var(--ink);
  }
  h2 {
    font-size: 1.3rem;
    margin: 0 0 0.75rem;
  }
  h3 {
    font-size: 1.05rem;
    margin: 1rem 0 0.5rem;
  }
  .panel {
    background: var(--panel);
    border: 1px solid var(--line);
    border-radius: 8px;
    padding: 1rem 1.25rem;
    margin-block-end: 1.25rem;
  }
  .muted {
    color: var(--muted);
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
  }
  button {
    border: 1px solid var(--accent);
    background: var(--accent);
    color: #fff;
    border-radius: 6px;
    padding: 0.35rem 0.8rem;
    cursor: pointer;
  }
  button.secondary {
    background: #fff;
    color: var(--accent);
  }
  button.danger {
    background: #fff;
    color: var(--danger);
    border-color: var(--danger);
  }
  button:disabled {
    opacity: 0.6;
    cursor: progress;
  }
  :focus-visible {
    outline: 3px solid #f2b600;
    outline-offset: 2px;
  }
  label {
    display: inline-flex;
    flex-direction: column;
    gap: 0.2rem;
    font-size: 0.9rem;
    color: var(--muted);
  }
  input,
  select,
  textarea {
    color: var(--ink);
    border: 1px solid #8a93a6;
    border-radius: 6px;
    padding: 0.3rem 0.5rem;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    text-align: start;
    padding: 0.35rem 0.5rem;
    border-bottom: 1px solid var(--line);
    vertical-align: middle;
  }
  th {
    font-size: 0.85rem;
    color: var(--muted);
  }
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: flex-end;
  }
  .error {
    color: var(--danger);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;
