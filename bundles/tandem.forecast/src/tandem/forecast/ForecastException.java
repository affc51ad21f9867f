package tandem.forecast;

/** A forecast that cannot be made, with a message saying what is missing (for example too short a history). */
public class ForecastException extends Exception {

    private static final long serialVersionUID = 1L;

    public ForecastException(String message) {
        super(message);
    }
}
