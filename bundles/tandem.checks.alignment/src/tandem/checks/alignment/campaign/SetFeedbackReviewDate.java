package tandem.checks.alignment.campaign;

import java.time.LocalDate;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.CampaignFactory;
import tandem.campaign.model.CampaignPackage.Literals;
import tandem.campaign.model.SuccessMetrics;
import tandem.checks.Finding;
import tandem.checks.QuickFix;

/** Sets the feedback review date to the proposed day after launch (adding success metrics when there are none). */
public class SetFeedbackReviewDate implements QuickFix {

    @Override
    public String label(Finding finding) {
        return "Review feedback on " + finding.data().get(SuccessMetricsCheck.PROPOSED_REVIEW);
    }

    @Override
    public boolean appliesTo(Finding finding) {
        return finding.data().containsKey(SuccessMetricsCheck.PROPOSED_REVIEW);
    }

    @Override
    public Command createCommand(EditingDomain domain, EObject element, Finding finding) {
        if (!(element instanceof Campaign campaign)) {
            return null;
        }
        LocalDate date = LocalDate.parse(finding.data().get(SuccessMetricsCheck.PROPOSED_REVIEW));
        SuccessMetrics metrics = campaign.getSuccessMetrics();
        if (metrics != null) {
            return SetCommand.create(domain, metrics, Literals.SUCCESS_METRICS__FEEDBACK_REVIEW_DATE, date);
        }
        SuccessMetrics created = CampaignFactory.eINSTANCE.createSuccessMetrics();
        created.setFeedbackReviewDate(date);
        return SetCommand.create(domain, campaign, Literals.CAMPAIGN__SUCCESS_METRICS, created);
    }
}
