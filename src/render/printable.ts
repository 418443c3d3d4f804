// Kept for callers outside render/: terminal text goes through the one untrusted-text module.
export { forTerminal as printable } from '../text/untrusted.js';
