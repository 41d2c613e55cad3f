import { css } from 'lit';

/** The details form, the review summary and the confirmation links. */
export const formStyles = css`
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
`;
