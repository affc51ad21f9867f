package tandem.goals.model.progress;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import tandem.goals.model.Reading;

/**
 * The straight line that fits a goal's readings best (least squares), in metric units per calendar month.
 *
 * @param origin        the date of the first reading, where the month scale starts
 * @param slopePerMonth how much the metric changes in a month
 * @param intercept     the line's value at the origin
 */
public record Trend(LocalDate origin, double slopePerMonth, double intercept) {

    /** The trend of the dated readings; empty with fewer than two different dates. */
    public static Optional<Trend> of(Collection<Reading> readings) {
        List<Reading> dated = readings.stream().filter(r -> r.getDate() != null)
                .sorted(Comparator.comparing(Reading::getDate)).toList();
        if (dated.size() < 2 || dated.get(0).getDate().equals(dated.get(dated.size() - 1).getDate())) {
            return Optional.empty();
        }
        LocalDate origin = dated.get(0).getDate();
        double meanX = 0;
        double meanY = 0;
        for (Reading r : dated) {
            meanX += MonthScale.between(origin, r.getDate());
            meanY += r.getValue();
        }
        meanX /= dated.size();
        meanY /= dated.size();
        double covariance = 0;
        double variance = 0;
        for (Reading r : dated) {
            double dx = MonthScale.between(origin, r.getDate()) - meanX;
            covariance += dx * (r.getValue() - meanY);
            variance += dx * dx;
        }
        double slope = covariance / variance;
        return Optional.of(new Trend(origin, slope, meanY - slope * meanX));
    }

    /** The line's value on a date. */
    public double valueAt(LocalDate date) {
        return intercept + slopePerMonth * MonthScale.between(origin, date);
    }
}
