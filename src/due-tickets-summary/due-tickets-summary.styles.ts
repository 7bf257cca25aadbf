import { css } from 'lit';

export const dueTicketsSummaryStyles = css`
  :host {
    display: block;
  }

  .section {
    background: var(--_surface-color);
    border: 1px solid var(--_border-color);
    border-radius: var(--_radius);
    padding: var(--_padding);
  }

  .heading {
    margin: 0 0 var(--_gap);
    font-size: var(--tickets-heading-font-size, 1.25em);
    font-weight: 600;
    line-height: 1.25;
  }

  .count {
    font-variant-numeric: tabular-nums;
  }

  .as-of {
    margin: calc(var(--_gap) * -0.5) 0 var(--_gap);
    color: var(--_muted-color);
  }

  .list {
    margin: 0 0 var(--_gap);
    padding: 0;
    list-style: none;
  }

  .item {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    grid-template-areas: 'id subject' '. meta';
    gap: calc(var(--_gap-small) / 3) var(--_gap-small);
    align-items: baseline;
    padding-block: var(--_gap-small);
    border-block-start: 1px solid var(--_border-color);
    overflow-wrap: break-word;
  }

  .item:first-child {
    border-block-start: none;
    padding-block-start: 0;
  }

  .id {
    grid-area: id;
    /* A common width for ids of up to five digits lines the subjects up. */
    min-width: 3.75em;
    box-sizing: border-box;
    text-align: center;
  }

  .subject {
    grid-area: subject;
    font-weight: 600;
    min-width: 0;
  }

  .meta {
    grid-area: meta;
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_gap);
  }

  .due {
    color: var(--_due-color);
    font-weight: 600;
  }

  .customer {
    color: var(--_muted-color);
  }

  .more {
    margin: calc(var(--_gap) * -0.5) 0 var(--_gap);
    color: var(--_muted-color);
  }

  .empty {
    margin: 0 0 var(--_gap);
    color: var(--_muted-color);
  }

  .view-all {
    font-weight: 600;
  }
`;
