package tandem.checks.alignment;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.util.URI;

import tandem.campaign.model.Campaign;
import tandem.core.documents.Ids;
import tandem.core.model.ContactCenter;
import tandem.core.model.CoreFactory;
import tandem.core.model.Queue;
import tandem.core.model.Team;
import tandem.goals.model.Goal;
import tandem.goals.model.GoalSet;
import tandem.goals.model.GoalsFactory;
import tandem.ivr.model.IvrFactory;
import tandem.ivr.model.IvrScript;
import tandem.training.model.Audience;
import tandem.training.model.Course;
import tandem.training.model.Session;
import tandem.training.model.TrainingFactory;
import tandem.training.model.TrainingPlan;

/**
 * The campaign plans of {@link Plans} with a setup (acme.center), a training plan (spring.training), a goal set
 * (service.goals) and an IVR script (acme.ivr), for the training, goals and knowledge rules.
 */
final class TrainingPlans {

    static final TrainingFactory TRAINING = TrainingFactory.eINSTANCE;

    final Plans plans = new Plans();
    final ContactCenter center = CoreFactory.eINSTANCE.createContactCenter();
    final TrainingPlan training = TRAINING.createTrainingPlan();
    final GoalSet goals = GoalsFactory.eINSTANCE.createGoalSet();
    final IvrScript script = IvrFactory.eINSTANCE.createIvrScript();

    TrainingPlans() {
        center.setName("Acme");
        plans.set.createResource(URI.createFileURI("/plans/acme.center")).getContents().add(center);
        training.setName("Spring training");
        plans.set.createResource(URI.createFileURI("/plans/spring.training")).getContents().add(training);
        goals.setName("Service goals");
        plans.set.createResource(URI.createFileURI("/plans/service.goals")).getContents().add(goals);
        script.setName("Acme main line");
        plans.set.createResource(URI.createFileURI("/plans/acme.ivr")).getContents().add(script);
    }

    Queue queue(String name) {
        Queue queue = CoreFactory.eINSTANCE.createQueue();
        queue.setName(name);
        center.getQueues().add(queue);
        Ids.assignIfMissing(queue);
        return queue;
    }

    Team team(String name, int headcount, Queue... queues) {
        Team team = CoreFactory.eINSTANCE.createTeam();
        team.setName(name);
        team.setHeadcount(headcount);
        team.getQueues().addAll(List.of(queues));
        center.getTeams().add(team);
        Ids.assignIfMissing(team);
        return team;
    }

    /** A campaign from 1 March 2027 to 31 March 2027 for the queues, with a drop on {@code firstDrop}. */
    Campaign campaign(String name, LocalDate firstDrop, Queue... queues) {
        Campaign campaign = plans.campaign(name, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31));
        plans.drop(campaign, name + " mail", firstDrop, 10_000, 0.02);
        campaign.getQueues().addAll(List.of(queues));
        return campaign;
    }

    Course course(String name, Campaign campaign) {
        Course course = TRAINING.createCourse();
        course.setName(name);
        course.getPreparesFor().add(campaign);
        training.getCourses().add(course);
        Ids.assignIfMissing(course);
        return course;
    }

    Audience audience(Course course, Queue queue, Team team, int headcount) {
        Audience audience = TRAINING.createAudience();
        audience.setQueue(queue);
        audience.setTeam(team);
        audience.setHeadcount(headcount);
        course.getAudiences().add(audience);
        Ids.assignIfMissing(audience);
        return audience;
    }

    Session session(Course course, LocalDate date, int capacity) {
        Session session = TRAINING.createSession();
        session.setDate(date);
        session.setLengthMinutes(120);
        session.setCapacity(capacity);
        course.getSessions().add(session);
        Ids.assignIfMissing(session);
        return session;
    }

    Goal goal(String name, Queue... queues) {
        Goal goal = GoalsFactory.eINSTANCE.createGoal();
        goal.setName(name);
        goal.getQueues().addAll(List.of(queues));
        goals.getGoals().add(goal);
        Ids.assignIfMissing(goal);
        return goal;
    }
}
