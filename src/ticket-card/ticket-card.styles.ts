import { css } from 'lit';

export const ticketCardStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }

  .card {
    position: relative;
    display: grid;
    /* minmax(0, …) lets the column shrink below the width of a long word,
       which then wraps instead of pushing the card wider than the screen. */
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_gap) * 0.75);
    padding: var(--_padding);
    background: var(--_surface-color);
    border: 1px solid var(--_border-color);
    border-radius: var(--_radius);
    box-shadow: var(--tickets-card-shadow, 0 1px 2px rgb(0 0 0 / 6%));
    overflow-wrap: break-word;
  }

  .card.linked {
    cursor: pointer;
  }

  .card:focus-visible {
    outline: 2px solid var(--_focus-color);
    outline-offset: 2px;
  }

  .card.linked:hover {
    border-color: var(--tickets-card-hover-border-color, #8c959f);
  }

  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: var(--_gap-small);
  }

  .title {
    display: flex;
    align-items: baseline;
    gap: var(--_gap-small);
    flex: 1 1 16rem;
    min-width: 0;
  }

  .id {
    flex: none;
  }

  .subject {
    overflow-wrap: anywhere;
    margin: 0;
    font-size: 1.0625em;
    font-weight: 600;
    line-height: 1.35;
    min-width: 0;
  }

  .badges {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--_gap-small);
    margin-inline-start: auto;
  }

  .badge {
    font-size: 0.8125em;
    font-weight: 600;
    line-height: 1.4;
    color: var(--_badge-text-color);
    border-radius: var(--_badge-radius);
    padding: var(--_badge-padding);
    white-space: nowrap;
  }

  /* Status badges are outlined, so they read apart from the filled
     priority badges that share their colors. */
  .status-open,
  .status-closed {
    background: transparent;
    border: 1px solid currentColor;
    padding-block: 0;
  }

  .status-open {
    color: var(--_open-color);
  }

  .status-closed {
    color: var(--_closed-color);
  }

  .priority-high {
    background: var(--_high-color);
  }

  .priority-medium {
    background: var(--_medium-color);
  }

  .priority-low {
    background: var(--_low-color);
  }

  .type {
    background: var(--_type-color);
  }

  .customer {
    margin: 0;
    font-weight: 600;
  }

  .business {
    font-weight: 400;
    color: var(--_muted-color);
  }

  @container (max-width: 30rem) {
    .badges {
      margin-inline-start: 0;
      justify-content: flex-start;
    }
  }

  .body {
    margin: 0;
    padding-inline-start: var(--_gap);
    border-inline-start: 3px solid var(--_body-border-color);
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    word-break: break-word;
  }

  .meta {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: calc(var(--_gap-small) / 2) var(--_gap);
    margin: 0;
  }

  .meta dt {
    color: var(--_muted-color);
  }

  .meta dd {
    margin: 0;
  }

  .due.is-due {
    color: var(--_due-color);
    font-weight: 600;
  }

  .footer {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap-small);
  }

  .message {
    padding: var(--_padding);
    border: 1px dashed var(--_border-color);
    border-radius: var(--_radius);
    color: var(--_muted-color);
  }
`;
