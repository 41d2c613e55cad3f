// The package's entry: importing it defines <psybook-widget>. The script build (psybook.js) is
// this same module wrapped as an IIFE, so `<script src>` defines the element too.
export { PsybookWidget } from './psybook-widget/psybook-widget.js';
export type {
  BookedDetail,
  ChatDetail,
  ErrorDetail,
  PsybookEventMap,
  Step,
  StepDetail,
  VariantDetail,
} from './events.js';
export type { Lang } from './i18n/index.js';
