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
import tandem.campaign.model.DropKind;

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
                "Campaign calendar 'Spring' / Campaign 'Alpha': Start date 2027-03-15 -> 2027-03-22",
                "Campaign calendar 'Spring' / Campaign 'Alpha': 3 drops added"), changes);
        assertEquals(LocalDate.of(2027, 3, 15), ((CampaignCalendar) v.base()).getCampaigns().get(0).getStartDate(),
                "the older version is not changed");
        assertEquals(2, ((CampaignCalendar) v.base()).getCampaigns().size());
        assertTrue(PlanDiff.between(v.base, v.ours).isEmpty(), "the same plan: no changes");
    }

    @Test
    void featuresAndValuesAreInWordsNotModelIds() throws Exception {
        CampaignCalendar calendar = CampaignFactory.eINSTANCE.createCampaignCalendar();
        calendar.setName("Spring");
        Campaign campaign = CampaignFactory.eINSTANCE.createCampaign();
        campaign.setName("Alpha");
        calendar.getCampaigns().add(campaign);
        Drop drop = CampaignFactory.eINSTANCE.createDrop();
        drop.setName("Launch mail");
        drop.setKind(DropKind.TV);
        campaign.getDrops().add(drop);
        Versions v = Versions.of(folder, "spring.campaigns", calendar);
        Drop changed = ((CampaignCalendar) v.theirs()).getCampaigns().get(0).getDrops().get(0);
        changed.setKind(DropKind.EMAIL_BLAST);
        changed.setAudienceSize(5000);
        changed.getDailyShares().add(1.0);

        List<PlanDiff.Change> changes = PlanDiff.between(v.base, v.theirs);

        String drop1 = "Campaign calendar 'Spring' / Campaign 'Alpha' / Drop 'Launch mail'";
        assertEquals(List.of(drop1 + ": Kind TV -> Email blast", drop1 + ": Audience size (none) -> 5000",
                drop1 + ": Daily shares [] -> [1.0]"),
                changes.stream().map(PlanDiff.Change::summary).collect(Collectors.toList()));
        assertEquals("Audience size", changes.get(1).feature());
    }

    @Test
    void aConflictNamesItsFeatureInWordsAndKeepsTheModelsNameToResolveIt() {
        Conflict conflict = new Conflict(Conflict.Kind.BOTH_CHANGED, "Campaign calendar 'Spring' / Campaign 'Alpha'",
                "id:campaign-a", "startDate", "2027-03-15", "2027-03-29", "2027-03-22");
        assertEquals("Start date", conflict.featureText());
        assertEquals("Campaign calendar 'Spring' / Campaign 'Alpha': Start date (changed on both sides)",
                conflict.summary());
        assertEquals("startDate", conflict.feature());
    }
}
