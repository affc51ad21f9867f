package tandem.core.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.junit.jupiter.api.Test;

import tandem.core.model.Channel;
import tandem.core.ui.emf.DataTypes;
import tandem.core.ui.emf.DisplayNames;
import tandem.core.ui.emf.Percent;
import tandem.core.ui.grid.TabSeparated;

/** Percentages typed and shown, display names of ids, and spreadsheet clipboard text. */
class PercentAndGridTextTest {

    @Test
    void percentagesAreTypedAsPlannersWriteThem() {
        assertEquals(0.8, Percent.parse("80%"));
        assertEquals(0.3, Percent.parse("30 %"));
        assertEquals(0.0018, Percent.parse("0.18%"));
        assertEquals(0.8, Percent.parse("80"), "a plain number of 1 or more is a percentage");
        assertEquals(0.8, Percent.parse("0.8"), "a plain number below 1 is a share");
        assertEquals(0.125, Percent.parse("12,5 %"), "a decimal comma");
        assertEquals(0, Percent.parse("0"));
        IllegalArgumentException abc = assertThrows(IllegalArgumentException.class, () -> Percent.parse("abc"));
        assertEquals("'abc' is not a percentage such as 80% or 0.5%", abc.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Percent.parse("%"));
        assertThrows(IllegalArgumentException.class, () -> Percent.parse("80%%"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Percent.parse("-5%")).getMessage()
                .contains("negative"));
    }

    @Test
    void sharesShowAsPercentagesWithoutNeedlessDigitsAndReadBackExactly() {
        assertEquals("80%", Percent.format(0.8));
        assertEquals("0.18%", Percent.format(0.0018));
        assertEquals("12.5%", Percent.format(0.125));
        assertEquals("100%", Percent.format(1));
        assertEquals("0%", Percent.format(0));
        for (double share : new double[] { 0.8, 0.0018, 0.3, 0.85, 0.05, 0.006, 0.015, 0.12345, 1.0 / 3 }) {
            assertEquals(Percent.format(share), Percent.format(Percent.parse(Percent.format(share))), "" + share);
        }
        assertEquals(0.0018, Percent.parse(Percent.format(0.0018)), "no drift from showing and taking a value");
    }

    @Test
    void anAttributeIsAPercentageWhenItsModelSaysSo() {
        EAttribute rate = EcoreFactory.eINSTANCE.createEAttribute();
        rate.setName("responseRate");
        rate.setEType(EcorePackage.Literals.EDOUBLE);
        assertFalse(Percent.isPercent(rate));
        assertEquals("0.02", DataTypes.textOf(rate, 0.02));
        var unit = EcoreFactory.eINSTANCE.createEAnnotation();
        unit.setSource(Percent.UNIT_SOURCE);
        unit.getDetails().put("unit", "percent");
        rate.getEAnnotations().add(unit);
        assertTrue(Percent.isPercent(rate));
        assertEquals("2%", DataTypes.textOf(rate, 0.02));
        assertEquals(0.02, DataTypes.parse(rate, "2 %"));
        assertEquals("'lots' is not a percentage such as 80% or 0.5%",
                DataTypes.problemOf(rate, "lots", assertThrows(IllegalArgumentException.class,
                        () -> DataTypes.parse(rate, "lots"))));
    }

    @Test
    void idsShowAsWords() {
        assertEquals("Email blast", DisplayNames.of("emailBlast"));
        assertEquals("Outbound wave", DisplayNames.of("outboundWave"));
        assertEquals("TV", DisplayNames.of("tv"));
        assertEquals("SMS", DisplayNames.of("sms"));
        assertEquals("Monday", DisplayNames.of("monday"));
        assertEquals("Phone", DisplayNames.of(Channel.PHONE));
    }

    @Test
    void spreadsheetClipboardTextReadsAsRowsOfCells() {
        assertEquals(List.of(List.of("10", "200"), List.of("20", "210"), List.of("30", "220")),
                TabSeparated.parse("10\t200\r\n20\t210\r\n30\t220\r\n"), "Excel ends every row with CR LF");
        assertEquals(List.of(List.of("5")), TabSeparated.parse("5"));
        assertEquals(List.of(List.of("a", "", "c")), TabSeparated.parse("a\t\tc\n"));
        assertEquals(List.of(List.of("two\nlines", "say \"hi\"")),
                TabSeparated.parse("\"two\nlines\"\t\"say \"\"hi\"\"\"\n"), "quoted cells");
        assertEquals(List.of(), TabSeparated.parse(""));
        List<List<String>> rows = List.of(List.of("1", "x\ty"), List.of("2", "\"q\""));
        assertEquals(rows, TabSeparated.parse(TabSeparated.format(rows)), "what is copied pastes back");
    }
}
