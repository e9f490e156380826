package vn.ocop.rules.internal.fact.portfolio;

import java.time.LocalDate;
import java.util.List;
import vn.ocop.portfolio.PlanTarget;

/**
 * A plan target as the plan rules match it. Locality names are compared by their keys
 * ({@link vn.ocop.portfolio.Locality#key}), so that "Xã Mỹ Thạnh" typed in another Unicode form or case still
 * matches.
 */
public final class Target {
    private final PlanTarget target;
    private final int position;
    private final long lastDay;
    private final String province;
    private final String district;
    private final String commune;
    private final List<String> communes;

    /**
     * @param target   the target
     * @param position its position in the plan
     * @param asOf     the date asked about
     */
    public Target(PlanTarget target, int position, LocalDate asOf) {
        this.target = target;
        this.position = position;
        // the date asked about while the year runs; the end of the year before and after it
        this.lastDay = (asOf.getYear() == target.year() ? asOf : LocalDate.of(target.year(), 12, 31)).toEpochDay();
        this.province = vn.ocop.portfolio.Locality.key(target.locality().province());
        this.district = vn.ocop.portfolio.Locality.key(target.locality().district());
        this.commune = vn.ocop.portfolio.Locality.key(target.locality().commune());
        this.communes =
                target.communes().stream().map(vn.ocop.portfolio.Locality::key).toList();
    }

    /**
     * @param held a recognition
     * @return whether its product lies where the target counts: every locality field the target names matches
     */
    public boolean covers(Held held) {
        return (province.isEmpty() || province.equals(held.getProvince()))
                && (district.isEmpty() || district.equals(held.getDistrict()))
                && (commune.isEmpty() || commune.equals(held.getCommune()));
    }

    /** @return the measure's name */
    public String getMeasure() {
        return target.measure().name();
    }

    /** @return the plan year */
    public int getYear() {
        return target.year();
    }

    /** @return the least stars that count */
    public int getStars() {
        return target.stars();
    }

    /**
     * @return the last day the target counts: the date asked about while its year runs, else the end of its year
     *         (a year not yet begun counts what is known on the date to hold then)
     */
    public long getLastDay() {
        return lastDay;
    }

    /** @return the communes listed (as keys), for EACH_COMMUNE */
    public List<String> getCommunes() {
        return communes;
    }

    /**
     * @param key a commune of {@link #getCommunes()}
     * @return the commune's name as the plan wrote it
     */
    public String named(String key) {
        return target.communes().get(communes.indexOf(key));
    }

    /** @return its position in the plan */
    public int getPosition() {
        return position;
    }
}
