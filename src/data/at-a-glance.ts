/** The figures the home page shows at a glance, in this order (ids from content/figures.yaml). */
export const atAGlance = [
  'rd-expenses',
  'rd-personnel-share',
  // Figures the report compares stand together: 15 days against the GDPR's month, the YU7's 14.2% beside the SU7's 19%.
  'dsr-processing-time',
  'gdpr-dsr-time-limit',
  'yu7-recycled-aluminum',
  'su7-recycled-aluminum',
  'trade-in-smartphones-recycled',
  'rto-heat-recovery',
  'logistics-emissions-reduction',
  'green-electricity-purchased',
] as const;
