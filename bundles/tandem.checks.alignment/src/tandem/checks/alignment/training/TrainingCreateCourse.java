package tandem.checks.alignment.training;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.Campaigns;
import tandem.checks.Finding;
import tandem.checks.QuickFix;
import tandem.core.documents.Ids;
import tandem.core.model.Queue;
import tandem.core.model.Team;
import tandem.training.model.Audience;
import tandem.training.model.Course;
import tandem.training.model.TrainingFactory;
import tandem.training.model.TrainingPackage.Literals;
import tandem.training.model.TrainingPlan;

/**
 * Adds a course for the campaign to the training plan the finding is on, with one audience per campaign queue;
 * an audience's headcount is the sum of the headcounts of the teams serving the queue, when any is known.
 */
public class TrainingCreateCourse implements QuickFix {

    @Override
    public String label(Finding finding) {
        return "Add course 'Training for " + finding.data().get(TrainingBeforeLaunchCheck.CAMPAIGN_NAME)
                + "' with an audience per campaign queue";
    }

    @Override
    public boolean appliesTo(Finding finding) {
        return finding.data().containsKey(TrainingBeforeLaunchCheck.CAMPAIGN)
                && !finding.data().containsKey(TrainingBeforeLaunchCheck.DEADLINE);
    }

    @Override
    public Command createCommand(EditingDomain domain, EObject element, Finding finding) {
        if (!(element instanceof TrainingPlan plan)) {
            return null;
        }
        Campaign campaign = finding
                .resolve(TrainingBeforeLaunchCheck.CAMPAIGN, domain.getResourceSet(), Campaign.class).orElse(null);
        if (campaign == null || campaign.getQueues().isEmpty()) {
            return null;
        }
        Course course = TrainingFactory.eINSTANCE.createCourse();
        course.setName("Training for " + Campaigns.name(campaign));
        course.setObjective("Prepare the agents of the campaign's queues before its first drop.");
        course.getPreparesFor().add(campaign);
        Ids.assignIfMissing(course);
        for (Queue queue : campaign.getQueues()) {
            Audience audience = TrainingFactory.eINSTANCE.createAudience();
            audience.setQueue(queue);
            audience.setHeadcount(headcount(domain, queue));
            Ids.assignIfMissing(audience);
            course.getAudiences().add(audience);
        }
        return AddCommand.create(domain, plan, Literals.TRAINING_PLAN__COURSES, course);
    }

    /** The agents of the teams serving the queue, 0 when none is known. */
    static int headcount(EditingDomain domain, Queue queue) {
        int agents = 0;
        for (Resource resource : domain.getResourceSet().getResources()) {
            for (var all = resource.getAllContents(); all.hasNext();) {
                if (all.next() instanceof Team team && team.getQueues().contains(queue)) {
                    agents += Math.max(0, team.getHeadcount());
                }
            }
        }
        return agents;
    }
}
