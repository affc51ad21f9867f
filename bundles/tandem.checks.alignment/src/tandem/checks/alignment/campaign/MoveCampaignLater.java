package tandem.checks.alignment.campaign;

import java.time.LocalDate;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.CampaignPackage.Literals;
import tandem.campaign.model.Drop;
import tandem.checks.Finding;
import tandem.checks.QuickFix;

/** Moves a campaign and all its drops later by the missing notice days. */
public class MoveCampaignLater implements QuickFix {

    @Override
    public String label(Finding finding) {
        return "Move the campaign and its drops " + finding.data().get(NoticeCheck.SHIFT_DAYS) + " days later";
    }

    @Override
    public boolean appliesTo(Finding finding) {
        return finding.data().containsKey(NoticeCheck.SHIFT_DAYS);
    }

    @Override
    public Command createCommand(EditingDomain domain, EObject element, Finding finding) {
        if (!(element instanceof Campaign campaign)) {
            return null;
        }
        long days = Long.parseLong(finding.data().get(NoticeCheck.SHIFT_DAYS));
        CompoundCommand move = new CompoundCommand(label(finding));
        shift(domain, move, campaign, Literals.CAMPAIGN__START_DATE, campaign.getStartDate(), days);
        shift(domain, move, campaign, Literals.CAMPAIGN__END_DATE, campaign.getEndDate(), days);
        for (Drop drop : campaign.getDrops()) {
            shift(domain, move, drop, Literals.DROP__DATE, drop.getDate(), days);
        }
        return move.isEmpty() ? null : move;
    }

    private static void shift(EditingDomain domain, CompoundCommand move, EObject owner,
            org.eclipse.emf.ecore.EAttribute attribute, LocalDate date, long days) {
        if (date != null) {
            move.append(SetCommand.create(domain, owner, attribute, date.plusDays(days)));
        }
    }
}
