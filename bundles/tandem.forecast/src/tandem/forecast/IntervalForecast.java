package tandem.forecast;

import java.time.LocalDateTime;

/** The forecast of one open interval with its 80% prediction interval. */
public record IntervalForecast(LocalDateTime start, double forecast, double lower, double upper) {
}
