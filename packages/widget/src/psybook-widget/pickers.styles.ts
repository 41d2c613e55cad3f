import { css } from 'lit';

/** The choosing steps: psychologists, the month table and the times. */
export const pickerStyles = css`
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
`;
