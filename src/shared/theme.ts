import { css } from 'lit';

// Dark defaults. A `--tickets-*` property the host sets still wins over them.
const darkDefaults = css`
  color-scheme: dark;
  --_background: var(--tickets-background, #0d1117);
  --_text-color: var(--tickets-text-color, #e6edf3);
  --_muted-color: var(--tickets-muted-color, #9da7b3);
  --_surface-color: var(--tickets-surface-color, #161b22);
  --_border-color: var(--tickets-border-color, #3d444d);
  --_link-color: var(--tickets-link-color, #6cb6ff);
  --_focus-color: var(--tickets-focus-color, #6cb6ff);
  --_open-color: var(--tickets-status-open-color, #3fb950);
  --_closed-color: var(--tickets-status-closed-color, #ff7b72);
  --_due-color: var(--tickets-due-color, #ff7b72);
  --_body-border-color: var(--tickets-body-border-color, #59636e);
  --_error-color: var(--tickets-error-color, #ff7b72);
  --_error-surface-color: var(--tickets-error-surface-color, #2d1214);
  --_notice-surface-color: var(--tickets-notice-surface-color, #2b2111);
  --_warning-color: var(--tickets-warning-color, #e3b341);
`;

/**
 * The public custom properties, each read once into a private `--_` property
 * with its default. Element styles use only the private ones, so a host sets
 * a `--tickets-*` property on any ancestor and every element follows.
 * Default colors meet WCAG AA contrast on the default surface, in the light
 * and the dark defaults. The dark ones apply when the user's system prefers
 * dark, or when the element has `theme="dark"`; `theme="light"` keeps the
 * light ones.
 */
export const theme = css`
  :host {
    --_background: var(--tickets-background, transparent);
    --_font-family: var(--tickets-font-family, inherit);
    --_font-size: var(--tickets-font-size, 0.9375rem);
    --_text-color: var(--tickets-text-color, #1f2328);
    --_muted-color: var(--tickets-muted-color, #57606a);
    --_surface-color: var(--tickets-surface-color, #ffffff);
    --_border-color: var(--tickets-border-color, #d0d7de);
    --_link-color: var(--tickets-link-color, #0a58ca);
    --_focus-color: var(--tickets-focus-color, #0a58ca);
    --_radius: var(--tickets-radius, 6px);
    --_gap: var(--tickets-gap, 0.75rem);
    /* Spacing inside cards, items and blocks follows the gap. */
    --_gap-small: calc(var(--_gap) / 2);
    --_badge-padding: var(--tickets-badge-padding, 0.0625rem 0.5rem);
    --_badge-radius: var(--tickets-badge-radius, 999px);
    --_button-padding: var(--tickets-button-padding, 0.25rem 0.75rem);
    --_padding: var(--tickets-padding, 1rem);
    --_badge-text-color: var(--tickets-badge-text-color, #ffffff);
    --_id-color: var(--tickets-id-color, #59636e);
    --_open-color: var(--tickets-status-open-color, #1a7f37);
    --_closed-color: var(--tickets-status-closed-color, #b42318);
    --_high-color: var(--tickets-priority-high-color, #b42318);
    --_medium-color: var(--tickets-priority-medium-color, #a44a00);
    --_low-color: var(--tickets-priority-low-color, #1a7f37);
    --_type-color: var(--tickets-type-color, #3d4a5c);
    --_due-color: var(--tickets-due-color, #b42318);
    --_body-border-color: var(--tickets-body-border-color, #afb8c1);
    --_error-color: var(--tickets-error-color, #b42318);
    --_error-surface-color: var(--tickets-error-surface-color, #fff5f5);
    --_notice-surface-color: var(--tickets-notice-surface-color, #fff8e6);
    --_warning-color: var(--tickets-warning-color, #7a4500);

    color-scheme: light;
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    color: var(--_text-color);
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkDefaults}
    }
  }

  :host([theme='dark']) {
    ${darkDefaults}
  }

  [hidden] {
    display: none !important;
  }

  a {
    color: var(--_link-color);
  }

  a:focus-visible,
  button:focus-visible {
    outline: 2px solid var(--_focus-color);
    outline-offset: 2px;
  }

  /* The grey ticket id badge of cards and summary items. */
  .id {
    font-size: 0.8125em;
    font-variant-numeric: tabular-nums;
    color: var(--_badge-text-color);
    background: var(--_id-color);
    border-radius: calc(var(--_radius) * 0.66);
    padding: var(--_badge-padding);
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/** Styles of the loading, error and notice blocks that the list and the summary share. */
export const statusStyles = css`
  .loading {
    color: var(--_muted-color);
    padding: var(--_padding) 0;
  }

  .error,
  .notice {
    border: 1px solid var(--_border-color);
    border-radius: var(--_radius);
    padding: calc(var(--_padding) * 0.75) var(--_padding);
    margin-block: 0 var(--_gap);
  }

  .error {
    border-color: var(--_error-color);
    background: var(--_error-surface-color);
  }

  .error p,
  .notice p {
    margin: 0 0 var(--_gap-small);
  }

  .error-title {
    font-weight: 600;
    color: var(--_error-color);
  }

  .error.warning {
    border-color: var(--_warning-color);
    background: var(--_notice-surface-color);
  }

  .error.warning .error-title {
    color: var(--_warning-color);
  }

  .error-url {
    color: var(--_muted-color);
    overflow-wrap: anywhere;
  }

  .notice {
    background: var(--_notice-surface-color);
  }

  .notice ul {
    margin: var(--_gap-small) 0 0;
    padding-inline-start: calc(var(--_gap) * 1.5);
  }

  button {
    font: inherit;
    cursor: pointer;
    border: 1px solid var(--_border-color);
    border-radius: var(--_radius);
    background: var(--_surface-color);
    color: var(--_text-color);
    padding: var(--_button-padding);
  }

  button[aria-disabled='true'] {
    cursor: progress;
    color: var(--_muted-color);
  }
`;
