package vn.ocop.rules.internal.fact.portfolio;

import java.time.LocalDate;
import vn.ocop.portfolio.Due;
import vn.ocop.portfolio.DueReason;

/** What a due rule inserts: one product listed for one reason, with the rule's words. */
public final class Listed {
    private final Due due;

    /**
     * @param held   the recognition
     * @param reason the reason's name ({@link DueReason})
     * @param detail what the rule found
     */
    public Listed(Held held, String reason, String detail) {
        this.due = new Due(
                held.getProduct(),
                DueReason.valueOf(reason),
                held.holding().expires(),
                held.holding().stars(),
                held.holding().certificate(),
                detail);
    }

    /** @return the item */
    public Due due() {
        return due;
    }

    /** @param n a number of days @return "1 day", "2 days", for a rule's words */
    public static String days(long n) {
        return n == 1 ? "1 day" : n + " days";
    }

    /** @param day a day number @return the date, for a rule's words */
    public static String date(long day) {
        return LocalDate.ofEpochDay(day).toString();
    }
}
