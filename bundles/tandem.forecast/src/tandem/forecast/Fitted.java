package tandem.forecast;

import java.time.LocalDateTime;

/**
 * A fitted value: what the chosen method forecast for an interval of the history one to seven days ahead, from a
 * backtest origin (the history before it, past campaign lift taken out), next to what was recorded.
 */
public record Fitted(LocalDateTime start, double value) {
}
