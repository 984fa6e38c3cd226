"""Pure analysis over the dossier: value score, tiers, Pareto, actuals, power-map health."""
