package tandem.checks.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import tandem.checks.cli.internal.ElementLines.Position;

/** Where an element of a plan file starts, found by id or by EMF path, for the SARIF region of a finding. */
class ElementLinesTest {

    private static final String PLAN = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- <campaigns id="commented-out"/> -->
            <campaign:CampaignCalendar xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                id="calendar" name="a &gt; b">
              <campaigns id="spring" name="Spring"
                  code='id="fake"'>
                <drops id="drop-1" name="Mail"/>
                <drops name="No id"/>
              </campaigns>
              <campaigns
                  id="summer &amp; sun"/>
            </campaign:CampaignCalendar>
            """;

    private final ElementLines lines = ElementLines.ofText(PLAN);

    @Test
    void anElementIsFoundByItsIdAtTheLineAndColumnWhereItsTagStarts() {
        assertEquals(Optional.of(new Position(3, 1)), lines.find("calendar"));
        assertEquals(Optional.of(new Position(5, 3)), lines.find("spring"), "the id is on the tag's first line");
        assertEquals(Optional.of(new Position(7, 5)), lines.find("drop-1"));
        assertEquals(Optional.of(new Position(10, 3)), lines.find("summer & sun"), "the id is on the next line");
    }

    @Test
    void idsInCommentsOrInsideOtherValuesDoNotCount() {
        assertEquals(Optional.empty(), lines.find("commented-out"));
        assertEquals(Optional.empty(), lines.find("fake"));
        assertEquals(Optional.empty(), lines.find("nowhere"));
    }

    @Test
    void anElementWithoutIdIsFoundByItsPath() {
        assertEquals(Optional.of(new Position(3, 1)), lines.find("/"));
        assertEquals(Optional.of(new Position(8, 5)), lines.find("//@campaigns.0/@drops.1"));
        assertEquals(Optional.of(new Position(10, 3)), lines.find("//@campaigns.1"));
        assertEquals(Optional.empty(), lines.find("//@campaigns.2"));
        assertEquals(Optional.empty(), lines.find("/1"));
    }
}
