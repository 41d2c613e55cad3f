import { css } from 'lit';
import { baseStyles } from '../../base.styles.js';

export const styles = [
  baseStyles,
  css`
    fieldset {
      border: 1px solid var(--line);
      border-radius: 6px;
      margin: 0 0 0.75rem;
      padding: 0.5rem 0.75rem;
    }
    label.check {
      flex-direction: row;
      align-items: center;
    }
  `,
];
