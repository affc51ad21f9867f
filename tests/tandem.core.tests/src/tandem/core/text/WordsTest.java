package tandem.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Ids and class names in the words planners read. */
class WordsTest {

    @Test
    void camelCaseIdsBecomeWordsWithTheFirstCapitalized() {
        assertEquals("Email blast", Words.of("emailBlast"));
        assertEquals("Start date", Words.of("startDate"));
        assertEquals("Hours check", Words.of("HoursCheck"));
        assertEquals("Monday", Words.of("monday"));
        assertEquals("", Words.of(null));
        assertEquals("", Words.of(" "));
    }

    @Test
    void abbreviationsAreWrittenInCapitals() {
        assertEquals("IVR script", Words.of("IvrScript"));
        assertEquals("TV", Words.of("tv"));
        assertEquals("SMS", Words.of("sms"));
        assertEquals("FAQ", Words.of("faq"));
        assertEquals("Outbound AHT seconds", Words.of("outboundAhtSeconds"));
    }

    @Test
    void wordsCamelCaseCannotSpellComeFromTheTable() {
        assertEquals("E-learning", Words.of("eLearning"));
        assertEquals("How-to", Words.of("howTo"));
        assertEquals("Job aid", Words.of("jobAid"));
    }
}
