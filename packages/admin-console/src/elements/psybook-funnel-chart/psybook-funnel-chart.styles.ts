import { css } from 'lit';
import { baseStyles } from '../../base.styles.js';

export const styles = [
  baseStyles,
  css`
    svg {
      width: 100%;
      max-width: 640px;
      height: auto;
    }
    .label,
    .value {
      font-size: 13px;
      fill: var(--ink);
    }
    .track {
      fill: #eef1f6;
    }
    .bar-web_form {
      fill: var(--web);
    }
    .bar-click_to_chat {
      fill: var(--chat);
    }
  `,
];
