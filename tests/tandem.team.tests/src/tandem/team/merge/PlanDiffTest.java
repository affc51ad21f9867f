package tandem.team.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.CampaignCalendar;
import tandem.campaign.model.CampaignFactory;
import tandem.campaign.model.Drop;

/** The element-by-element list of changes Compare with Published shows. */
class PlanDiffTest {

    @TempDir
    Path folder;

    @Test
    void changesAreListedByElementNotAsXml() throws Exception {
        CampaignCalendar calendar = CampaignFactory.eINSTANCE.createCampaignCalendar();
        calendar.setName("Spring");
        for (String name : List.of("Alpha", "Bravo")) {
            Campaign campaign = CampaignFactory.eINSTANCE.createCampaign();
            campaign.setName(name);
            campaign.setStartDate(LocalDate.of(2027, 3, 15));
            calendar.getCampaigns().add(campaign);
        }
        Versions v = Versions.of(folder, "spring.campaigns", calendar);
        CampaignCalendar after = v.theirs();
        Campaign alpha = after.getCampaigns().get(0);
        alpha.setStartDate(LocalDate.of(2027, 3, 22));
        for (int i = 1; i <= 3; i++) {
            Drop drop = CampaignFactory.eINSTANCE.createDrop();
            drop.setName("Drop " + i);
            alpha.getDrops().add(drop);
        }
        after.getCampaigns().remove(1);

        List<String> changes = PlanDiff.between(v.base, v.theirs).stream().map(PlanDiff.Change::summary)
                .collect(Collectors.toList());

        assertEquals(List.of("Campaign calendar 'Spring': 1 campaign removed",
                "Campaign calendar 'Spring' / Campaign 'Alpha': startDate 2027-03-15 -> 2027-03-22",
                "Campaign calendar 'Spring' / Campaign 'Alpha': 3 drops added"), changes);
        assertEquals(LocalDate.of(2027, 3, 15), ((CampaignCalendar) v.base()).getCampaigns().get(0).getStartDate(),
                "the older version is not changed");
        assertEquals(2, ((CampaignCalendar) v.base()).getCampaigns().size());
        assertTrue(PlanDiff.between(v.base, v.ours).isEmpty(), "the same plan: no changes");
    }
}
