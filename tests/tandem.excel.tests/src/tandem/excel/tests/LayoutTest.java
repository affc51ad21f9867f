package tandem.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import tandem.campaign.model.CampaignPackage;
import tandem.excel.Column;
import tandem.excel.SheetLayout;
import tandem.excel.WorkbookLayout;
import tandem.excel.WorkbookLayouts;
import tandem.excel.internal.LayoutDocs;

/** The layouts are derived from the models as declared, and documented as they are. */
class LayoutTest {

    @Test
    void everyPlanTypeHasALayout() {
        assertEquals(List.of("campaigns", "center", "goals", "ivr", "roster", "staffing", "training"),
                WorkbookLayouts.fileExtensions());
        for (String extension : WorkbookLayouts.fileExtensions()) {
            assertTrue(WorkbookLayouts.forFileExtension(extension).isPresent(), extension);
        }
    }

    @Test
    void sheetsFollowTheContainmentsAndColumnsTheFeatures() {
        WorkbookLayout campaigns = WorkbookLayouts.forFileExtension("campaigns").orElseThrow();
        assertEquals(List.of("Calendar", "Campaigns", "Offers", "Offer items", "Success metrics", "Drops",
                "Channel shares"), campaigns.sheets().stream().map(SheetLayout::name).toList());
        SheetLayout drops = campaigns.sheet("Drops").orElseThrow();
        assertEquals(List.of("id", "campaign", "name", "description", "kind", "date", "time", "audience_size",
                "response_rate", "daily_shares", "connect_rate", "outbound_aht_seconds", "dialling_end"),
                drops.columns().stream().map(Column::name).toList());
        assertEquals(List.of("campaign", "name", "date"), drops.columns().stream().filter(Column::required)
                .map(Column::name).toList());
        SheetLayout items = campaigns.sheet("Offer items").orElseThrow();
        assertEquals("campaign", items.columns().get(1).name(), "rows of an offer name the offer's campaign");
        assertEquals(List.of(CampaignPackage.Literals.CAMPAIGN__OFFER), items.pathFromAnchor());
    }

    @Test
    void aSheetOfSeveralRowTypesHasATypeColumnAndTheUnionOfTheirColumns() {
        SheetLayout nodes = WorkbookLayouts.forFileExtension("ivr").orElseThrow().sheet("Nodes").orElseThrow();
        assertEquals("type", nodes.columns().get(1).name());
        assertEquals(10, nodes.rowTypes().size(), "nine Tandem nodes and the external step of imported flows");
        Column next = nodes.column("next").orElseThrow();
        assertEquals(List.of("Prompt", "Message", "Input", "Self service"),
                next.features().keySet().stream().map(SheetLayout::typeName).toList());
        SheetLayout options = WorkbookLayouts.forFileExtension("ivr").orElseThrow().sheet("Menu options")
                .orElseThrow();
        assertEquals("menu", options.columns().get(0).name());
    }

    @Test
    void aDeclarationThatDoesNotFitTheModelIsRefused() {
        CampaignPackage p = CampaignPackage.eINSTANCE;
        IllegalStateException unknownColumn = assertThrows(IllegalStateException.class, () -> WorkbookLayout
                .builder(p.getCampaignCalendar(), "campaigns", "Calendar")
                .sheet("Drops", p.getCampaign_Drops(), s -> s.required("weather")).build());
        assertEquals("Sheet 'Drops' has no column 'weather'", unknownColumn.getMessage());
        IllegalStateException sameName = assertThrows(IllegalStateException.class, () -> WorkbookLayout
                .builder(p.getCampaignCalendar(), "campaigns", "Calendar")
                .sheet("Drops", p.getCampaign_Drops()).sheet("drops", p.getCampaignCalendar_Campaigns()).build());
        assertEquals("Two sheets are named 'Drops'", sameName.getMessage());
    }

    /** docs/EXCEL.md holds the generated tables of every layout; when they differ, see target/EXCEL-layouts.md. */
    @Test
    void theDocumentationDescribesTheLayoutsAsTheyAre() throws IOException {
        Path docs = Path.of(System.getProperty("tandem.docs", "../../docs")).resolve("EXCEL.md");
        StringBuilder all = new StringBuilder();
        for (String extension : WorkbookLayouts.fileExtensions()) {
            all.append(LayoutDocs.markdown(WorkbookLayouts.forFileExtension(extension).orElseThrow())).append('\n');
        }
        Path generated = Path.of(System.getProperty("tandem.target", "target")).resolve("EXCEL-layouts.md");
        Files.createDirectories(generated.getParent());
        Files.writeString(generated, all);
        String text = Files.readString(docs);
        for (String extension : WorkbookLayouts.fileExtensions()) {
            String table = LayoutDocs.markdown(WorkbookLayouts.forFileExtension(extension).orElseThrow());
            assertTrue(text.contains(table), () -> "docs/EXCEL.md does not describe the ." + extension
                    + " layout as it is; the generated description is in " + generated.toAbsolutePath());
        }
    }
}
