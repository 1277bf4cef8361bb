// A string only the demo seed holds. The built-code and package tests look for it: a shipped
// build or store archive containing it would mean the seed leaked into the extension.
export const DEMO_SEED_TRACE = 'coffee-chat:demo-journey-seed';
