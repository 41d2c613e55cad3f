import { css } from 'lit';
import { baseStyles } from '../../base.styles.js';

export const styles = [
  baseStyles,
  css`
    .verdict {
      font-size: 1.15rem;
      font-weight: 600;
      margin: 0.75rem 0;
    }
    .demo {
      background: #fff6d6;
      border: 1px solid #e0c060;
      border-radius: 6px;
      padding: 0.5rem 0.75rem;
    }
    .arms {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(260px, 1fr));
      gap: 1rem;
    }
    dl {
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 0.25rem 0.75rem;
      margin: 0;
    }
    dt {
      color: var(--muted);
    }
    dd {
      margin: 0;
      font-variant-numeric: tabular-nums;
    }
  `,
];
