import { css } from 'lit';
import { baseStyles } from '../../base.styles.js';

export const styles = [
  baseStyles,
  css`
    header {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem;
      align-items: flex-end;
      justify-content: space-between;
      padding: 1rem 1.5rem;
      background: #fff;
      border-bottom: 1px solid var(--line);
    }
    h1 {
      font-size: 1.4rem;
      margin: 0;
    }
    nav ul {
      display: flex;
      gap: 1rem;
      list-style: none;
      margin: 0;
      padding: 0;
    }
    nav a {
      color: var(--accent);
    }
    main {
      max-width: 1100px;
      margin: 0 auto;
      padding: 1.25rem 1.5rem 3rem;
    }
  `,
];
