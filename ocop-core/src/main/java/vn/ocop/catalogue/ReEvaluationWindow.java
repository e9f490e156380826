package vn.ocop.catalogue;

/**
 * When a re-evaluation dossier is filed: no earlier than {@code earliestDaysBefore} and no later than
 * {@code latestDaysBefore} days before the certificate expires (26/2026: 180 and 120).
 *
 * @param earliestDaysBefore days before expiry at which the window opens
 * @param latestDaysBefore   days before expiry at which it closes
 */
public record ReEvaluationWindow(int earliestDaysBefore, int latestDaysBefore) {
}
