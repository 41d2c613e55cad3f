import { css } from 'lit';
import { baseStyles } from '../../base.styles.js';

export const styles = [
  baseStyles,
  css`
    svg {
      width: 100%;
      max-width: 720px;
      height: auto;
    }
    .axis {
      stroke: #8a93a6;
      stroke-width: 1;
    }
    .grid {
      stroke: #e3e7ef;
      stroke-width: 1;
    }
    .tick {
      font-size: 11px;
      fill: var(--muted);
    }
    .line-web_form {
      fill: none;
      stroke: var(--web);
      stroke-width: 2.5;
    }
    .line-click_to_chat {
      fill: none;
      stroke: var(--chat);
      stroke-width: 2.5;
      stroke-dasharray: 7 4;
    }
    .legend {
      display: flex;
      gap: 1.25rem;
      font-size: 0.9rem;
    }
    .swatch-web_form,
    .swatch-click_to_chat {
      display: inline-block;
      width: 1.6rem;
      height: 0;
      border-top: 3px solid var(--web);
      vertical-align: middle;
      margin-inline-end: 0.35rem;
    }
    .swatch-click_to_chat {
      border-top: 3px dashed var(--chat);
    }
  `,
];
