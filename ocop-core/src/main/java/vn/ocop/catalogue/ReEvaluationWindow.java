package vn.ocop.catalogue;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * When a re-evaluation dossier is filed: no earlier than {@code earliestDaysBefore} and no later than
 * {@code latestDaysBefore} days before the certificate expires (26/2026: 180 and 120).
 *
 * @param earliestDaysBefore days before expiry at which the window opens
 * @param latestDaysBefore   days before expiry at which it closes
 */
@API(status = STABLE, since = "0.1.0")
public record ReEvaluationWindow(int earliestDaysBefore, int latestDaysBefore) {}
