import { baseStyles } from '../../base.styles.js';

/** The console's shared look is all it needs. */
export const styles = [baseStyles];
