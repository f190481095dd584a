/**
 * How many cases each property runs: SMSLINT_PROPERTY_RUNS when set, else 10,000 on CI
 * (`process.env.CI`), else a quick 300 for local runs.
 */
export function propertyRuns(): number {
  const fromEnv = Number.parseInt(process.env.SMSLINT_PROPERTY_RUNS ?? '', 10);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  return process.env.CI ? 10_000 : 300;
}

/** A fixed seed unless SMSLINT_PROPERTY_SEED asks for another: failures replay exactly. */
export function propertySeed(): number {
  const fromEnv = Number.parseInt(process.env.SMSLINT_PROPERTY_SEED ?? '', 10);
  return Number.isInteger(fromEnv) ? fromEnv : 20_261_127;
}
